"""`onestop --self-test`: proves an installed (or frozen) OneStop works on this machine.

It creates a throw-away encrypted cache in a temporary folder, registers one synthetic
household (no personal data), searches for it, checks its entitlements, then builds the real
main window offscreen, logs in through the real login controller, grabs the window to a PNG
and checks that the bundled resources are present. Every check prints one line
("ok cache …" or "FAIL cache: …"); the first failure stops the run. Exit code 0 or 1.
The temporary folder is always removed.
"""

from __future__ import annotations

import gc
import io
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

import sqlcipher3
from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

import desktop
import forms
from desktop.app import Shell, ShellOptions, application, build_shell
from desktop.runtime_fixes import GuiThreadCollector
from desktop.settings import Settings
from sync.replica.cache import DeviceInfo, LoginThrottle, NewUser, Replica
from sync.replica.keyslots import KdfParams

# Real scrypt at a cheap cost: the cache is deleted at the end, only the mechanics matter.
SELF_TEST_KDF = KdfParams(log2_n=12)
SUPERVISOR = NewUser("selftest", "Self Test", "self-test passphrase 1", "supervisor")
DEVICE = DeviceInfo(office="PB-MUL-OSS1", district="PB-MUL", country="PK")
WINDOW_SIZE = (1280, 800)
WAIT_S = 20.0
HEAD_ID = "36302-1234567-1"
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"

# What a build must carry (relative to the `forms` package and to the install root).
FORM_FILES = (
    "definitions/household.yaml",
    "definitions/person.yaml",
    "catalogs/pk.yaml",
    "catalogs/kh.yaml",
    "data/name_pools.yaml",
)
OPTIONAL_RESOURCES = {
    "fonts": ("*.ttf", "*.otf", "*.ttc"),
    "i18n": ("*.qm", "*.ts"),
    "translations": ("*.qm", "*.ts"),
}


class CheckFailed(Exception):
    """One check did not pass; the message says why."""


@dataclass
class Context:
    """What the checks share: the temporary folder and what earlier checks found."""

    root: Path
    out: TextIO
    head_id: str = ""

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    def say(self, line: str) -> None:
        self.out.write(line + "\n")
        self.out.flush()


def synthetic_household() -> dict[str, object]:
    """A valid raw household submission: invented people, test identity numbers."""
    today = date.today()
    members = [
        {
            "given_name": "Muhammad",
            "family_name": "Aslam",
            "father_name": "Rashid Ahmed",
            "native_name": "محمد اسلم",
            "sex": "male",
            "birth_date": f"{today.year - 65}-01-01",
            "id_type": "cnic",
            "id_number": HEAD_ID,
            "phone": "0300-1234567",
            "relationship": "head",
            "consent_given": True,
            "consent_method": "verbal",
        },
        {
            "given_name": "Fatima",
            "family_name": "Bibi",
            "father_name": "Muhammad Aslam",
            "sex": "female",
            "birth_date": f"{today.year - 7}-01-01",
            "id_type": "bform",
            "id_number": "3630212345682",
            "relationship": "daughter",
            "consent_given": True,
            "consent_method": "verbal",
        },
    ]
    return {
        "province": "PB",
        "district": "PB-MUL",
        "tehsil": "MUL-3",
        "union_council": "MUL-3-UC05",
        "village": "MUL-3-UC05-V1",
        "address_line": "House 12, Street 4",
        "poverty_score": "21.5",
        "members": members,
    }


# -- checks -----------------------------------------------------------------------------------


def check_sqlcipher(_ctx: Context) -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not row or not row[0]:
        raise CheckFailed("the SQLite library is not SQLCipher")
    return f"sqlcipher {row[0]} (sqlite {sqlcipher3.sqlite_version})"


def check_cache(ctx: Context) -> str:
    """Create the encrypted cache, register the household, search it, check entitlements."""
    started = time.perf_counter()
    replica = Replica.create(ctx.cache_dir, SUPERVISOR, DEVICE, kdf=SELF_TEST_KDF)
    try:
        result = replica.persons.register_household(synthetic_household(), replica.actor)
        ctx.head_id = result.members[0][0]
        by_name = replica.search("Muhammad Aslam")
        by_id = replica.search(HEAD_ID)
        report = replica.entitlements.for_person(ctx.head_id)
    finally:
        replica.close()
    files = [p for p in ctx.cache_dir.iterdir() if p.suffix == ".db"]
    if not files:
        raise CheckFailed("no database file was written")
    with files[0].open("rb") as handle:
        if handle.read(len(SQLITE_PLAIN_HEADER)) == SQLITE_PLAIN_HEADER:
            raise CheckFailed("the database file is not encrypted")
    ctx.say(f"ok cache created and encrypted in {time.perf_counter() - started:.1f} s")
    ctx.say(f"ok register household {result.household_registry_no} ({len(result.members)})")
    if not by_name or by_name[0].id != ctx.head_id:
        raise CheckFailed("search: the registered head was not found by name")
    if [p.id for p in by_id] != [ctx.head_id]:
        raise CheckFailed("search: the registered head was not found by identity number")
    ctx.say(f"ok search by name ({len(by_name)}) and by identity number")
    if report is None or not report.results:
        raise CheckFailed("entitlements: no scheme was evaluated")
    eligible = sum(1 for r in report.results if r.status.value == "eligible")
    return (
        f"entitlements {len(report.results)} schemes of catalog {report.catalog_id} "
        f"v{report.catalog_version}, {eligible} eligible"
    )


