"""Bundles on the device: a field laptop exports its pending changes and imports the
registry's results; an online counter relays someone else's bundle.

Exported mutations stay pending in the outbox: if the laptop reaches the registry directly
first, it sends them itself and the registry, which keys every mutation by id and payload
hash, treats the bundle's copy as a repeat. Results that come back, by bundle or by sync,
settle the same outbox rows; whichever arrives second changes nothing.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from forms.roles import Action, allowed
from sync import bundle
from sync.bundle import BundleRefused
from sync.client import keys, state
from sync.client.engine import MUTATION_COLUMNS, mutation_from_row, store_result
from sync.client.errors import ProtocolError, SyncError
from sync.client.transport import Transport
from sync.protocol import MAX_PUSH_MUTATIONS, MutationResult
from sync.replica import audit
from sync.replica.connection import translate_errors
from sync.replica.errors import PermissionDenied

log = logging.getLogger(__name__)

BUNDLE_SUFFIX = ".onestop-bundle"
MAX_BUNDLE_MUTATIONS = 50 * MAX_PUSH_MUTATIONS


class BundleNotReady(SyncError):
    user_message = (
        "This computer has not received the registry's keys yet. Sync once over a connection "
        "(or at the office), then export bundles."
    )


class NothingToExport(SyncError):
    user_message = "There are no changes waiting to be sent, so no bundle was written."


class BundleFileRefused(SyncError):
    """`reason` is the `BundleRefused` code; the message says what to do about it."""

    user_message = (
        "This file cannot be used: {why} Nothing was changed. Ask for a new bundle from the "
        "computer that made it."
    )

    def __init__(self, reason: str) -> None:
        super().__init__(f"bundle refused: {reason}", user_args={"why": REASONS.get(reason, "")})
        self.reason = reason


REASONS = {
    "not_a_bundle": "it is not a OneStop bundle.",
    "truncated": "it is incomplete (the copy was cut short).",
    "too_large": "it is larger than any bundle can be.",
    "tampered": "its contents were changed after it was made.",
    "unknown_sender": "it was not made by a computer this one knows.",
    "wrong_recipient": "it was made for another computer.",
    "damaged": "its contents are damaged.",
    "not_for_this_device": "it holds results for another computer.",
    "device_revoked": "the computer that made it is no longer allowed to send changes.",
    "wrong_district": "it comes from another district.",
}


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    bundle_id: str
    count: int
    first_seq: int
    last_seq: int


@dataclass(frozen=True)
class ImportSummary:
    bundle_id: str
    results: dict[str, int]  # status -> count, for the rows this import settled
    already_known: int  # results a direct sync (or an earlier import) had already settled


def export_changes(
    db: sqlite_utils.Database,
    folder: Path,
    *,
    user_id: str,
    role: str,
    clock: Callable[[], datetime],
) -> ExportSummary:
    """Write every pending change to a new bundle file in `folder` (a USB stick)."""
    if not allowed(role, Action.EXPORT_BUNDLE):
        raise PermissionDenied(f"{role} may not export bundles")
    current = state.load(db)
    box_text = state.get(db, "registry_box_key")
    if not (current.device_id and box_text and state.get(db, "device_keys_registered") == "1"):
        raise BundleNotReady("registry keys or device keys missing")
    signing, _box = keys.device_keys(db)
    rows = db.execute(
        f"SELECT {MUTATION_COLUMNS} FROM outbox WHERE state IN ('pending', 'held')"
        " ORDER BY seq LIMIT ?",
        [MAX_BUNDLE_MUTATIONS],
    ).fetchall()
    if not rows:
        raise NothingToExport("outbox empty")
    mutations = [mutation_from_row(row) for row in rows]
    district = str(db.execute("SELECT value FROM meta WHERE key = 'district'").fetchone()[0])
    now = clock().isoformat(timespec="seconds")
    first, last = mutations[0].device_seq, mutations[-1].device_seq
    data = bundle.seal(
        "changes",
        {"mutations": [m.model_dump(mode="json") for m in mutations]},
        sender=f"device:{current.device_id}",
        district=district,
        created_at=now,
        manifest={"count": len(mutations), "first_seq": first, "last_seq": last},
        signing_key=signing,
        recipient=bundle.box_public(box_text),
    )
    bundle_id = bundle.read_header(data).bundle_id
    stamp = now.replace(":", "").replace("-", "")[:15]
    path = folder / f"{stamp}-{current.device_id[:8]}{BUNDLE_SUFFIX}"
    _write_atomically(path, data)
    with translate_errors(), db.atomic():
        audit.append(
            db,
            at=now,
            user_id=user_id,
            action="export_bundle",
            entity="bundle",
            entity_id=bundle_id,
            detail={"count": len(mutations), "first_seq": first, "last_seq": last},
        )
    log.info("bundle %s written: %d changes", bundle_id, len(mutations))
    return ExportSummary(path, bundle_id, len(mutations), first, last)


def import_results(
    db: sqlite_utils.Database, data: bytes, *, user_id: str, clock: Callable[[], datetime]
) -> ImportSummary:
    """Settle outbox rows from the registry's results bundle. Importing twice is harmless."""
    signing_text = state.get(db, "registry_signing_key")
    device_id = state.load(db).device_id
    if not signing_text or not device_id:
        raise BundleNotReady("registry keys missing")
    _signing, box = keys.device_keys(db)
    try:
        header, payload = bundle.open_bundle(
            data, sender_key=bundle.signing_public(signing_text), recipient=box
        )
    except BundleRefused as exc:
        raise BundleFileRefused(exc.reason) from None
    if header.kind != "results" or header.manifest.get("device_id") != device_id:
        raise BundleFileRefused("not_for_this_device")
    try:
        results = [MutationResult.model_validate(r) for r in _results_list(payload)]
    except ValueError:
        raise BundleFileRefused("damaged") from None
    settled: Counter[str] = Counter()
    known = 0
    now = clock().isoformat(timespec="seconds")
    with translate_errors(), db.atomic():
        for result in results:
            if store_result(db, result, now, unsettled_only=True):
                settled[result.status] += 1
            else:
                known += 1
        audit.append(
            db,
            at=now,
            user_id=user_id,
            action="import_results",
            entity="bundle",
            entity_id=header.bundle_id,
            detail={"settled": dict(settled), "already_known": known},
        )
    return ImportSummary(header.bundle_id, dict(settled), known)


def relay(transport: Transport, data: bytes) -> bytes:
    """An online counter passes a field laptop's bundle to the registry; the answer is the
    results bundle to carry back. The registry checks the bundle; its refusal is raised."""
    try:
        header = bundle.read_header(data)
    except BundleRefused as exc:
        raise BundleFileRefused(exc.reason) from None
    if header.kind != "changes":
        raise BundleFileRefused("not_a_bundle")
    try:
        return transport.post_bytes("/bundles", data)
    except ProtocolError as exc:
        if exc.code.startswith("bundle_"):
            raise BundleFileRefused(exc.code.removeprefix("bundle_")) from None
        raise


def _results_list(payload: Any) -> list[Any]:
    if not isinstance(payload, dict) or not isinstance(payload.get("results"), list):
        raise ValueError("no results")
    return list(payload["results"])


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_suffix(path.suffix + ".part")
    with open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
