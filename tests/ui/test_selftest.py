"""`onestop --self-test` in-process: the same checks the frozen build runs after packaging."""

from __future__ import annotations

import io
import time

import pytest

from desktop.cli import build_parser
from desktop.selftest import run_self_test


def test_self_test_passes_offscreen() -> None:
    out = io.StringIO()
    started = time.perf_counter()
    code = run_self_test(out)
    report = out.getvalue()
    assert code == 0, report
    assert time.perf_counter() - started < 10
    for check in ("sqlcipher", "cache", "search", "entitlements", "login", "window 1280x800"):
        assert f"ok {check}" in report, report
    assert "FAIL" not in report


@pytest.mark.parametrize("argv", [["--self-test"], ["self-test"]])
def test_self_test_is_a_command(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert args.self_test or args.command == "self-test"
