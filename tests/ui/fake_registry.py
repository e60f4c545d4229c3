"""A tiny in-process stand-in for the registry, for the desktop's sync *UI behaviour* tests.

It speaks just enough of `sync.protocol` over real HTTP on a loopback port (stdlib
`http.server` in a thread) for the desktop to enrol, log in and run sync cycles: health,
enrol with one good code, one central user, an empty snapshot, every pushed mutation
applied, an empty change log, a digest that says "the registry moved on" (so no repair is
attempted). Knobs make it busy (503 + Retry-After), slow, or refuse a code.

This is mocking at the network boundary and nothing more: it checks no rule of the registry.
The real end-to-end tests run the real registry service as a subprocess (see `tests/sync`).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from sync.client.enrol import enrol
from sync.protocol import (
    API_PREFIX,
    CentralUser,
    ChangesPage,
    DigestResponse,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    HealthResponse,
    MutationResult,
    PushRequest,
    PushResponse,
    RegnoBlock,
    SnapshotManifest,
    UsersResponse,
)
from sync.sealed import seal_user_key
from tests.conftest import FAST_KDF

GOOD_CODE = "ABCD2345"
TOKEN = "device-token-for-tests"
EPOCH = "epoch-1"
DISTRICT = "PB-MUL"
CENTRAL_USER = ("central-clerk", "Chand Central", "central password 1")


@dataclass
class Knobs:
    """What the fake does next; tests change these between steps."""

    busy_retry_after: float | None = None  # answer 503 with this Retry-After
    delay: float = 0.0  # seconds before answering /push
    enrol_delay: float = 0.0  # seconds before answering /enrol
    revoked: bool = False
    requests: list[str] = field(default_factory=list)
    pushed: int = 0


class FakeRegistry:
    """The server, its knobs and its address. Start with `start()`, end with `stop()`."""

    def __init__(self) -> None:
        self.knobs = Knobs()
        username, display, password = CENTRAL_USER
        self.user = CentralUser(
            user_id="0190a000-0000-7000-8000-000000000001",
            username=username,
            display_name=display,
            role="supervisor",
            active=True,
            version=1,
            sealed=seal_user_key("0190a000-0000-7000-8000-000000000001", password, log2_n=10),
        )
        self.password = password
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeRegistry:
        registry = self

        class Handler(_Handler):
            fake = registry

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening: the port refuses connections from now on (the 'server is down')."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # -- answers ----------------------------------------------------------------------------

    def answer(self, method: str, path: str, body: bytes) -> tuple[int, dict[str, str], bytes]:
        route = path.split("?", maxsplit=1)[0]
        self.knobs.requests.append(f"{method} {route}")
        if route != "/health":
            if self.knobs.revoked:
                return _error(403, "device_revoked")
            if self.knobs.busy_retry_after is not None:
                status, _, payload = _error(503, "busy")
                return status, {"Retry-After": str(int(self.knobs.busy_retry_after))}, payload
        routes: dict[str, Callable[[bytes], tuple[int, dict[str, str], bytes]]] = {
            "GET /health": lambda _b: _ok(HealthResponse(status="ok", epoch=EPOCH)),
            "POST /enrol": self._enrol,
            "GET /users": lambda _b: _ok(UsersResponse(users=[self.user])),
            "POST /snapshots": lambda _b: _ok(
                SnapshotManifest(
                    snapshot_id="snap-1",
                    epoch=EPOCH,
                    district=DISTRICT,
                    cursor=0,
                    tables={},
                    chunks=[],
                )
            ),
            "POST /push": self._push,
            "GET /changes": lambda _b: _ok(
                ChangesPage(
                    epoch=EPOCH, district=DISTRICT, changes=[], next_after=0, has_more=False
                )
            ),
            # A cursor the device does not hold: "registry moved on", no repair attempted.
            "GET /digest": lambda _b: _ok(DigestResponse(cursor=-1, tables={})),
            "POST /regno-blocks": lambda _b: _ok(RegnoBlock(start=200_001, end=300_000)),
        }
        handler = routes.get(f"{method} {route}")
        return handler(body) if handler else _error(404, "not_found")

    def _enrol(self, body: bytes) -> tuple[int, dict[str, str], bytes]:
        if self.knobs.enrol_delay:
            time.sleep(self.knobs.enrol_delay)
        code = json.loads(body or b"{}").get("code")
        if code != GOOD_CODE:
            return _error(403, "code_refused")
        answer = EnrolResponse(
            device_id="0190a000-0000-7000-8000-0000000000d1",
            token=TOKEN,
            district=DISTRICT,
            country="PK",
            office="PB-MUL-OSS1",
            epoch=EPOCH,
            regno_block=RegnoBlock(start=100_001, end=200_000),
        )
        return _ok(answer)

    def _push(self, body: bytes) -> tuple[int, dict[str, str], bytes]:
        if self.knobs.delay:
            time.sleep(self.knobs.delay)  # the server is slow: the desktop must not be
        request = PushRequest.model_validate_json(body)
        self.knobs.pushed += len(request.mutations)
        results = [
            MutationResult(mutation_id=m.mutation_id, status="applied", version=m.base_version + 1)
            for m in request.mutations
        ]
        last = max((m.device_seq for m in request.mutations), default=0)
        answer = PushResponse(
            results=results,
            server_time=datetime.now(UTC).isoformat(timespec="seconds"),
            next_device_seq=last + 1,
        )
        return _ok(answer)


def _ok(model: BaseModel) -> tuple[int, dict[str, str], bytes]:
    return 200, {}, model.model_dump_json().encode("utf-8")


def _error(status: int, code: str) -> tuple[int, dict[str, str], bytes]:
    return status, {}, ErrorBody(code=code, message=code).model_dump_json().encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    fake: FakeRegistry
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._reply("GET")

    def do_POST(self) -> None:
        self._reply("POST")

    def _reply(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.headers.get("Content-Encoding") == "gzip":
            import gzip  # noqa: PLC0415 - only big pushes are compressed

            body = gzip.decompress(body)
        path = self.path.removeprefix(API_PREFIX)
        status, headers, payload = self.fake.answer(method, path, body)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *_args: Any) -> None:
        return None  # quiet: the test output is for the tests


@contextmanager
def running_registry() -> Iterator[FakeRegistry]:
    """A started fake registry, stopped at the end (wrap it in a fixture)."""
    server = FakeRegistry().start()
    try:
        yield server
    finally:
        server.stop()


def enrolled_cache(folder: Path, registry: FakeRegistry) -> Path:
    """A cache enrolled with `registry` (its central user can log in), closed again."""
    enrol(
        folder,
        registry.url,
        EnrolRequest(code=GOOD_CODE, device_name="Counter 1", office="PB-MUL-OSS1"),
        clock=lambda: datetime.now().astimezone(),
        kdf=FAST_KDF,
    )
    return folder
