"""A fault-injecting HTTP proxy on a loopback port, between a device and the real registry.

This is the one place the tests interfere with the network: the registry behind it is the
real process, the device in front of it the real engine with a real SQLCipher cache. Each
request either passes through or meets the next queued fault for its path:

- `drop`: forward to the registry (which commits), then close the socket without answering
  — the "server committed, response lost" case;
- `truncate`: answer with the registry's headers but only half of the body;
- `corrupt`: answer with flipped bytes in the body;
- `status`: answer with a status (503, 429...) and optional Retry-After, not forwarding;
- `hang`: send headers, then trickle a byte a second, never finishing;
- `duplicate`: forward the same request twice more (concurrently) before answering.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


@dataclass(frozen=True)
class Fault:
    kind: str
    path: str  # a prefix of the request path, e.g. "/api/v1/push"
    status: int = 503
    retry_after: str | None = None


class FaultProxy:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.faults: deque[Fault] = deque()
        self.seen: list[tuple[str, str, str]] = []  # (method, path, what happened)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: object) -> None:
                return  # quiet: the tests read `seen`

            def do_GET(self) -> None:
                proxy.handle(self, "GET")

            def do_POST(self) -> None:
                proxy.handle(self, "POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def add(self, kind: str, path: str, *, times: int = 1, **options: object) -> None:
        with self._lock:
            for _ in range(times):
                self.faults.append(Fault(kind, path, **options))  # type: ignore[arg-type]

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()

    def _take(self, path: str) -> Fault | None:
        with self._lock:
            for fault in list(self.faults):
                if path.startswith(fault.path):
                    self.faults.remove(fault)
                    return fault
        return None

    def _forward(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> requests.Response:
        return requests.request(
            method, f"{self.upstream}{path}", headers=headers, data=body, timeout=60, stream=False
        )

    def handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in HOP_HEADERS}
        headers["Accept-Encoding"] = "identity"
        fault = self._take(handler.path)
        kind = fault.kind if fault else "pass"
        self.seen.append((method, handler.path, kind))
        if fault and fault.kind in ("status", "hang"):
            self._answer_without_registry(handler, fault)
            return
        if fault and fault.kind == "duplicate":
            threads = [
                threading.Thread(target=self._forward, args=(method, handler.path, headers, body))
                for _ in range(2)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        response = self._forward(method, handler.path, headers, body)
        content = response.content
        if fault and fault.kind == "drop":
            handler.close_connection = True
            with contextlib.suppress(OSError):
                handler.connection.shutdown(2)
            return
        if fault and fault.kind == "corrupt":
            content = bytes(b ^ 0x5A for b in content)
        sent = content[: len(content) // 2] if fault and fault.kind == "truncate" else content
        handler.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in HOP_HEADERS and name.lower() != "content-encoding":
                handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(content)))
        handler.end_headers()
        with contextlib.suppress(OSError):
            handler.wfile.write(sent)
        if fault and fault.kind == "truncate":
            handler.close_connection = True
            with contextlib.suppress(OSError):
                handler.connection.shutdown(2)

    def _answer_without_registry(self, handler: BaseHTTPRequestHandler, fault: Fault) -> None:
        if fault.kind == "status":
            payload = b'{"code":"busy","message":"injected"}'
            handler.send_response(fault.status)
            if fault.retry_after is not None:
                handler.send_header("Retry-After", fault.retry_after)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
            return
        handler.send_response(200)  # hang: a body that never ends
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", "1000000")
        handler.end_headers()
        with contextlib.suppress(OSError):
            while not self._stop.is_set():
                handler.wfile.write(b" ")
                handler.wfile.flush()
                time.sleep(0.2)

    def start(self) -> FaultProxy:
        self.thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()


@contextlib.contextmanager
def fault_proxy(upstream: str) -> Iterator[FaultProxy]:
    proxy = FaultProxy(upstream).start()
    try:
        yield proxy
    finally:
        proxy.stop()
