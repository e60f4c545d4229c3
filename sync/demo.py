"""`onestop demo-setup`: an encrypted cache with a synthetic district and demo users.

Until the registry service exists this is what the README's demo opens: a standalone counter
with a supervisor and a clerk whose (demo-only) credentials are printed in the README.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import platformdirs

from sync.replica.cache import CacheState, DeviceInfo, NewUser, Replica, cache_state, local_now
from sync.synthetic import seed_district

DEMO_SUPERVISOR = NewUser("supervisor", "Sana Demo (supervisor)", "demo-supervisor", "supervisor")
DEMO_CLERK = NewUser("clerk", "Kamran Demo (clerk)", "demo-clerk-1", "clerk")
DEMO_DEVICE = DeviceInfo(office="PB-MUL-OSS1", district="PB-MUL", country="PK")
DEMO_MARKER = ".onestop-demo"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("OneStop", appauthor=False))


def setup_demo(*, data_dir: Path | None, persons: int, force: bool) -> int:
    target = data_dir or default_data_dir()
    if cache_state(target) is CacheState.READY:
        if not (target / DEMO_MARKER).exists():
            sys.stderr.write(f"{target} holds a real cache; refusing to touch it.\n")
            return 2
        if not force:
            sys.stdout.write(f"Demo cache already set up in {target}\n")
            return 0
        shutil.rmtree(target)
    replica = Replica.create(target, DEMO_SUPERVISOR, DEMO_DEVICE)
    try:
        (target / DEMO_MARKER).write_text("synthetic demo data\n", encoding="utf-8")
        replica.add_user(DEMO_CLERK)
        seed_district(replica.db, replica.household_form, persons, seed=7, today=local_now().date())
    finally:
        replica.close()
    sys.stdout.write(
        f"Demo cache with {persons:,} synthetic persons in {target}\n"
        f"  supervisor: {DEMO_SUPERVISOR.username} / {DEMO_SUPERVISOR.password}\n"
        f"  clerk:      {DEMO_CLERK.username} / {DEMO_CLERK.password}\n"
    )
    return 0
