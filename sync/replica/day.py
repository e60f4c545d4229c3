"""The supervisor's day on the device: what the counter did, what the registry acknowledged.

Types first (the desktop's reconciliation screen is written against them); the queries that
fill them live below and are reached through `Replica` methods that check the role first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class ClerkTally:
    """One user's work on one day, by what became of it at the registry."""

    user_id: str
    display_name: str
    created: int = 0  # persons and households registered (create mutations)
    updated: int = 0  # edits (update mutations)
    applications: int = 0  # enrolment creates
    acknowledged: int = 0  # applied or merged at the registry
    pending: int = 0  # not yet sent, or sent and not answered
    rejected: int = 0  # refused and not yet resubmitted or discarded
    conflicted: int = 0  # accepted with an identity field queued for review
    held: int = 0


@dataclass(frozen=True)
class RejectedChange:
    mutation_id: str
    entity: str
    entity_id: str
    op: str
    changes: dict[str, list[Any]]  # field -> [old, new] as the outbox stored it
    user_id: str
    display_name: str
    client_time: str
    reason: str | None  # the registry's code, e.g. "invalid", "merged_into"
    message: str | None  # the registry's English sentence
    resolution: str | None = None  # None, "resubmitted" or "discarded"
    resolution_note: str | None = None
    resolved_by: str | None = None
    resolved_at: str | None = None
    superseded_by: str | None = None  # the new mutation id when resubmitted


@dataclass(frozen=True)
class SyncSessionRow:
    id: int
    started_at: str
    ended_at: str | None
    user_id: str | None
    kind: str
    bytes_sent: int
    bytes_received: int
    pushed: int
    applied: int
    merged: int
    conflicted: int
    rejected: int
    held: int
    pulled: int
    cursor_before: int | None
    cursor_after: int | None
    clock_skew_seconds: float | None
    divergence: str | None
    error: str | None


@dataclass(frozen=True)
class LocalSignoff:
    day: str
    user_id: str
    display_name: str
    note: str
    summary: dict[str, int]
    signed_at: str
    sent_at: str | None  # when the registry took it; None while it waits for a sync


@dataclass(frozen=True)
class LateLocalEntry:
    mutation_id: str
    entity: str
    entity_id: str
    op: str
    user_id: str
    client_time: str  # recorded for the signed day ...
    recorded_at: str  # ... but written to the outbox after the sign-off


@dataclass(frozen=True)
class TableAgreement:
    table: str
    local_count: int
    local_hash: int
    server_count: int | None  # None: not compared yet (no sync with a digest)
    server_hash: int | None
    differing_ids: tuple[str, ...] = ()  # filled when they disagree and the repair listed rows

    @property
    def agrees(self) -> bool | None:
        if self.server_count is None:
            return None
        return self.local_count == self.server_count and self.local_hash == self.server_hash


@dataclass(frozen=True)
class DeviceDay:
    day: date
    clerks: tuple[ClerkTally, ...]
    totals: ClerkTally
    pending_total: int  # all pending now, any day
    oldest_pending: str | None  # client_time of the oldest pending change, any day
    rejected: tuple[RejectedChange, ...]  # of this day (unresolved first)
    sync_sessions: tuple[SyncSessionRow, ...]  # started this day
    signoff: LocalSignoff | None
    late_entries: tuple[LateLocalEntry, ...]
    tables: tuple[TableAgreement, ...] = field(default=())


@dataclass(frozen=True)
class DayPoint:
    """One day of the 30-day chart."""

    day: date
    registrations: int
    applications: int
    sync_bytes: int
    rejects: int
