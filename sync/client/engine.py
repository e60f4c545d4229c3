"""One sync cycle: push the outbox, pull the change log, check for divergence.

The engine owns its own connection to the encrypted cache (opened with the key the logged-in
user unlocked), so the counter keeps working while a sync runs; SQLite's WAL lets the two
connections read side by side and the busy timeout orders their writes.

Order of a cycle, and why:
1. `sending` rows go back to `pending` (a crash mid-push left them so; the registry is
   idempotent, so sending them again is safe).
2. Push in device-sequence order, in bounded batches. Each batch is marked `sending` and
   committed before it leaves, and each result is stored as it comes back. When the registry
   says it expects an earlier sequence (it was restored from a backup) the acknowledged
   mutations from there are queued again.
3. Pull pages; each page and the cursor after it commit in one transaction. A new epoch
   re-queues what was acknowledged and starts the log from 0; a 410 downloads a fresh
   snapshot while keeping the outbox.
4. Refill the registry-number block when it runs low.
5. With nothing left to send, compare per-table counts and hashes with the registry and
   repair any difference row by row.
Every cycle is recorded in `sync_session`, success or not.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlite_utils

from sync.client import keys, state
from sync.client.apply import PENDING_STATES, Applier, protected_fields
from sync.client.download import download
from sync.client.errors import NotEnrolled, SyncError
from sync.client.mirror import mirror
from sync.client.transport import ResyncRequired, Transport
from sync.protocol import (
    DEFAULT_PULL_LIMIT,
    DIGEST_TABLES,
    MAX_PUSH_MUTATIONS,
    ChangesPage,
    DigestResponse,
    HealthResponse,
    Mutation,
    MutationResult,
    PushRequest,
    PushResponse,
    RegnoBlock,
    RowsRequest,
    RowsResponse,
    VersionsResponse,
)
from sync.replica.connection import translate_errors
from sync.replica.day import local_digest

log = logging.getLogger(__name__)

REGNO_REFILL_BELOW = 2_000
# Hashing every row costs seconds at a million persons. When nothing moved since the last
# agreement (no push, no pull, same cursor) the full comparison runs at most this often.
RECHECK_UNCHANGED_SECONDS = 3600
REPAIR_BATCH = 1_000
STATE_FOR = {
    "applied": "acked",
    "merged": "acked",
    "conflict": "conflict",
    "rejected": "rejected",
    "held": "held",
}
Progress = Callable[[str, int, int], None]
UsersChanged = Callable[[list[dict[str, Any]]], None]


@dataclass
class SyncReport:
    started_at: str
    ended_at: str | None = None
    pushed: int = 0
    results: Counter[str] = field(default_factory=Counter)
    pulled: int = 0
    cursor_before: int = 0
    cursor_after: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    clock_skew_seconds: float | None = None
    divergence: str = "not checked"
    repaired: int = 0
    epoch_changed: bool = False
    resynced: bool = False
    catalogs_changed: list[str] = field(default_factory=list)
    mirrored: dict[str, int] = field(default_factory=dict)
    revocations: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class SyncEngine:
    """Push, pull and check one replica against the registry. One cycle at a time."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        transport: Transport,
        *,
        user_id: str | None,
        clock: Callable[[], datetime],
        progress: Progress | None = None,
        on_users: UsersChanged | None = None,
    ) -> None:
        self.db = db
        self.transport = transport
        self.user_id = user_id
        self.clock = clock
        self.progress = progress
        self.on_users = on_users

    # -- the cycle --------------------------------------------------------------------------

    def run(self) -> SyncReport:
        current = state.load(self.db)
        if not current.enrolled:
            raise NotEnrolled("no registry configured")
        report = SyncReport(started_at=self._now(), cursor_before=current.cursor)
        sent0, received0 = self.transport.counters.sent, self.transport.counters.received
        try:
            self._recover()
            self._check_epoch(report)
            self._timed(report, "keys", self._keys)
            self._timed(report, "push", self._push)
            self._timed(report, "pull", self._pull)
            if report.epoch_changed and self._count_pending():
                self._timed(report, "push", self._push)
                self._timed(report, "pull", self._pull)
            self._refill_regno()
            self._timed(report, "mirror", self._mirror)
            self._timed(report, "check", self._check)
            with translate_errors(), self.db.atomic():
                state.put(self.db, "last_sync_at", self._now())
        except SyncError as exc:
            report.error = type(exc).__name__
            raise
        finally:
            report.ended_at = self._now()
            report.cursor_after = state.load(self.db).cursor
            report.bytes_sent = self.transport.counters.sent - sent0
            report.bytes_received = self.transport.counters.received - received0
            report.clock_skew_seconds = self._skew()
            self._record(report)
        log.info(
            "sync done: pushed %d %s, pulled %d, divergence %s",
            report.pushed,
            dict(report.results),
            report.pulled,
            report.divergence,
        )
        return report

    @staticmethod
    def _timed(report: SyncReport, phase: str, step: Callable[[SyncReport], None]) -> None:
        started = time.perf_counter()
        try:
            step(report)
        finally:
            spent = time.perf_counter() - started
            report.seconds[phase] = round(report.seconds.get(phase, 0.0) + spent, 3)

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    def _skew(self) -> float | None:
        server = self.transport.last_server_date
        if server is None:
            return None
        return round(self.clock().timestamp() - server, 1)

    def _recover(self) -> None:
        with translate_errors(), self.db.atomic():
            self.db.execute(
                "UPDATE outbox SET state = 'pending' WHERE state IN ('sending', 'held')"
            )

    def _check_epoch(self, report: SyncReport) -> None:
        """A registry restored from a backup has a new epoch and may have lost what it had
        acknowledged: send all of it again (idempotent) before anything else, and read its
        change log from the start."""
        health = self.transport.get("/health", HealthResponse)
        known = state.get(self.db, "epoch")
        if not known or health.epoch == known:
            return
        report.epoch_changed = True
        requeued = self.requeue_acknowledged()
        with translate_errors(), self.db.atomic():
            state.put(self.db, "epoch", health.epoch)
            state.put(self.db, "cursor", 0)
        log.warning("registry epoch changed; re-sending %d mutations", requeued)

    # -- push -------------------------------------------------------------------------------

    def _push(self, report: SyncReport) -> None:
        total = self._count_pending()
        sent = 0
        while True:
            batch = self._next_batch()
            if not batch:
                return
            with translate_errors(), self.db.atomic():
                self.db.execute(
                    f"UPDATE outbox SET state = 'sending', attempts = attempts + 1"
                    f" WHERE seq IN ({', '.join('?' * len(batch))})",
                    [m.device_seq for m in batch],
                )
            response = self.transport.post("/push", PushRequest(mutations=batch), PushResponse)
            self._store_results(batch, response.results, report)
            sent += len(batch)
            report.pushed += len(batch)
            if self.progress:
                self.progress("push", sent, total)
            if self._requeue_from(response.next_device_seq):
                continue
            if any(r.status == "held" for r in response.results):
                return  # a gap the registry is waiting on; the next cycle tries again

    def _count_pending(self) -> int:
        row = self.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()
        return int(row[0])

    def _next_batch(self) -> list[Mutation]:
        rows = self.db.execute(
            f"SELECT {MUTATION_COLUMNS} FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?",
            [MAX_PUSH_MUTATIONS],
        ).fetchall()
        return [mutation_from_row(row) for row in rows]

    def _store_results(
        self, batch: list[Mutation], results: list[MutationResult], report: SyncReport
    ) -> None:
        by_id = {r.mutation_id: r for r in results}
        now = self._now()
        with translate_errors(), self.db.atomic():
            for mutation in batch:
                result = by_id.get(mutation.mutation_id)
                if result is None:
                    # Not answered: treat as not sent; it goes again next time.
                    self.db.execute(
                        "UPDATE outbox SET state = 'pending' WHERE seq = ?", [mutation.device_seq]
                    )
                    continue
                report.results[result.status] += 1
                store_result(self.db, result, now)

    def _requeue_from(self, expected: int) -> bool:
        """The registry expects an earlier sequence than we hold: it lost acknowledged
        mutations (restored from a backup). Queue them again; True when anything was."""
        with translate_errors(), self.db.atomic():
            cursor = self.db.execute(
                "UPDATE outbox SET state = 'pending' WHERE seq >= ?"
                " AND state IN ('acked', 'conflict')"
                " AND EXISTS (SELECT 1 FROM outbox WHERE state = 'held')",
                [expected],
            )
            requeued = cursor.rowcount
            if requeued:
                self.db.execute("UPDATE outbox SET state = 'pending' WHERE state = 'held'")
        if requeued:
            log.warning("registry expects device sequence %d: re-sending %d", expected, requeued)
        return requeued > 0

    def requeue_acknowledged(self) -> int:
        with translate_errors(), self.db.atomic():
            cursor = self.db.execute(
                "UPDATE outbox SET state = 'pending' WHERE state IN ('acked', 'conflict')"
            )
        return cursor.rowcount

    # -- pull -------------------------------------------------------------------------------

    def _pull(self, report: SyncReport) -> None:
        current = state.load(self.db)
        epoch, after = current.epoch or "", current.cursor
        try:
            while True:
                page = self.transport.get(
                    "/changes",
                    ChangesPage,
                    {"epoch": epoch, "after": after, "limit": DEFAULT_PULL_LIMIT},
                )
                if page.epoch_changed and not report.epoch_changed:
                    report.epoch_changed = True
                    requeued = self.requeue_acknowledged()
                    log.warning("registry epoch changed; re-sending %d mutations", requeued)
                self._apply_page(page, report)
                epoch, after = page.epoch, page.next_after
                if self.progress:
                    self.progress("pull", report.pulled, 0)
                if not page.has_more:
                    return
        except ResyncRequired:
            log.warning("cursor older than the registry keeps: downloading a fresh snapshot")
            report.resynced = True
            download(self.db, self.transport, self.progress)

    def _apply_page(self, page: ChangesPage, report: SyncReport) -> None:
        applier = Applier(self.db)
        with translate_errors(), self.db.atomic():
            applier.apply(page.changes)
            state.put(self.db, "epoch", page.epoch)
            state.put(self.db, "cursor", page.next_after)
        report.pulled += len(page.changes)
        report.catalogs_changed += applier.catalogs_changed
        if applier.users_changed and self.on_users:
            self.on_users([dict(u) for u in applier.users_changed])

    # -- registry numbers -------------------------------------------------------------------

    def _refill_regno(self) -> None:
        row = self.db.execute(
            "SELECT coalesce(sum(end - next + 1), 0) FROM regno_block WHERE next <= end"
        ).fetchone()
        if int(row[0]) >= REGNO_REFILL_BELOW:
            return
        block = self.transport.post("/regno-blocks", None, RegnoBlock)
        with translate_errors(), self.db.atomic():
            self.db.execute(
                "INSERT INTO regno_block (start, end, next, source) VALUES (?, ?, ?, 'registry')",
                [block.start, block.end, block.start],
            )

    # -- keys and copies the registry keeps -------------------------------------------------

    def _keys(self, report: SyncReport) -> None:
        report.revocations = keys.exchange(self.db, self.transport)

    def _mirror(self, report: SyncReport) -> None:
        report.mirrored = mirror(self.db, self.transport, self._now())

    # -- divergence check -------------------------------------------------------------------

    def _check(self, report: SyncReport) -> None:
        marks = ", ".join("?" * len(PENDING_STATES))
        waiting = self.db.execute(
            f"SELECT count(*) FROM outbox WHERE state IN ({marks})", PENDING_STATES
        ).fetchone()[0]
        if waiting:
            report.divergence = "not checked: changes still waiting"
            return
        cursor = state.load(self.db).cursor
        if self._recently_agreed(report, cursor):
            report.divergence = "agree (nothing changed since the last check)"
            return
        remote = self.transport.get("/digest", DigestResponse)
        if remote.cursor != cursor:
            report.divergence = "not checked: registry moved on"
            return
        differing = [t for t in DIGEST_TABLES if local_digest(self.db, t) != _pair(remote, t)]
        if not differing:
            report.divergence = "agree"
            self._agreed(cursor)
            self._keep_server_digest(remote, {})
            return
        left: dict[str, list[str]] = {}
        for table in differing:
            repaired, kept = self._repair(table)
            report.repaired += repaired
            if kept:
                left[table] = kept
        still = [t for t in DIGEST_TABLES if local_digest(self.db, t) != _pair(remote, t)]
        self._keep_server_digest(remote, {t: left.get(t, []) for t in still})
        if not still:
            self._agreed(cursor)
        report.divergence = (
            f"repaired {', '.join(differing)}"
            if not still
            else f"differs: {', '.join(still)} (local rows the registry refused)"
        )

    def _recently_agreed(self, report: SyncReport, cursor: int) -> bool:
        if report.pushed or report.pulled or report.resynced or report.epoch_changed:
            return False
        if state.get(self.db, "digest_cursor") != str(cursor):
            return False
        checked = state.get(self.db, "digest_checked_at")
        if checked is None:
            return False
        age = (self.clock() - datetime.fromisoformat(checked)).total_seconds()
        return 0 <= age < RECHECK_UNCHANGED_SECONDS  # a clock set back checks again

    def _agreed(self, cursor: int) -> None:
        with translate_errors(), self.db.atomic():
            state.put(self.db, "digest_cursor", cursor)
            state.put(self.db, "digest_checked_at", self._now())

    def _keep_server_digest(self, remote: DigestResponse, differing: dict[str, list[str]]) -> None:
        """The registry's digest and the rows still differing, for the supervisor's day."""
        value = {
            "at": self._now(),
            "tables": {t: [d.count, d.xor] for t, d in remote.tables.items()},
            "differing": differing,
        }
        with translate_errors(), self.db.atomic():
            state.put(self.db, "last_server_digest", json.dumps(value, sort_keys=True))

    def _repair(self, table: str) -> tuple[int, list[str]]:
        """Bring one table in line with the registry: fetch missing or stale rows, drop rows
        the registry does not have, except those a local mutation is still about. Returns the
        rows changed and the local-only rows kept (they differ until their mutation settles)."""
        remote = self.transport.get(f"/versions/{table}", VersionsResponse)
        theirs = dict(zip(remote.ids, remote.versions, strict=True))
        ours = dict(self.db.execute(f"SELECT id, version FROM {table}").fetchall())
        keep = set(protected_fields(self.db)) | self._refused_ids()
        fetch = [i for i, v in theirs.items() if ours.get(i) != v]
        drop = [i for i in ours if i not in theirs and i not in keep]
        applier = Applier(self.db)
        for start in range(0, len(fetch), REPAIR_BATCH):
            ids = fetch[start : start + REPAIR_BATCH]
            answer = self.transport.post(
                "/rows",
                RowsRequest.model_validate({"table": table, "ids": ids}),
                RowsResponse,
            )
            with translate_errors(), self.db.atomic():
                for row in answer.rows:
                    if table == "person":
                        applier.upsert_person(row, set())
                    else:
                        applier.upsert(table, row, set())
        with translate_errors(), self.db.atomic():
            for entity_id in drop:
                applier.delete(table, entity_id)
        log.warning("repaired %s: %d fetched, %d dropped", table, len(fetch), len(drop))
        kept = sorted(i for i in ours if i not in theirs and i in keep)
        return len(fetch) + len(drop), kept

    def _refused_ids(self) -> set[str]:
        rows = self.db.execute(
            "SELECT entity_id FROM outbox WHERE state IN ('rejected', 'conflict') AND op = 'create'"
        )
        return {row[0] for row in rows}

    # -- the log ----------------------------------------------------------------------------

    def _record(self, report: SyncReport) -> None:
        try:
            with translate_errors(), self.db.atomic():
                self.db.execute(
                    "INSERT INTO sync_session (started_at, ended_at, user_id, kind, bytes_sent,"
                    " bytes_received, pushed, applied, merged, conflicted, rejected, held,"
                    " pulled, cursor_before, cursor_after, clock_skew_seconds, divergence, error)"
                    " VALUES (?, ?, ?, 'sync', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        report.started_at,
                        report.ended_at,
                        self.user_id,
                        report.bytes_sent,
                        report.bytes_received,
                        report.pushed,
                        report.results["applied"],
                        report.results["merged"],
                        report.results["conflict"],
                        report.results["rejected"],
                        report.results["held"],
                        report.pulled,
                        report.cursor_before,
                        report.cursor_after,
                        report.clock_skew_seconds,
                        report.divergence,
                        report.error,
                    ],
                )
        except Exception:  # the log must never turn a finished sync into a failed one
            log.exception("could not record the sync session")


