"""Devices' audit chains, mirrored at the registry (`POST /audit`, `GET /audit/head`).

A device sends its audit rows in seq order, continuing from what the registry holds
(`stored_through`). Rows are stored as received: a link the device sent broken is kept and
`verify_devices` reports it, because refusing it would only hide it. What the registry does
refuse is a push that does not continue the stored chain: a gap (`audit_gap`, the device
should start again from the head) or a stored seq sent again with another hash
(`audit_mismatch`, recorded as an incident: one of the two copies was altered).

Each device's head (seq and hash of its newest mirrored row) is kept in `registry_meta`, so
rows later deleted from the end of the mirror are found (`cut off`) and are not asked for again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select

from sync.protocol import AuditRecord
from sync.server import store
from sync.server import tables as t
from sync.server.batch import chunks
from sync.server.db import writing
from sync.server.registry_audit import (
    GENESIS,
    ChainReport,
    ChainRow,
    format_head,
    parse_head,
    verify_rows,
)

log = logging.getLogger(__name__)
HEAD_PREFIX = "audit_head:"
_MIRROR = t.audit_mirror


class AuditRefused(Exception):
    """The push does not continue the stored chain; `code` is the ErrorBody code (409)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def head(conn: Connection, device_id: str) -> tuple[int, str]:
    found = parse_head(store.get_meta(conn, HEAD_PREFIX + device_id))
    return found if found is not None else (0, GENESIS)


def store_entries(engine: Engine, device_id: str, entries: Sequence[AuditRecord]) -> int:
    """Mirror `entries`; returns the seq stored through. Raises `AuditRefused`."""
    ordered = sorted(entries, key=lambda entry: entry.seq)
    mismatch: tuple[int, str, str] | None = None
    with writing(engine) as conn:
        # One push per device at a time: the device row is the lock (SQLite: the write lock).
        conn.execute(select(t.device.c.id).where(t.device.c.id == device_id).with_for_update())
        through, prev_hash = head(conn, device_id)
        mismatch = _first_mismatch(conn, device_id, [e for e in ordered if e.seq <= through])
        if mismatch is None:
            rows, through = _continuation(device_id, ordered, through, prev_hash)
            if rows:
                conn.execute(insert(_MIRROR), rows)
                newest = str(rows[-1]["hash"])
                store.set_meta(conn, HEAD_PREFIX + device_id, format_head(through, newest))
        else:
            seq, stored_hash, sent_hash = mismatch
            store.record_incident(
                conn,
                "audit_mismatch",
                device_id=device_id,
                mutation_id=None,
                detail={"seq": seq, "stored_hash": stored_hash, "sent_hash": sent_hash},
            )
    if mismatch is not None:
        log.warning("audit mismatch device=%s seq=%d", device_id, mismatch[0])
        raise AuditRefused(
            "audit_mismatch", f"audit entry {mismatch[0]} was received before with another hash"
        )
    return through


def _first_mismatch(
    conn: Connection, device_id: str, resent: list[AuditRecord]
) -> tuple[int, str, str] | None:
    """The first re-sent entry whose hash differs from the stored one (seq, stored, sent).
    A re-sent entry the mirror no longer holds is skipped: the chain check reports the hole,
    and filling it from the device would hide that it was made."""
    stored: dict[int, str] = {}
    for part in chunks(sorted({e.seq for e in resent})):
        query = select(_MIRROR.c.seq, _MIRROR.c.hash).where(
            _MIRROR.c.device_id == device_id, _MIRROR.c.seq.in_(part)
        )
        stored.update((int(seq), digest) for seq, digest in conn.execute(query))
    for entry in resent:
        have = stored.get(entry.seq)
        if have is not None and have != entry.hash:
            return entry.seq, have, entry.hash
    return None


def _continuation(
    device_id: str, ordered: list[AuditRecord], through: int, prev_hash: str
) -> tuple[list[dict[str, object]], int]:
    """Rows for the entries past `through`, which must follow on without a gap."""
    rows: list[dict[str, object]] = []
    received = store.now_iso()
    for entry in ordered:
        if entry.seq <= through:
            if rows and entry.seq == through and entry.hash != prev_hash:
                raise AuditRefused("audit_mismatch", f"audit entry {entry.seq} was sent twice")
            continue
        if entry.seq != through + 1:
            raise AuditRefused(
                "audit_gap",
                f"audit entries must continue at seq {through + 1}; the push starts at {entry.seq}",
            )
        rows.append(
            {
                "device_id": device_id,
                "seq": entry.seq,
                "at": entry.at,
                "user_id": entry.user_id,
                "action": entry.action,
                "entity": entry.entity,
                "entity_id": entry.entity_id,
                "detail": entry.detail,
                "prev_hash": prev_hash,
                "hash": entry.hash,
                "received_at": received,
            }
        )
        through, prev_hash = entry.seq, entry.hash
    return rows, through


# -- checking ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceChain:
    device_id: str
    device_name: str
    report: ChainReport


def verify_devices(conn: Connection) -> list[DeviceChain]:
    """Every mirrored device chain, checked from its start to its kept head."""
    heads = {
        key[len(HEAD_PREFIX) :]: parse_head(value)
        for key, value in conn.execute(
            select(t.registry_meta.c.key, t.registry_meta.c.value).where(
                t.registry_meta.c.key.startswith(HEAD_PREFIX)
            )
        )
    }
    mirrored = set(conn.execute(select(_MIRROR.c.device_id).distinct()).scalars())
    names = {str(r[0]): str(r[1]) for r in conn.execute(select(t.device.c.id, t.device.c.name))}
    out = []
    for device_id in sorted(mirrored | heads.keys()):
        query = (
            select(
                _MIRROR.c.seq,
                _MIRROR.c.at,
                _MIRROR.c.user_id,
                _MIRROR.c.action,
                _MIRROR.c.entity,
                _MIRROR.c.entity_id,
                _MIRROR.c.detail,
                _MIRROR.c.prev_hash,
                _MIRROR.c.hash,
            )
            .where(_MIRROR.c.device_id == device_id)
            .order_by(_MIRROR.c.seq)
        )
        rows = (ChainRow(int(r[0]), *r[1:]) for r in conn.execute(query))
        report = verify_rows(rows, heads.get(device_id))
        out.append(DeviceChain(device_id, names.get(device_id, "?"), report))
    return out
