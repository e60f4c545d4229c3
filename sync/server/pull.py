"""What devices read: change-log pages, digests, versions, rows by id, users.

Every read is scoped to the calling device's district.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, Engine, select

from sync.protocol import (
    Change,
    ChangesPage,
    DigestResponse,
    RowsRequest,
    RowsResponse,
    TableDigest,
    UsersResponse,
    VersionsResponse,
)
from sync.server import rows, store
from sync.server import tables as t
from sync.server.db import reading, writing


class ResyncNeeded(Exception):
    """The cursor is older than the retention floor: the device needs a fresh snapshot."""


def _load(conn: Connection, entity: str, ids: list[str], district: str) -> dict[str, Any]:
    if entity in t.DATA_TABLES:
        return rows.data_rows(conn, entity, ids, district)
    if entity == "contribution":
        return rows.contribution_rows(conn, ids, district)
    if entity == "catalog":
        return rows.catalog_rows(conn, ids)
    return {uid: user.model_dump() for uid, user in rows.user_rows(conn, ids, district).items()}


def changes_page(
    conn: Connection, district: str, epoch: str, after: int, limit: int
) -> ChangesPage:
    current = store.current_epoch(conn)
    epoch_changed = epoch != current
    _, floor = store.district_seq(conn, district)
    if after < floor:
        raise ResyncNeeded(f"cursor {after} is older than the retention floor {floor}")
    if epoch_changed:
        # Start again from the beginning of the log, or from the retention floor when older
        # entries were pruned: a device whose cursor is at or past the floor has seen all of
        # them (they precede the backup, so both histories share them).
        after = floor
    entries = conn.execute(
        select(
            t.change_log.c.seq,
            t.change_log.c.entity,
            t.change_log.c.entity_id,
            t.change_log.c.op,
            t.change_log.c.version,
        )
        .where(t.change_log.c.district == district, t.change_log.c.seq > after)
        .order_by(t.change_log.c.seq)
        .limit(limit + 1)
    ).all()
    has_more = len(entries) > limit
    entries = entries[:limit]
    wanted: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        if entry.op == "upsert":
            wanted[entry.entity].append(entry.entity_id)
    loaded = {entity: _load(conn, entity, ids, district) for entity, ids in wanted.items()}
    changes = []
    for entry in entries:
        row = loaded.get(entry.entity, {}).get(entry.entity_id)
        version = int(entry.version)
        if row is not None and entry.entity == "contribution":
            version = int(row.pop("_version"))
        elif row is not None and entry.entity != "catalog":
            version = int(row["version"])
        changes.append(
            Change(
                seq=int(entry.seq),
                entity=entry.entity,
                entity_id=entry.entity_id,
                op="upsert" if row is not None else "delete",
                version=version,
                row=row,
            )
        )
    return ChangesPage(
        epoch=current,
        district=district,
        changes=changes,
        next_after=int(entries[-1].seq) if entries else after,
        has_more=has_more,
        epoch_changed=epoch_changed,
    )


class PullService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def changes(
        self, device_id: str, district: str, epoch: str, after: int, limit: int
    ) -> ChangesPage:
        started = store.now_iso()
        with reading(self.engine) as conn:
            page = changes_page(conn, district, epoch, after, limit)
        with writing(self.engine) as conn:
            session = store.Session(
                device_id=device_id,
                kind="pull",
                started_at=started,
                counts={"changes": len(page.changes)},
                cursor_before=after,
                cursor_after=page.next_after,
            )
            store.record_session(conn, session)
        return page

    def digest(self, district: str) -> DigestResponse:
        with reading(self.engine) as conn:
            cursor = store.district_seq(conn, district)[0]
            found = store.digests(conn, district)
        return DigestResponse(
            cursor=cursor,
            tables={
                name: TableDigest(count=count, xor=f"{xor:016x}")
                for name, (count, xor) in found.items()
            },
        )

    def versions(self, district: str, table_name: str) -> VersionsResponse:
        table = t.DATA_TABLES[table_name]
        with reading(self.engine) as conn:
            found = conn.execute(
                select(table.c.id, table.c.version)
                .where(table.c.district == district)
                .order_by(table.c.id)
            ).all()
        return VersionsResponse(
            table=table_name,
            ids=[row[0] for row in found],
            versions=[int(row[1]) for row in found],
        )

    def rows(self, district: str, request: RowsRequest) -> RowsResponse:
        with reading(self.engine) as conn:
            found = rows.data_rows(conn, request.table, request.ids, district)
        return RowsResponse(
            table=request.table,
            rows=[found[i] for i in request.ids if i in found],
            missing=[i for i in request.ids if i not in found],
        )

    def users(self, district: str) -> UsersResponse:
        with reading(self.engine) as conn:
            return UsersResponse(users=rows.district_users(conn, district))
