"""HTTP to the registry: one session, timeouts everywhere, every failure a known error.

The transport knows nothing of tables or mutations; it sends protocol models, receives
protocol models, counts the bytes on the wire (for the sync log and the benchmark), and
turns every way the network can fail into a `SyncError` subclass the engine can act on.
A response that never ends is cut off by an overall deadline, not only a read timeout
(a server trickling one byte a minute would otherwise hold a sync for hours).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, ValidationError

from sync.client.errors import (
    DeviceNotRecognised,
    DeviceRevoked,
    ProtocolError,
    RegistryBusy,
    RegistryUnreachable,
    SyncError,
)
from sync.protocol import API_PREFIX, ErrorBody

M = TypeVar("M", bound=BaseModel)

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 30.0
TOTAL_DEADLINE = 180.0
GZIP_ABOVE = 1024
_READ_CHUNK = 64 * 1024


class ResyncRequired(SyncError):
    """410: our cursor is older than the registry keeps; download a fresh snapshot."""


@dataclass
class WireCounters:
    sent: int = 0
    received: int = 0
    requests: int = 0


class Transport:
    """Calls to one registry with one device token (None before enrolment)."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        session: requests.Session | None = None,
        deadline: float = TOTAL_DEADLINE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.session = session or requests.Session()
        self.deadline = deadline
        self.clock = clock
        self.counters = WireCounters()
        self.last_server_date: float | None = None

    def close(self) -> None:
        self.session.close()

    # -- calls ------------------------------------------------------------------------------

    def get(
        self,
        path: str,
        model: type[M],
        params: Mapping[str, Any] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> M:
        body = self._call("GET", path, params=params, extra_headers=headers)
        return _parse(body, model)

    def post(
        self,
        path: str,
        payload: BaseModel | None,
        model: type[M],
        *,
        headers: Mapping[str, str] | None = None,
        method: str = "POST",
    ) -> M:
        data = b"" if payload is None else payload.model_dump_json().encode("utf-8")
        body = self._call(method, path, data=data, extra_headers=headers)
        return _parse(body, model)

    def get_bytes(self, path: str) -> bytes:
        return self._call("GET", path)

    def post_bytes(self, path: str, data: bytes) -> bytes:
        """Send opaque bytes (a bundle file) and return the answer's bytes."""
        return self._call(
            "POST",
            path,
            data=data,
            extra_headers={"Content-Type": "application/octet-stream"},
            compress=False,  # a bundle is compressed and encrypted already
        )

    # -- plumbing ---------------------------------------------------------------------------

    def _headers(self, data: bytes | None) -> dict[str, str]:
        headers = {"Accept": "application/json", "Accept-Encoding": "gzip"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if data is not None:
            headers["Content-Type"] = "application/json"
        return headers

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        data: bytes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        compress: bool = True,
    ) -> bytes:
        headers = self._headers(data)
        if extra_headers:
            headers.update(extra_headers)
        if compress and data is not None and len(data) > GZIP_ABOVE:
            data = gzip.compress(data, compresslevel=6)
            headers["Content-Encoding"] = "gzip"
        url = f"{self.base_url}{API_PREFIX}{path}"
        started = self.clock()
        try:
            response = self.session.request(
                method,
                url,
                params=params,
                data=data,
                headers=headers,
                timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
                stream=True,
            )
            with response:
                body = self._read(response, started)
        except requests.RequestException as exc:
            raise RegistryUnreachable(type(exc).__name__) from None
        self.counters.requests += 1
        self.counters.sent += len(data or b"")
        self._note_date(response.headers.get("Date"))
        if response.status_code >= 400:
            raise _error_for(response.status_code, body, response.headers.get("Retry-After"))
        return body

    def _read(self, response: requests.Response, started: float) -> bytes:
        """The whole body, decoded, or RegistryUnreachable past the overall deadline.

        A read blocks until its chunk is full, and a trickling server resets the socket's
        read timeout with every byte, so a watchdog closes the connection at the deadline.
        """
        remaining = max(0.0, self.deadline - (self.clock() - started))
        expired = threading.Event()

        def cut() -> None:
            # Closing does not wake a blocked read; shutting the socket down does.
            expired.set()
            connection = getattr(response.raw, "connection", None) or getattr(
                response.raw, "_connection", None
            )
            sock = getattr(connection, "sock", None)
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            response.close()

        watchdog = threading.Timer(remaining, cut)
        watchdog.daemon = True
        watchdog.start()
        parts: list[bytes] = []
        try:
            for part in response.iter_content(_READ_CHUNK):
                parts.append(part)
        except Exception as exc:
            if expired.is_set():
                raise RegistryUnreachable("response did not finish in time") from None
            raise RegistryUnreachable(type(exc).__name__) from None
        finally:
            watchdog.cancel()
        if expired.is_set():
            raise RegistryUnreachable("response did not finish in time")
        wire = response.raw.tell() if hasattr(response.raw, "tell") else 0
        body = b"".join(parts)
        self.counters.received += wire or len(body)
        return body

    def _note_date(self, header: str | None) -> None:
        if not header:
            return
        try:
            self.last_server_date = parsedate_to_datetime(header).timestamp()
        except (TypeError, ValueError):
            self.last_server_date = None


def _parse(body: bytes, model: type[M]) -> M:
    try:
        return model.model_validate_json(body)
    except ValidationError:
        # A body cut or garbled on the way reads as a network fault, not a new protocol.
        if _looks_damaged(body):
            raise RegistryUnreachable("damaged response body") from None
        raise ProtocolError(f"unexpected {model.__name__} body", 200) from None


def _looks_damaged(body: bytes) -> bool:
    try:
        json.loads(body)
    except ValueError:
        return True
    return False


def _error_for(status: int, body: bytes, retry_after_header: str | None) -> SyncError:
    error: ErrorBody | None = None
    try:
        error = ErrorBody.model_validate_json(body)
    except ValidationError:
        error = None
    code = error.code if error else ""
    if status == 401:
        return DeviceNotRecognised(f"401 {code}")
    if status == 403 and code == "device_revoked":
        return DeviceRevoked("403 device_revoked")
    if status == 410:
        return ResyncRequired(f"410 {code}")
    if status in (429, 500, 502, 503, 504):
        retry_after = _retry_after(retry_after_header)
        if retry_after is None and error is not None:
            retry_after = error.retry_after
        return RegistryBusy(f"{status} {code}", retry_after)
    return ProtocolError(f"{status} {code}", status, code)


def _retry_after(header: str | None) -> float | None:
    if not header:
        return None
    try:
        return max(0.0, float(header))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(header).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
