"""`onestop demo-setup` / `onestop demo`: a local registry, a synthetic district, an enrolled
counter and demo users — the whole system on embedded defaults, on one machine.

Layout under the demo folder (default `.demo/` in the working directory):
- `registry/registry.db`: the central registry on SQLite, seeded with a synthetic Multan
  district and two centrally managed users (credentials printed below and in the README;
  demo-only);
- `cache/`: this computer's encrypted cache, enrolled with a one-time code exactly as a real
  counter is, its district downloaded from the registry.

`onestop demo` starts the registry on 127.0.0.1:8470 (the address the cache was enrolled
with), opens the desktop app against it and stops the registry when the app closes.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from sync.client.enrol import enrol
from sync.protocol import EnrolRequest
from sync.registry_process import RegistryProcess, run_registry
from sync.replica.cache import CacheState, cache_state, local_now

DEMO_DISTRICT = "PB-MUL"
DEMO_OFFICE = "PB-MUL-OSS1"
DEMO_PORT = 8470
DEMO_MARKER = ".onestop-demo"


@dataclass(frozen=True)
class DemoUser:
    username: str
    display_name: str
    password: str
    role: str


DEMO_SUPERVISOR = DemoUser("supervisor", "Sana Demo (supervisor)", "demo-supervisor", "supervisor")
DEMO_CLERK = DemoUser("clerk", "Kamran Demo (clerk)", "demo-clerk-1", "clerk")


@dataclass(frozen=True)
class DemoPaths:
    root: Path

    @property
    def registry_db(self) -> Path:
        return self.root / "registry" / "registry.db"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.registry_db}"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def registry_log(self) -> Path:
        return self.root / "registry" / "registry.log"


def default_root() -> Path:
    return Path.cwd() / ".demo"


def setup_demo(*, root: Path | None, persons: int, force: bool, port: int = DEMO_PORT) -> int:
    paths = DemoPaths(root or default_root())
    if paths.root.exists() and any(paths.root.iterdir()):
        if not (paths.root / DEMO_MARKER).exists():
            sys.stderr.write(f"{paths.root} is not a OneStop demo folder; refusing to touch it.\n")
            return 2
        if cache_state(paths.cache) is CacheState.READY and not force:
            sys.stdout.write(f"Demo already set up in {paths.root}\n")
            return 0
        shutil.rmtree(paths.root)
    paths.registry_db.parent.mkdir(parents=True, exist_ok=True)
    (paths.root / DEMO_MARKER).write_text("synthetic demo data\n", encoding="utf-8")
    run_registry("init", "--db", paths.db_url)
    for user in (DEMO_SUPERVISOR, DEMO_CLERK):
        run_registry(
            "add-user",
            "--db",
            paths.db_url,
            "--username",
            user.username,
            "--display-name",
            user.display_name,
            "--role",
            user.role,
            "--district",
            DEMO_DISTRICT,
            "--password-stdin",
            stdin=f"{user.password}\n",
        )
    sys.stdout.write(f"Seeding the registry with {persons:,} synthetic persons…\n")
    run_registry(
        "seed", "--db", paths.db_url, "--district", DEMO_DISTRICT, "--persons", str(persons)
    )
    code = run_registry(
        "enrol-device", "--db", paths.db_url, "--district", DEMO_DISTRICT, "--office", DEMO_OFFICE
    ).split()[-1]
    with RegistryProcess(paths.db_url, port=port, log_path=paths.registry_log) as registry:
        enrol(
            paths.cache,
            registry.url,
            EnrolRequest(code=code, device_name="demo counter", office=DEMO_OFFICE),
            clock=local_now,
        )
    sys.stdout.write(
        f"Demo registry in {paths.registry_db.parent}, enrolled counter cache in {paths.cache}\n"
        f"  supervisor: {DEMO_SUPERVISOR.username} / {DEMO_SUPERVISOR.password}\n"
        f"  clerk:      {DEMO_CLERK.username} / {DEMO_CLERK.password}\n"
    )
    return 0


def registry_for_demo(root: Path | None, port: int = DEMO_PORT) -> tuple[RegistryProcess, Path]:
    """The demo's registry process (not yet started) and the cache folder to open."""
    paths = DemoPaths(root or default_root())
    registry = RegistryProcess(
        paths.db_url, port=port, log_path=paths.registry_log, die_with_parent=True
    )
    return registry, paths.cache
