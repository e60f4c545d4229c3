"""The supervisor's day as the registry saw it: the day report, sign-offs, devices' sync logs.

A day is the calendar date of a mutation's `client_time` (the moment the counter did it, in
the counter's own time), read as the first ten characters of that ISO text. An office is a
district's devices enrolled with that office name.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, select
from sqlalchemy.dialects import postgresql, sqlite

from sync.protocol import (
    DIGEST_TABLES,
    ClerkDay,
    DayReport,
    DaySignoff,
    DaySyncSession,
    LateEntry,
    SignoffRequest,
    SyncLogEntry,
    TableDigest,
)
from sync.server import permits, registry_audit, store
from sync.server import tables as t
from sync.server.db import writing
from sync.server.permits import Actor

TOTAL_ID = ""
TOTAL_NAME = "Total"
STATUS_COUNTS = {
    "applied": "applied",
    "merged": "merged",
    "conflict": "conflicted",
    "rejected": "rejected",
    "held": "held",
}
_M, _D = t.mutation.c, t.device.c
_SYNC_FIELDS = tuple(SyncLogEntry.model_fields)


class AlreadySigned(Exception):
    """The day of this office was signed off before."""


def parse_day(value: str) -> date:
    """A calendar date written YYYY-MM-DD; ValueError otherwise."""
    if len(value) != 10:
        raise ValueError(value)
    return date.fromisoformat(value)


def _day_bounds(day: date) -> tuple[str, str]:
    return day.isoformat(), (day + timedelta(days=1)).isoformat()


def _office_mutations(district: str, office: str, day: date) -> Any:
    """WHERE of the mutations received from the office's devices made on `day`."""
    start, end = _day_bounds(day)
    return and_(
        _D.district == district,
        _D.office == office,
        _M.client_time >= start,
        _M.client_time < end,
    )


def day_report(conn: Connection, district: str, office: str, day: date) -> DayReport:
    joined = t.mutation.join(t.device, _M.device_id == _D.id)
    where = _office_mutations(district, office, day)
    counted = conn.execute(
        select(_M.user_id, _M.entity, _M.op, _M.status, func.count())
        .select_from(joined)
        .where(where)
        .group_by(_M.user_id, _M.entity, _M.op, _M.status)
    ).all()
    signoff = _signoff(conn, district, office, day)
    late: list[LateEntry] = []
    if signoff is not None:
        late = [
            LateEntry(
                mutation_id=r[0],
                entity=r[1],
                entity_id=r[2],
                op=r[3],
                user_id=r[4],
                client_time=r[5],
                received_at=r[6],
            )
            for r in conn.execute(
                select(
                    _M.mutation_id,
                    _M.entity,
                    _M.entity_id,
                    _M.op,
                    _M.user_id,
                    _M.client_time,
                    _M.received_at,
                )
                .select_from(joined)
                .where(where, _M.received_at > signoff.signed_at)
                .order_by(_M.received_at, _M.mutation_id)
            )
        ]
    clerks, totals = _clerks(conn, counted)
    return DayReport(
        district=district,
        office=office,
        day=day.isoformat(),
        clerks=clerks,
        totals=totals,
        sync_sessions=_sessions(conn, district, office, day),
        signoff=signoff,
        late_entries=late,
        open_conflicts=open_conflicts(conn, district),
        digests=_digests(conn, district),
    )


def _clerks(conn: Connection, counted: Sequence[Any]) -> tuple[list[ClerkDay], ClerkDay]:
    tallies: dict[str, dict[str, int]] = {}
    for user_id, entity, op, status, count in counted:
        tally = tallies.setdefault(user_id, {})
        n = int(count)
        if op == "create" and entity in {"person", "household"}:
            tally["created"] = tally.get("created", 0) + n
        elif op == "create" and entity == "enrolment":
            tally["applications"] = tally.get("applications", 0) + n
        elif op == "update":
            tally["updated"] = tally.get("updated", 0) + n
        field = STATUS_COUNTS.get(status)
        if field is not None:
            tally[field] = tally.get(field, 0) + n
    names = permits.display_names(conn, tallies)
    clerks = [
        ClerkDay(user_id=user_id, display_name=names.get(user_id, user_id), **tally)
        for user_id, tally in tallies.items()
    ]
    clerks.sort(key=lambda clerk: (clerk.display_name.casefold(), clerk.user_id))
    total: dict[str, int] = {}
    for tally in tallies.values():
        for name, n in tally.items():
            total[name] = total.get(name, 0) + n
    return clerks, ClerkDay(user_id=TOTAL_ID, display_name=TOTAL_NAME, **total)


