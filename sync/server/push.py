"""`POST /push`: a device's mutations, in device-sequence order, applied as one batch.

The whole request is one transaction holding the district's write lock (`store.lock_district`):
two pushes of the same batch (a retry racing the original) run one after the other, and the
second finds every mutation stored and returns the stored results.

The batch is applied in memory (`batch.py`): the rows it touches are read in a few set-based
queries, a refused mutation is undone in memory, and the outcome is written with one statement
per table and kind at the end, inside a savepoint. Only the database can still refuse what the
checks passed (a constraint, a value PostgreSQL cannot store): then that savepoint is rolled
back and the push is applied again one mutation per savepoint, so the offending mutation is
refused and never stops the rest.

A mutation made by a central user whose role (`forms.roles`) does not allow what it does is
refused (`not_permitted`); the batch's users are read in one query. Ids the registry does not
know are the device's own local users and are accepted.

Per device the registry keeps the next expected sequence number. A mutation past it is
`held` (nothing stored) until the gap is filled; one before it with an unseen id is refused
(`seq_reused`). Results, including refusals, are stored by mutation id and returned unchanged
on a replay.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError

from forms.roles import allowed
from sync.protocol import Mutation, MutationResult, PushRequest, PushResponse, payload_hash
from sync.server import permits, store
from sync.server import tables as t
from sync.server.apply import Applier, DeviceScope, Outcome, Rejected
from sync.server.batch import Batch, chunks
from sync.server.db import writing
from sync.server.validation import Forms, registry_today

log = logging.getLogger(__name__)


def _rejected(
    m: Mutation, reason: str, message: str, *, redirect: str | None = None, http_status: int = 200
) -> MutationResult:
    return MutationResult(
        mutation_id=m.mutation_id,
        status="rejected",
        reason=reason,
        message=message,
        redirect=redirect,
        http_status=http_status,
    )


_MUTATION = t.mutation.c
_STORE = insert(t.mutation)


@dataclass
class _Run:
    """One pass over a push: results by request index, stored-result rows, the counters."""

    device_seq: int
    district_seq: int
    results: dict[int, MutationResult] = field(default_factory=dict)
    # mutation id -> (payload hash, result JSON): stored before, or stored by this pass.
    stored: dict[str, tuple[str, str]] = field(default_factory=dict)
    records: list[dict[str, Any]] = field(default_factory=list)
    # user id -> role, for the users of this push that are central users.
    roles: dict[str, str] = field(default_factory=dict)


class PushService:
    def __init__(self, engine: Engine, forms: Forms) -> None:
        self.engine = engine
        self.forms = forms

    def push(self, scope: DeviceScope, request: PushRequest, bytes_in: int) -> PushResponse:
        started = store.now_iso()
        mutations = request.mutations
        order = sorted(range(len(mutations)), key=lambda i: mutations[i].device_seq)
        with writing(self.engine) as conn:
            cursor_before = store.lock_district(conn, scope.district)
            next_seq = int(
                conn.execute(
                    select(t.device.c.next_seq).where(t.device.c.id == scope.device_id)
                ).scalar_one()
            )
            try:
                with conn.begin_nested():
                    run = self._run(conn, scope, mutations, order, next_seq, cursor_before, True)
            except (IntegrityError, DataError):
                log.warning("push refused by the database as a batch device=%s", scope.device_id)
                run = self._run(conn, scope, mutations, order, next_seq, cursor_before, False)
            results = run.results
            conn.execute(
                update(t.device)
                .where(t.device.c.id == scope.device_id)
                .values(next_seq=run.device_seq, last_seen_at=store.now_iso())
            )
            counts: Counter[str] = Counter(result.status for result in results.values())
            cursor_after = store.district_seq(conn, scope.district)[0]
            session = store.Session(
                device_id=scope.device_id,
                kind="push",
                started_at=started,
                user_id=mutations[0].user_id if mutations else None,
                bytes_in=bytes_in,
                counts=dict(counts),
                cursor_before=cursor_before,
                cursor_after=cursor_after,
            )
            store.record_session(conn, session)
        log.info("push device=%s mutations=%d %s", scope.device_id, len(order), dict(counts))
        return PushResponse(
            results=[results[i] for i in range(len(mutations))],
            server_time=store.now_iso(),
            next_device_seq=run.device_seq,
        )

    def _run(
        self,
        conn: Connection,
        scope: DeviceScope,
        mutations: list[Mutation],
        order: list[int],
        device_seq: int,
        district_seq: int,
        bulk: bool,
    ) -> _Run:
        """Apply the push: as one batch (`bulk`), or one mutation per savepoint."""
        run = _Run(device_seq, district_seq)
        ids = sorted({m.mutation_id for m in mutations})
        for part in chunks(ids):
            query = select(_MUTATION.mutation_id, _MUTATION.payload_hash, _MUTATION.result)
            for mutation_id, stored_hash, result in conn.execute(
                query.where(_MUTATION.mutation_id.in_(part))
            ):
                run.stored[mutation_id] = (stored_hash, result)
        run.roles = permits.roles_of(
            conn, {m.user_id for m in mutations if m.mutation_id not in run.stored}
        )
        today = registry_today()
        batch = Batch(conn, scope.district, district_seq)
        applier = Applier(batch, scope, self.forms, today)
        if bulk:
            applier.prefetch([m for m in mutations if m.mutation_id not in run.stored])

        def apply(m: Mutation) -> MutationResult:
            if bulk:
                return self._apply(applier, m)
            return self._apply_alone(conn, scope, m, run, today)

        for index in order:
            run.results[index] = self._one(conn, scope, mutations[index], run, apply)
        if bulk:
            batch.flush()
        if run.records:
            conn.execute(_STORE, run.records)
        return run

    def _one(
        self,
        conn: Connection,
        scope: DeviceScope,
        m: Mutation,
        run: _Run,
        apply: Callable[[Mutation], MutationResult],
    ) -> MutationResult:
        stored = run.stored.get(m.mutation_id)
        if stored is not None:
            if stored[0] == m.payload_hash:
                return MutationResult.model_validate_json(stored[1])
            store.record_incident(
                conn,
                "payload_mismatch",
                device_id=scope.device_id,
                mutation_id=m.mutation_id,
                detail={"stored_hash": stored[0], "sent_hash": m.payload_hash},
            )
            log.warning("payload mismatch device=%s mutation=%s", scope.device_id, m.mutation_id)
            message = "this mutation id was received before with another payload"
            return _rejected(m, "payload_mismatch", message, http_status=409)
        if m.device_seq > run.device_seq:
            return MutationResult(mutation_id=m.mutation_id, status="held")
        if m.device_seq < run.device_seq:
            result = _rejected(m, "seq_reused", "this device sequence number was used already")
        else:
            claimed = payload_hash(
                m.mutation_id, m.entity, m.entity_id, m.op, m.base_version, m.changes
            )
            if claimed != m.payload_hash:
                result = _rejected(m, "hash_mismatch", "the payload does not match its hash")
            elif not _permitted(run, m):
                message = f"the role of user {m.user_id} does not allow this change"
                result = _rejected(m, "not_permitted", message)
            else:
                result = apply(m)
            run.device_seq += 1
        self._store(scope, m, result, run)
        return result

    @staticmethod
    def _apply(applier: Applier, m: Mutation) -> MutationResult:
        """Apply to the batch in memory; a refusal undoes the mutation's writes there."""
        mark = applier.batch.mark()
        try:
            outcome = applier.apply(m)
        except Rejected as refused:
            applier.batch.undo(mark)
            return _rejected(m, refused.reason, refused.message, redirect=refused.redirect)
        except (ValueError, TypeError, KeyError, AttributeError):
            # Odd input that slipped past the checks must not block the device's queue for
            # ever: refuse this mutation, keep the trace for us (ids only, no values).
            applier.batch.undo(mark)
            log.exception("mutation refused on an unexpected error mutation=%s", m.mutation_id)
            return _rejected(m, "invalid", "the registry could not process this mutation")
        return _applied(m, outcome)

    def _apply_alone(
        self, conn: Connection, scope: DeviceScope, m: Mutation, run: _Run, today: date
    ) -> MutationResult:
        """Apply and write one mutation in a savepoint of its own (the slow, sure path)."""
        savepoint = conn.begin_nested()
        try:
            batch = Batch(conn, scope.district, run.district_seq)
            applier = Applier(batch, scope, self.forms, today)
            applier.prefetch([m])
            outcome = applier.apply(m)
            batch.flush()
        except Rejected as refused:
            savepoint.rollback()
            return _rejected(m, refused.reason, refused.message, redirect=refused.redirect)
        except (IntegrityError, DataError):
            savepoint.rollback()
            log.warning("constraint refused mutation=%s", m.mutation_id)
            return _rejected(m, "invalid", "the record breaks a registry constraint")
        except (ValueError, TypeError, KeyError, AttributeError):
            savepoint.rollback()
            log.exception("mutation refused on an unexpected error mutation=%s", m.mutation_id)
            return _rejected(m, "invalid", "the registry could not process this mutation")
        savepoint.commit()
        run.district_seq = batch.seq
        return _applied(m, outcome)

    @staticmethod
    def _store(scope: DeviceScope, m: Mutation, result: MutationResult, run: _Run) -> None:
        """Keep the result for replays; written with the rest of the pass."""
        result_json = result.model_dump_json()
        run.stored[m.mutation_id] = (m.payload_hash, result_json)
        run.records.append(
            {
                "mutation_id": m.mutation_id,
                "device_id": scope.device_id,
                "device_seq": m.device_seq,
                "entity": m.entity,
                "entity_id": m.entity_id,
                "op": m.op,
                "base_version": m.base_version,
                "changes": store.dumps(m.changes),
                "payload_hash": m.payload_hash,
                "user_id": m.user_id,
                "client_time": m.client_time,
                "received_at": store.now_iso(),
                "status": result.status,
                "result": result_json,
            }
        )


def _permitted(run: _Run, m: Mutation) -> bool:
    role = run.roles.get(m.user_id)
    return role is None or allowed(role, permits.mutation_action(m.entity, m.op))


def _applied(m: Mutation, outcome: Outcome) -> MutationResult:
    return MutationResult(
        mutation_id=m.mutation_id,
        status=outcome.status,
        version=outcome.version,
        conflict_fields=list(outcome.conflict_fields),
    )
