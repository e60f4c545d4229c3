"""Device tokens and one-time enrolment codes: random secrets of which only hashes are kept."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, select

from sync.server import tables as t

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read off a screen or a phone call is typed back right.
CODE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 10
TOKEN_BYTES = 32


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


@dataclass(frozen=True)
class Device:
    id: str
    district: str
    office: str
    revoked: bool


def device_for_token(conn: Connection, token: str) -> Device | None:
    """The device holding `token`, or None. The stored hash is compared in constant time."""
    wanted = secret_hash(token)
    found = conn.execute(
        select(
            t.device.c.id,
            t.device.c.district,
            t.device.c.office,
            t.device.c.revoked_at,
            t.device.c.token_hash,
        ).where(t.device.c.token_hash == wanted)
    ).first()
    if found is None or not hmac.compare_digest(found.token_hash, wanted):
        return None
    return Device(found.id, found.district, found.office, found.revoked_at is not None)