def _sessions(conn: Connection, district: str, office: str, day: date) -> list[DaySyncSession]:
    log = t.device_sync_log.c
    start, end = _day_bounds(day)
    query = (
        select(_D.name, *(log[name] for name in ("device_id", *_SYNC_FIELDS)))
        .select_from(t.device_sync_log.join(t.device, log.device_id == _D.id))
        .where(
            _D.district == district,
            _D.office == office,
            log.started_at >= start,
            log.started_at < end,
        )
        .order_by(log.started_at, log.device_id, log.session_id)
    )
    out = []
    for row in conn.execute(query):
        values = dict(zip(_SYNC_FIELDS, row[2:], strict=True))
        out.append(
            DaySyncSession(
                device_id=row[1], device_name=row[0], session=SyncLogEntry.model_validate(values)
            )
        )
    return out


def open_conflicts(conn: Connection, district: str) -> int:
    query = (
        select(func.count())
        .select_from(t.conflict.join(t.device, t.conflict.c.device_id == _D.id))
        .where(_D.district == district, t.conflict.c.status == "open")
    )
    return int(conn.execute(query).scalar_one())


def _digests(conn: Connection, district: str) -> list[TableDigest]:
    found = store.digests(conn, district)
    return [
        TableDigest(count=found[name][0], xor=f"{found[name][1]:016x}") for name in DIGEST_TABLES
    ]


# -- sign-off ----------------------------------------------------------------------------------


def _signoffs(conn: Connection, query: Any) -> list[DaySignoff]:
    rows = conn.execute(query).all()
    names = permits.display_names(conn, (row.user_id for row in rows))
    return [
        DaySignoff(
            district=row.district,
            office=row.office,
            day=row.day,
            user_id=row.user_id,
            display_name=names.get(row.user_id, row.user_id),
            signed_at=row.signed_at,
            note=row.note,
            summary={str(k): int(v) for k, v in json.loads(row.summary).items()},
        )
        for row in rows
    ]


def _signoff(conn: Connection, district: str, office: str, day: date) -> DaySignoff | None:
    s = t.day_signoff.c
    found = _signoffs(
        conn,
        select(t.day_signoff).where(
            s.district == district, s.office == office, s.day == day.isoformat()
        ),
    )
    return found[0] if found else None


def signoffs(conn: Connection, district: str | None, since: date | None) -> list[DaySignoff]:
    s = t.day_signoff.c
    query = select(t.day_signoff).order_by(s.day, s.district, s.office)
    if district:
        query = query.where(s.district == district)
    if since is not None:
        query = query.where(s.day >= since.isoformat())
    return _signoffs(conn, query)


def sign_off(engine: Engine, actor: Actor, day: date, request: SignoffRequest) -> DaySignoff:
    """Record the sign-off of `day` for the actor's office; `AlreadySigned` the second time."""
    with writing(engine) as conn:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        done = conn.execute(
            dialect.insert(t.day_signoff)
            .values(
                district=actor.district,
                office=actor.office,
                day=day.isoformat(),
                user_id=actor.user_id,
                signed_at=store.now_iso(),
                note=request.note,
                summary=store.dumps(request.summary),
            )
            .on_conflict_do_nothing()
            .returning(t.day_signoff.c.day)
        ).first()
        if done is None:
            raise AlreadySigned(f"{day.isoformat()} was signed off already for this office")
        registry_audit.append(
            conn,
            actor=f"user:{actor.user_id}",
            action="sign_day",
            entity="office",
            entity_id=f"{actor.district}/{actor.office}",
            detail={"day": day.isoformat(), "device": actor.device_id},
        )
        found = _signoff(conn, actor.district, actor.office, day)
    assert found is not None
    return found


# -- devices' sync logs --------------------------------------------------------------------------


def store_sync_log(engine: Engine, device_id: str, sessions: Sequence[SyncLogEntry]) -> int:
    """Insert or replace each session by (device, session id); returns how many were stored."""
    if not sessions:
        return 0
    received = store.now_iso()
    rows = [
        session.model_dump() | {"device_id": device_id, "received_at": received}
        for session in {s.session_id: s for s in sessions}.values()
    ]
    with writing(engine) as conn:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(t.device_sync_log)
        replaced = {
            name: statement.excluded[name]
            for name in (*_SYNC_FIELDS, "received_at")
            if name != "session_id"
        }
        conn.execute(
            statement.on_conflict_do_update(
                index_elements=["device_id", "session_id"], set_=replaced
            ),
            rows,
        )
    return len(rows)
