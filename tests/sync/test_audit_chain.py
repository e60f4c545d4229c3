"""The audit trail: an edited, deleted, reordered or cut-off entry is found, by the first break."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sync.replica import audit
from sync.replica.cache import Replica
from tests.conftest import SUPERVISOR, household

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def written(replica: Replica) -> Replica:
    for _ in range(2):
        replica.persons.register_household(household(), replica.actor)
    assert audit.verify(replica.db).entries == 6  # household + 2 members, twice
    return replica


def test_a_whole_chain_is_reported_whole(written: Replica) -> None:
    report = audit.verify(written.db)
    assert report.whole and report.broken_at is None


def test_an_edited_entry_is_found(written: Replica) -> None:
    written.db.execute("UPDATE audit SET detail = '{\"fields\": []}' WHERE seq = 3")
    report = audit.verify(written.db)
    assert (report.broken_at, report.reason) == (3, "content changed after it was written")
    assert report.entries == 2


def test_a_deleted_entry_is_found(written: Replica) -> None:
    written.db.execute("DELETE FROM audit WHERE seq = 4")
    report = audit.verify(written.db)
    assert report.broken_at == 4 and "missing" in report.reason


def test_reordered_entries_are_found(written: Replica) -> None:
    db = written.db
    with db.atomic():
        db.execute("UPDATE audit SET seq = -2 WHERE seq = 2")
        db.execute("UPDATE audit SET seq = 2 WHERE seq = 5")
        db.execute("UPDATE audit SET seq = 5 WHERE seq = -2")
    assert audit.verify(db).broken_at == 2


def test_entries_cut_off_the_end_are_found_and_stay_found(written: Replica) -> None:
    written.db.execute("DELETE FROM audit WHERE seq >= 5")
    report = audit.verify(written.db)
    assert (report.broken_at, report.reason) == (5, "entries missing at the end")
    # The next write continues the real chain, so the gap stays visible.
    written.persons.register_household(household(), written.actor)
    assert audit.verify(written.db).broken_at == 5


def test_onestop_audit_verify_reports_the_first_break(written: Replica, cache_dir: Path) -> None:
    written.db.execute("DELETE FROM audit WHERE seq = 4")
    written.close()
    command = [
        sys.executable, "-m", "desktop.cli", "--data-dir", str(cache_dir),
        "audit", "verify", "--username", SUPERVISOR.username, "--password-stdin",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        command,
        check=False,
        input=f"{SUPERVISOR.password}\n",
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 1, done.stderr
    assert "broken at entry 4" in done.stdout
    wrong = subprocess.run(
        command, check=False, input="wrong password\n", capture_output=True, text=True, env=env
    )
    assert wrong.returncode == 2 and "password" in wrong.stderr