def store_result(
    db: sqlite_utils.Database, result: MutationResult, now: str, *, unsettled_only: bool = False
) -> bool:
    """Write the registry's answer to its outbox row (inside the caller's transaction).
    `unsettled_only` leaves rows that already have an answer alone (a results bundle arriving
    after a direct sync); returns whether a row changed."""
    state_after = STATE_FOR[result.status]
    cursor = db.execute(
        "UPDATE outbox SET state = ?, result = ?, server_version = ?, last_error = ?,"
        " acked_at = CASE WHEN ? IN ('acked', 'conflict') THEN ? ELSE acked_at END"
        " WHERE mutation_id = ?"
        + (" AND state IN ('pending', 'sending', 'held')" if unsettled_only else ""),
        [
            state_after,
            result.model_dump_json(),
            result.version,
            result.reason,
            state_after,
            now,
            result.mutation_id,
        ],
    )
    return bool(cursor.rowcount)


MUTATION_COLUMNS = (
    "mutation_id, seq, entity, entity_id, op, base_version, changes, payload_hash, user_id,"
    " client_time"
)


def mutation_from_row(row: Sequence[Any]) -> Mutation:
    """An outbox row (selected as MUTATION_COLUMNS) as the registry receives it."""
    return Mutation(
        mutation_id=row[0],
        device_seq=row[1],
        entity=row[2],
        entity_id=row[3],
        op=row[4],
        base_version=row[5],
        changes=json.loads(row[6]),
        payload_hash=row[7],
        user_id=row[8],
        client_time=row[9],
    )


def _pair(remote: DigestResponse, table: str) -> tuple[int, str]:
    digest = remote.tables.get(table)
    return (-1, "") if digest is None else (digest.count, digest.xor)
