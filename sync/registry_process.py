"""Run the registry as a real process on a loopback port (demo, benchmark, end-to-end tests).

The registry is always exercised the way it runs in production: its own process, its own
database, HTTP over a socket. This starts `python -m sync.server serve`, waits until it
answers `/api/v1/health`, and stops it (SIGTERM, then SIGKILL) — or kills it outright for the
crash scenarios.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import requests

from sync.protocol import API_PREFIX

START_TIMEOUT = 60.0


def _die_with_parent() -> None:
    """In the child: SIGTERM when the parent dies, so a killed app leaves no registry behind."""
    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_pdeathsig = 1
    libc.prctl(pr_set_pdeathsig, signal.SIGTERM)


def terminate(process: subprocess.Popen[Any]) -> int | None:
    """SIGTERM, a grace period for a clean shutdown, then SIGKILL; returns the exit code."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def registry_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "sync.server", *args]


def run_registry(*args: str, stdin: str | None = None, check: bool = True) -> str:
    """One `onestop registry ...` command in a subprocess; returns its standard output."""
    done = subprocess.run(
        registry_command(*args),
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    if check and done.returncode != 0:
        raise RuntimeError(f"registry {args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout


class RegistryProcess:
    """`with RegistryProcess(db_url) as registry: registry.url ...`"""

    def __init__(
        self,
        db_url: str,
        *,
        port: int | None = None,
        log_path: Path | None = None,
        extra: Sequence[str] = (),
        env: dict[str, str] | None = None,
        die_with_parent: bool = False,
    ) -> None:
        self.db_url = db_url
        self.port = port or free_port()
        self.log_path = log_path
        self.extra = tuple(extra)
        self.env = env
        self.die_with_parent = die_with_parent
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> RegistryProcess:
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        env = {**os.environ, **(self.env or {})}
        linux = sys.platform == "linux"
        self.process = subprocess.Popen(
            registry_command(
                "serve",
                "--db",
                self.db_url,
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                *self.extra,
            ),
            stdout=log,
            stderr=log,
            env=env,
            # Only for the demo (started from the main thread, before any other thread):
            # the death signal follows the thread that started the child.
            preexec_fn=_die_with_parent if self.die_with_parent and linux else None,  # noqa: PLW1509
        )
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"registry exited with {self.process.returncode} at start")
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{self.url}{API_PREFIX}/health", timeout=1).ok:
                    return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("registry did not answer within a minute")

    def stop(self) -> None:
        if self.process is not None:
            terminate(self.process)
        self.process = None

    def kill(self) -> None:
        """kill -9: no shutdown, no flush — what a power cut does to the server."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None

    def __enter__(self) -> RegistryProcess:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()
