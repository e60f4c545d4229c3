"""What every route shares: refusals as `ErrorBody`, capped body reading, device auth.

`ApiError` is raised anywhere below a route and answered by the handler `app.py` installs.
"""

from __future__ import annotations

import zlib
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Header, Request
from fastapi.responses import Response
from pydantic import BaseModel, ValidationError

from sync.protocol import MAX_BODY_BYTES, ErrorBody
from sync.server import auth
from sync.server.apply import DeviceScope
from sync.server.db import reading

Model = TypeVar("Model", bound=BaseModel)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str) -> Response:
    body = ErrorBody(code=code, message=message).model_dump_json(exclude_none=True)
    return Response(content=body, status_code=status, media_type="application/json")


def json_response(model: BaseModel, status: int = 200) -> Response:
    return Response(
        content=model.model_dump_json(), status_code=status, media_type="application/json"
    )


async def read_body(request: Request, limit: int = MAX_BODY_BYTES) -> tuple[bytes, int]:
    """The request body, gunzipped when sent so; (body, bytes on the wire). Caps both sizes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "too_large", f"the body is larger than {limit} bytes")
    parts, size = [], 0
    async for part in request.stream():
        size += len(part)
        if size > limit:
            raise ApiError(413, "too_large", f"the body is larger than {limit} bytes")
        parts.append(part)
    raw = b"".join(parts)
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding == "gzip":
        return _gunzip(raw), size
    if encoding not in {"identity", ""}:
        raise ApiError(415, "unsupported_encoding", "bodies may be sent plain or gzip-compressed")
    return raw, size


def _gunzip(raw: bytes) -> bytes:
    unpacker = zlib.decompressobj(wbits=31)
    try:
        out = unpacker.decompress(raw, MAX_BODY_BYTES + 1)
    except zlib.error:
        raise ApiError(400, "bad_gzip", "the gzip body could not be decompressed") from None
    if len(out) > MAX_BODY_BYTES or unpacker.unconsumed_tail:
        raise ApiError(413, "too_large", f"the body expands past {MAX_BODY_BYTES} bytes")
    if not unpacker.eof:
        raise ApiError(400, "bad_gzip", "the gzip body is truncated")
    return out


def parse_body(model: type[Model], raw: bytes) -> Model:
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "body"
        if first["type"] == "json_invalid":
            raise ApiError(400, "malformed_json", "the body is not valid JSON") from None
        if first["type"] == "too_long" and first["loc"] == ("mutations",):
            raise ApiError(413, "too_many_mutations", "too many mutations in one push") from None
        raise ApiError(422, "invalid_body", f"{where}: {first['msg']}") from None


def body_schema(model: type[BaseModel]) -> dict[str, Any]:
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": model.model_json_schema()}},
        }
    }


def current_device(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> DeviceScope:
    """The calling device, from its bearer token: 401 unknown, 403 revoked."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "a device token is required")
    with reading(request.app.state.engine) as conn:
        found = auth.device_for_token(conn, token.strip())
    if found is None:
        raise ApiError(401, "unauthorized", "unknown device token")
    if found.revoked:
        raise ApiError(403, "device_revoked", "this device has been revoked")
    return DeviceScope(found.id, found.district, found.office)


Device = Annotated[DeviceScope, Depends(current_device)]