def _wait(app: QApplication, done: Callable[[], bool], what: str) -> None:
    """Run the event loop until `done()` or the time limit."""
    deadline = time.monotonic() + WAIT_S
    while not done():
        if time.monotonic() > deadline:
            raise CheckFailed(f"{what}: nothing happened within {WAIT_S:.0f} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def _colours(image: QImage, step: int = 16) -> int:
    """Distinct colours on a coarse grid: a blank (failed) rendering has one."""
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def _log_in_and_grab(ctx: Context, app: QApplication, shell: Shell) -> str:
    shell.window.resize(*WINDOW_SIZE)
    shell.window.show()
    shell.controller.start()
    login = shell.controller.login
    if login is None:
        raise CheckFailed("the login screen was not shown")
    sessions: list[object] = []
    login.logged_in.connect(sessions.append)
    login.log_in(SUPERVISOR.username, SUPERVISOR.password)
    _wait(app, lambda: bool(sessions) and shell.worker.is_idle(), "login")
    workspace = shell.controller.workspace
    if workspace is None or shell.window.screens.currentWidget() is not workspace.view:
        raise CheckFailed("login: the workspace was not shown")
    ctx.say("ok login through the app's login screen")
    app.processEvents()
    image = shell.window.grab().toImage()
    png = ctx.root / "main-window.png"
    if not image.save(str(png)) or png.stat().st_size == 0:
        raise CheckFailed("the window could not be saved as PNG")
    if _colours(image) < 2:
        raise CheckFailed("the window rendered blank")
    size = shell.window.size()
    return f"window {size.width()}x{size.height()} ({png.stat().st_size} bytes PNG)"


def check_window(ctx: Context) -> str:
    """Log in through the real app shell offscreen and grab the workspace to a PNG."""
    app = application()
    automatic_gc = gc.isenabled()
    collector = GuiThreadCollector(parent=app)
    settings = Settings.in_file(ctx.root / "settings.ini")
    options = ShellOptions(
        data_dir=ctx.cache_dir,
        language="en",
        kdf=SELF_TEST_KDF,
        throttle=LoginThrottle(),
        idle_ms=3_600_000,
    )
    shell = build_shell(app, settings, options)
    try:
        return _log_in_and_grab(ctx, app, shell)
    finally:
        shell.controller.shutdown()
        shell.window.close()
        shell.window.deleteLater()
        app.processEvents()
        collector.stop()
        if not automatic_gc:
            gc.disable()


def install_root() -> Path:
    """Where `desktop/`, `forms/` and `resources/` are: the project, or the frozen bundle."""
    return Path(desktop.__file__).resolve().parent.parent


def check_resources(ctx: Context) -> str:
    forms_dir = Path(forms.__file__).resolve().parent
    missing = [name for name in FORM_FILES if not (forms_dir / name).is_file()]
    if missing:
        raise CheckFailed(f"forms data missing: {', '.join(missing)}")
    resources = install_root() / "resources"
    found: list[str] = []
    for folder, patterns in OPTIONAL_RESOURCES.items():
        files = sorted({p for pattern in patterns for p in (resources / folder).glob(pattern)})
        if files:
            found.append(f"{folder} {len(files)}")
        elif folder != "translations":
            ctx.say(f"warning resources/{folder}: no {'/'.join(patterns)} files in {resources}")
    extra = f", {', '.join(found)}" if found else ""
    return f"resources forms {len(FORM_FILES)} files{extra}"


CHECKS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("sqlcipher", check_sqlcipher),
    ("cache", check_cache),
    ("resources", check_resources),
    ("window", check_window),
)


# -- running ----------------------------------------------------------------------------------


@contextmanager
def _temporary_root() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="onestop-selftest-"))
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check; 0 when all pass, 1 at the first failure (which is printed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A windowed Windows build has no sys.stdout: the exit code is then the only report.
    stream = out if out is not None else sys.stdout or io.StringIO()
    started = time.perf_counter()
    with _temporary_root() as root:
        ctx = Context(root, stream)
        for name, check in CHECKS:
            try:
                ctx.say(f"ok {check(ctx)}")
            except Exception as error:  # noqa: BLE001 - the report names every failure
                ctx.say(f"FAIL {name}: {type(error).__name__}: {error}")
                return 1
            finally:
                gc.collect()
    ctx.say(f"ok self-test passed in {time.perf_counter() - started:.1f} s")
    return 0
