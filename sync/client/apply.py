"""Applying the registry's rows to the replica without losing a local edit.

A pulled row replaces the local one column by column, except the columns that a local
mutation still waiting to be sent has changed: those keep the clerk's value, and the
registry's view of them arrives again after the push is acknowledged. Rows are upserted in
place (never deleted and re-inserted) so the search index, keyed by rowid, stays valid; the
index entry is rewritten only when a name changed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlite_utils

from sync.protocol import Change
from sync.replica import search

PENDING_STATES = ("pending", "sending", "held")
NAME_COLUMNS = ("given_name", "family_name", "father_name", "native_name")
# A local edit of the identity document protects the identifier rows as a whole.
IDENTIFIER_FIELDS = frozenset({"id_type", "id_number", "identifiers"})


def table_columns(db: sqlite_utils.Database, table: str) -> tuple[str, ...]:
    return tuple(row[1] for row in db.execute(f"PRAGMA table_info({table})"))


def protected_fields(
    db: sqlite_utils.Database, entity_ids: Iterable[str] | None = None
) -> dict[str, set[str]]:
    """Fields with a local edit not yet acknowledged, per entity id."""
    marks = ", ".join("?" * len(PENDING_STATES))
    rows = db.execute(
        f"SELECT entity_id, op, changes FROM outbox WHERE state IN ({marks})", PENDING_STATES
    ).fetchall()
    wanted = set(entity_ids) if entity_ids is not None else None
    out: dict[str, set[str]] = defaultdict(set)
    for entity_id, op, changes in rows:
        if wanted is not None and entity_id not in wanted:
            continue
        out[entity_id].update(json.loads(changes))
        if op == "delete":
            out[entity_id].add("*")
    return out


class Applier:
    """Upserts pulled rows into one replica; call inside the page's transaction."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.columns = {
            table: table_columns(db, table)
            for table in ("person", "household", "enrolment", "contribution")
        }
        self.users_changed: list[Mapping[str, Any]] = []
        self.catalogs_changed: list[str] = []

    def apply(self, changes: Sequence[Change]) -> int:
        protected = protected_fields(self.db, {c.entity_id for c in changes})
        for change in changes:
            self._apply_one(change, protected.get(change.entity_id, set()))
        return len(changes)

    def _apply_one(self, change: Change, protected: set[str]) -> None:
        if change.op == "delete":
            # A row with a local edit still waiting stays: that push is refused as "deleted"
            # and kept for review instead of vanishing with the row.
            if not protected:
                self.delete(change.entity, change.entity_id)
            return
        row = dict(change.row or {})
        if change.entity == "person":
            self.upsert_person(row, protected)
        elif change.entity in ("household", "enrolment"):
            self.upsert(change.entity, row, protected)
        elif change.entity == "contribution":
            self.upsert(change.entity, row, set(), key=("person_id", "scheme_id"))
        elif change.entity == "catalog":
            self._catalog(row)
        elif change.entity == "user":
            self._user(row)

    # -- tables -----------------------------------------------------------------------------

    def upsert(
        self,
        table: str,
        row: Mapping[str, Any],
        protected: set[str],
        key: tuple[str, ...] = ("id",),
    ) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        columns = [c for c in self.columns[table] if c in row]
        values = {c: row[c] for c in columns}
        where = " AND ".join(f"{k} = ?" for k in key)
        old = self.db.execute(
            f"SELECT * FROM {table} WHERE {where}", [values[k] for k in key]
        ).fetchone()
        existing: dict[str, Any] | None = None
        if old is not None:
            existing = dict(zip(self.columns[table], old, strict=True))
            for name in protected & set(columns):
                values[name] = existing[name]
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
        self.db.execute(
            f"INSERT INTO {table} ({names}) VALUES ({marks})"
            f" ON CONFLICT({', '.join(key)}) DO UPDATE SET {updates}",
            [values[c] for c in columns],
        )
        return existing, values

    def upsert_person(self, row: Mapping[str, Any], protected: set[str]) -> None:
        existing, values = self.upsert("person", row, protected)
        person_id = values["id"]
        identifiers = row.get("identifiers")
        if identifiers is not None and not (protected & IDENTIFIER_FIELDS):
            self.db.execute("DELETE FROM identifier WHERE person_id = ?", [person_id])
            self.db.conn.executemany(
                "INSERT INTO identifier (person_id, type, value) VALUES (?, ?, ?)",
                [(person_id, kind, value) for kind, value in identifiers],
            )
        renamed = existing is None or any(
            existing.get(c) != values.get(c, existing.get(c)) for c in NAME_COLUMNS
        )
        if renamed:
            found = self.db.execute(
                "SELECT rowid, given_name, family_name, father_name, native_name FROM person"
                " WHERE id = ?",
                [person_id],
            ).fetchone()
            if existing is not None:
                search.unindex_person(self.db, found[0])
            search.index_person(self.db, found[0], search.index_text(*found[1:]))

    def delete(self, entity: str, entity_id: str) -> None:
        if entity == "person":
            found = self.db.execute("SELECT rowid FROM person WHERE id = ?", [entity_id]).fetchone()
            if found is None:
                return
            search.unindex_person(self.db, found[0])
            for table in ("identifier", "contribution"):
                self.db.execute(f"DELETE FROM {table} WHERE person_id = ?", [entity_id])
            self.db.execute("DELETE FROM enrolment WHERE person_id = ?", [entity_id])
            self.db.execute("DELETE FROM person WHERE id = ?", [entity_id])
        elif entity in ("household", "enrolment"):
            self.db.execute(f"DELETE FROM {entity} WHERE id = ?", [entity_id])
        elif entity == "contribution":
            person_id, _, scheme_id = entity_id.partition(":")
            self.db.execute(
                "DELETE FROM contribution WHERE person_id = ? AND scheme_id = ?",
                [person_id, scheme_id],
            )

    def _catalog(self, row: Mapping[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO published_catalog (name, version, yaml, received_at)"
            " VALUES (?, ?, ?, datetime('now'))"
            " ON CONFLICT(name) DO UPDATE SET version = excluded.version, yaml = excluded.yaml,"
            " received_at = excluded.received_at WHERE excluded.version > version",
            [row["name"], int(row["version"]), row["yaml"]],
        )
        self.catalogs_changed.append(str(row["name"]))

    def _user(self, row: Mapping[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO central_user (id, username, display_name, role, active, version, sealed)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " username = excluded.username, display_name = excluded.display_name,"
            " role = excluded.role, active = excluded.active, version = excluded.version,"
            " sealed = excluded.sealed",
            [
                row["user_id"],
                row["username"],
                row["display_name"],
                row["role"],
                int(bool(row["active"])),
                int(row["version"]),
                json.dumps(row["sealed"], sort_keys=True),
            ],
        )
        self.db.execute(
            "INSERT INTO users (id, username, display_name, role, active, created_at)"
            " VALUES (?, ?, ?, ?, ?, datetime('now')) ON CONFLICT(id) DO UPDATE SET"
            " username = excluded.username, display_name = excluded.display_name,"
            " role = excluded.role, active = excluded.active",
            [
                row["user_id"],
                row["username"],
                row["display_name"],
                row["role"],
                int(bool(row["active"])),
            ],
        )
        self.users_changed.append(row)
