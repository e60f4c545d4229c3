"""`POST /push`: a device's mutations, in device-sequence order, each in its own savepoint.

The whole request is one transaction holding the district's write lock (`store.lock_district`):
two pushes of the same batch (a retry racing the original) run one after the other, and the
second finds every mutation stored and returns the stored results. Inside, each mutation has
a savepoint, so a refused or failing mutation leaves nothing behind and never stops the rest.

Per device the registry keeps the next expected sequence number. A mutation past it is
`held` (nothing stored) until the gap is filled; one before it with an unseen id is refused
(`seq_reused`). Results, including refusals, are stored by mutation id and returned unchanged
on a replay.
"""

from __future__ import annotations

import logging
from collections import Counter

from sqlalchemy import Connection, Engine, bindparam, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError

from sync.protocol import Mutation, MutationResult, PushRequest, PushResponse, payload_hash
from sync.server import store
from sync.server import tables as t
from sync.server.apply import Applier, DeviceScope, Rejected
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


_STORED = select(t.mutation.c.payload_hash, t.mutation.c.result).where(
    t.mutation.c.mutation_id == bindparam("m")
)
_STORE = insert(t.mutation)


class PushService:
    def __init__(self, engine: Engine, forms: Forms) -> None:
        self.engine = engine
        self.forms = forms

    def push(self, scope: DeviceScope, request: PushRequest, bytes_in: int) -> PushResponse:
        started = store.now_iso()
        results: dict[int, MutationResult] = {}
        order = sorted(range(len(request.mutations)), key=lambda i: request.mutations[i].device_seq)
        with writing(self.engine) as conn:
            cursor_before = store.lock_district(conn, scope.district)
            next_seq = int(
                conn.execute(
                    select(t.device.c.next_seq).where(t.device.c.id == scope.device_id)
                ).scalar_one()
            )
            applier = Applier(conn, scope, self.forms, registry_today())
            for index in order:
                results[index], next_seq = self._one(
                    conn, applier, scope, request.mutations[index], next_seq
                )
            conn.execute(
                update(t.device)
                .where(t.device.c.id == scope.device_id)
                .values(next_seq=next_seq, last_seen_at=store.now_iso())
            )
            counts: Counter[str] = Counter(result.status for result in results.values())
            cursor_after = store.district_seq(conn, scope.district)[0]
            session = store.Session(
                device_id=scope.device_id,
                kind="push",
                started_at=started,
                user_id=request.mutations[0].user_id if request.mutations else None,
                bytes_in=bytes_in,
                counts=dict(counts),
                cursor_before=cursor_before,
                cursor_after=cursor_after,
            )
            store.record_session(conn, session)
        log.info("push device=%s mutations=%d %s", scope.device_id, len(order), dict(counts))
        return PushResponse(
            results=[results[i] for i in range(len(request.mutations))],
            server_time=store.now_iso(),
            next_device_seq=next_seq,
        )

    def _one(
        self,
        conn: Connection,
        applier: Applier,
        scope: DeviceScope,
        m: Mutation,
        next_seq: int,
    ) -> tuple[MutationResult, int]:
        stored = conn.execute(_STORED, {"m": m.mutation_id}).first()
        if stored is not None:
            if stored.payload_hash == m.payload_hash:
                return MutationResult.model_validate_json(stored.result), next_seq
            store.record_incident(
                conn,
                "payload_mismatch",
                device_id=scope.device_id,
                mutation_id=m.mutation_id,
                detail={"stored_hash": stored.payload_hash, "sent_hash": m.payload_hash},
            )
            log.warning("payload mismatch device=%s mutation=%s", scope.device_id, m.mutation_id)
            message = "this mutation id was received before with another payload"
            return _rejected(m, "payload_mismatch", message, http_status=409), next_seq
        if m.device_seq > next_seq:
            return MutationResult(mutation_id=m.mutation_id, status="held"), next_seq
        if m.device_seq < next_seq:
            result = _rejected(m, "seq_reused", "this device sequence number was used already")
            self._store(conn, scope, m, result)
            return result, next_seq
        result = self._apply(conn, applier, m)
        self._store(conn, scope, m, result)
        return result, next_seq + 1

    def _apply(self, conn: Connection, applier: Applier, m: Mutation) -> MutationResult:
        claimed = payload_hash(
            m.mutation_id, m.entity, m.entity_id, m.op, m.base_version, m.changes
        )
        if claimed != m.payload_hash:
            return _rejected(m, "hash_mismatch", "the payload does not match its hash")
        savepoint = conn.begin_nested()
        try:
            outcome = applier.apply(m)
        except Rejected as refused:
            savepoint.rollback()
            return _rejected(m, refused.reason, refused.message, redirect=refused.redirect)
        except (IntegrityError, DataError):
            savepoint.rollback()
            log.warning("constraint refused mutation=%s", m.mutation_id)
            return _rejected(m, "invalid", "the record breaks a registry constraint")
        except (ValueError, TypeError, KeyError, AttributeError):
            # Odd input that slipped past the checks must not block the device's queue for
            # ever: refuse this mutation, keep the trace for us (ids only, no values).
            savepoint.rollback()
            log.exception("mutation refused on an unexpected error mutation=%s", m.mutation_id)
            return _rejected(m, "invalid", "the registry could not process this mutation")
        savepoint.commit()
        return MutationResult(
            mutation_id=m.mutation_id,
            status=outcome.status,
            version=outcome.version,
            conflict_fields=list(outcome.conflict_fields),
        )

    @staticmethod
    def _store(conn: Connection, scope: DeviceScope, m: Mutation, result: MutationResult) -> None:
        conn.execute(
            _STORE,
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
                "result": result.model_dump_json(),
            },
        )
