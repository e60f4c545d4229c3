"""The `registry` commands, run through `sync.server.cli.main` on both backends."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from sync.protocol import SealedKey, row_digest
from sync.sealed import verify_password
from sync.server import auth
from sync.server.cli import main
from sync.server.db import make_engine
from tests.registry_process import ROOT
from tests.server.conftest import BACKENDS, _database


@pytest.fixture(params=BACKENDS)
def cli_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from _database(request.param, tmp_path)


@pytest.fixture
def engine(cli_db: str) -> Iterator[Engine]:
    assert main(["init", "--db", cli_db]) == 0
    made = make_engine(cli_db)
    yield made
    made.dispose()


def _one(engine: Engine, sql: str, **params: object) -> object:
    with engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def test_init_is_idempotent(
    engine: Engine, cli_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    epoch = _one(engine, "SELECT value FROM registry_meta WHERE key = 'epoch'")
    assert main(["init", "--db", cli_db]) == 0
    assert f"epoch {epoch}" in capsys.readouterr().out
    assert _one(engine, "SELECT version_num FROM alembic_version") == "0003"


def test_add_user_reads_the_password_from_stdin(
    engine: Engine, cli_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("correct horse battery\n"))
    argv = ["add-user", "--db", cli_db, "--username", "sana", "--display-name", "Sana"]
    assert main([*argv, "--role", "supervisor", "--district", "PB-MUL", "--password-stdin"]) == 0
    with engine.connect() as conn:
        row = conn.execute(text("SELECT id, sealed, role, active FROM central_user")).one()
    sealed = SealedKey.model_validate_json(row.sealed)
    assert verify_password(sealed, row.id, "correct horse battery")
    assert not verify_password(sealed, row.id, "wrong")
    assert "correct horse" not in row.sealed and (row.role, row.active) == ("supervisor", 1)
    monkeypatch.setattr(sys, "stdin", io.StringIO("another password\n"))
    again = [*argv, "--role", "clerk", "--district", "PB-MUL", "--password-stdin"]
    assert main(again) == 2


def test_enrol_device_prints_a_one_time_code(
    engine: Engine, cli_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["enrol-device", "--db", cli_db, "--district", "PB-MUL", "--office", "OSS1"]) == 0
    code = capsys.readouterr().out.strip()
    assert re.fullmatch(f"[{auth.CODE_ALPHABET}]{{5}}-[{auth.CODE_ALPHABET}]{{5}}", code)
    stored = _one(engine, "SELECT code_hash FROM enrol_code")
    assert stored == auth.secret_hash(code.replace("-", "")) and code not in str(stored)
    assert main(["revoke-device", "--db", cli_db, "--device", "nope"]) == 2


def test_seed_loads_a_consistent_district(
    engine: Engine, cli_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["seed", "--db", cli_db, "--district", "PB-LHR", "--persons", "3000", "--seed", "4"])
        == 0
    )
    assert "seeded 3000 persons" in capsys.readouterr().out
    assert _one(engine, "SELECT count(*) FROM person WHERE district = 'PB-LHR'") == 3000
    assert _one(engine, "SELECT count(*) FROM person WHERE district <> 'PB-LHR'") == 0
    assert _one(engine, "SELECT count(DISTINCT registry_no) FROM person") == 3000
    with engine.connect() as conn:
        xor = 0
        for pid, version in conn.execute(text("SELECT id, version FROM person")):
            xor ^= row_digest(pid, version)
        stored = conn.execute(
            text("SELECT count, xor FROM district_digest WHERE tbl = 'person'")
        ).one()
        logged = conn.execute(text("SELECT count(*), max(seq) FROM change_log")).one()
        state = conn.execute(text("SELECT seq FROM district_state")).scalar()
    assert stored[0] == 3000 and stored[1] & ((1 << 64) - 1) == xor
    assert logged[1] == state and logged[0] == state


def test_publish_catalog_refuses_a_broken_file(
    engine: Engine, cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = (ROOT / "forms" / "catalogs" / "pk.yaml").read_text("utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(good.replace("country: PK", "country: XX", 1), "utf-8")
    assert main(["publish-catalog", str(broken), "--db", cli_db]) == 2
    error = capsys.readouterr().err
    assert "broken.yaml" in error and "country" in error
    assert _one(engine, "SELECT count(*) FROM catalog") == 0
    fine = tmp_path / "pk.yaml"
    fine.write_text(good, "utf-8")
    assert main(["publish-catalog", str(fine), "--db", cli_db]) == 0
    assert main(["publish-catalog", str(fine), "--db", cli_db]) == 2
    assert "not newer" in capsys.readouterr().err
    assert _one(engine, "SELECT count(*) FROM catalog") == 1


def test_new_epoch_and_prune(
    engine: Engine, cli_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _one(engine, "SELECT value FROM registry_meta WHERE key = 'epoch'")
    assert main(["new-epoch", "--db", cli_db]) == 0
    after = _one(engine, "SELECT value FROM registry_meta WHERE key = 'epoch'")
    assert after != before and str(after) in capsys.readouterr().out
    assert main(["seed", "--db", cli_db, "--district", "PB-MUL", "--persons", "200"]) == 0
    assert main(["prune", "--db", cli_db, "--keep", "10"]) == 0
    assert _one(engine, "SELECT count(*) FROM change_log") == 10
    floor = _one(engine, "SELECT floor FROM district_state WHERE district = 'PB-MUL'")
    assert f"PB-MUL: change log kept after {floor}" in capsys.readouterr().out


def test_the_module_runs_as_a_program(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'r.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "sync.server", "add-user", "--db", db, "--username", "u"]
        + ["--display-name", "U", "--role", "clerk", "--district", "PB-MUL", "--password-stdin"],
        input="a fine password\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "user u added" in done.stdout and "a fine password" not in done.stdout + done.stderr
