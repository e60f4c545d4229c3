"""What the registry keeps a copy of besides the data: the audit chain, the sync log, sign-offs.

Run in every sync cycle after the pull. Each part picks up where the registry says it stopped,
so a lost answer or a crash only means sending something again, which the registry ignores
when it already has it. A registry that does not know an endpoint yet (an older version) or
refuses one part never fails the cycle: the data itself has already been exchanged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

import sqlite_utils

from sync.client import state
from sync.client.errors import ProtocolError
from sync.client.supervision import DayAlreadySigned, NotPermittedByRegistry, Supervision
from sync.client.transport import Transport
from sync.protocol import (
    MAX_AUDIT_PUSH,
    MAX_SYNC_LOG_PUSH,
    AuditPush,
    AuditPushResponse,
    AuditRecord,
    SyncLogEntry,
    SyncLogPush,
    SyncLogPushResponse,
)
from sync.replica import audit, day
from sync.replica.connection import translate_errors

log = logging.getLogger(__name__)

SYNC_LOG_COLUMNS = (
    "id, user_id, kind, started_at, ended_at, bytes_sent, bytes_received, pushed, applied,"
    " merged, conflicted, rejected, held, pulled, cursor_before, cursor_after,"
    " clock_skew_seconds, divergence, error"
)


def mirror(db: sqlite_utils.Database, transport: Transport, now: str) -> dict[str, int]:
    """Send every part; return how many of each went. Network failures propagate."""
    sent = {"audit": 0, "sync_log": 0, "signoffs": 0}
    steps: tuple[tuple[str, Callable[[], int]], ...] = (
        ("audit", lambda: push_audit(db, transport)),
        ("sync_log", lambda: push_sync_log(db, transport)),
        ("signoffs", lambda: push_signoffs(db, transport, now)),
    )
    for name, step in steps:
        try:
            sent[name] = step()
        except ProtocolError as exc:
            log.warning("registry refused the %s mirror: %s", name, exc)
    return sent


def push_audit(db: sqlite_utils.Database, transport: Transport) -> int:
    """The device's audit rows the registry does not have yet, in order, in batches."""
    if state.get(db, audit.MIRRORED_KEY) is None:  # never asked: start from the registry's
        head = transport.get("/audit/head", AuditPushResponse).stored_through
        with translate_errors(), db.atomic():
            audit.set_mirrored_through(db, head)
    through = audit.mirrored_through(db)
    sent = 0
    while True:
        rows = audit.audit_entries_after(db, through, MAX_AUDIT_PUSH)
        if not rows:
            return sent
        entries = [AuditRecord.model_validate(row) for row in rows]
        try:
            answer = transport.post("/audit", AuditPush(entries=entries), AuditPushResponse)
        except ProtocolError as exc:
            if exc.code != "audit_gap":
                raise
            # Our bookmark is ahead of or behind the registry's copy: start from its head.
            answer = transport.get("/audit/head", AuditPushResponse)
            if answer.stored_through == through:
                raise
        sent += max(0, answer.stored_through - through)
        through = answer.stored_through
        with translate_errors(), db.atomic():
            audit.set_mirrored_through(db, through)


def push_sync_log(db: sqlite_utils.Database, transport: Transport) -> int:
    """Finished sync sessions not yet sent (the current one goes with the next cycle)."""
    through = _int(state.get(db, "sync_log_sent_through")) or 0
    rows = db.execute(
        f"SELECT {SYNC_LOG_COLUMNS} FROM sync_session WHERE id > ? AND ended_at IS NOT NULL"
        " ORDER BY id LIMIT ?",
        [through, MAX_SYNC_LOG_PUSH],
    ).fetchall()
    if not rows:
        return 0
    names = [c.strip() for c in SYNC_LOG_COLUMNS.split(",")]
    sessions = []
    for row in rows:
        values = dict(zip(names, row, strict=True))
        values["session_id"] = values.pop("id")
        sessions.append(SyncLogEntry.model_validate(values))
    answer = transport.post("/sync-log", SyncLogPush(sessions=sessions), SyncLogPushResponse)
    with translate_errors(), db.atomic():
        state.put(db, "sync_log_sent_through", rows[-1][0])
    return answer.stored


def push_signoffs(db: sqlite_utils.Database, transport: Transport, now: str) -> int:
    """Days signed on this computer that the registry has not recorded yet."""
    sent = 0
    for signoff in day.pending_signoffs(db):
        try:
            Supervision(transport, signoff.user_id).sign_off(
                date.fromisoformat(signoff.day), signoff.note, dict(signoff.summary)
            )
        except DayAlreadySigned:
            log.warning("day already signed at the registry; keeping the registry's sign-off")
        except NotPermittedByRegistry:
            log.warning("registry refused a sign-off: the signer's role does not allow it")
            continue
        with translate_errors():
            day.mark_signoff_sent(db, date.fromisoformat(signoff.day), now)
        sent += 1
    return sent


def _int(value: str | None) -> int | None:
    try:
        return None if value is None else int(value)
    except ValueError:
        return None
