"""The reads and writes of one push, batched: a prefetch, an in-memory overlay, one flush.

Applying mutations one SQL statement at a time cost a dozen round trips per mutation (and on
PostgreSQL a round trip is most of the cost). A `Batch` instead reads every row the push
may touch in a few set-based queries up front (`prefetch`), lets the `Applier` read and write
those rows in memory, and writes the outcome at the end with one executemany per table and
kind of statement (`flush`).

The overlay is what the database would hold had each mutation been written as it was applied:
a later mutation of the push sees the rows an earlier one created or changed, its identifiers,
its registry number, its change-log entry (a row changed twice keeps one entry), the district's
counter. Every write is journaled, so a refused mutation is undone exactly (`mark`/`undo`),
which is what the savepoint per mutation used to do.

Sequence numbers are handed out in memory from the counter read under the district lock and
the counter is moved once, at the flush, inside the same transaction: commit order still
equals sequence order (see `store`).

Database constraints are not re-checked here. A flush that fails at the database is rolled
back by the caller, which then applies the push again one mutation per savepoint, each with a
`Batch` of its own (`push.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from sync.protocol import row_digest
from sync.server import store
from sync.server import tables as t

# Parameters per IN list: well under SQLite's limit, and a modest plan for PostgreSQL.
CHUNK = 500

Key = tuple[str, str]
Candidate = tuple[str, str | None, str | None, str | None]

_FULL_ROW = {name: tuple(c.name for c in table.columns) for name, table in t.DATA_TABLES.items()}
_IDENTIFIERS = t.identifier
_DROP_IDENTIFIERS = delete(_IDENTIFIERS).where(_IDENTIFIERS.c.person_id == bindparam("p"))
_DROP_ENTRY = delete(t.change_log).where(
    t.change_log.c.district == bindparam("d"), t.change_log.c.seq == bindparam("s")
)


def chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


class Batch:
    """Rows of one push in memory (district lock held); see the module docstring."""

    def __init__(self, conn: Connection, district: str, seq: int) -> None:
        self.conn, self.district = conn, district
        self.first_seq = self.seq = seq
        # (entity, id) -> the row as the database would now hold it; None: known absent.
        self.rows: dict[Key, dict[str, Any] | None] = {}
        self.identifiers: dict[str, list[list[str]]] = {}
        # Writes waiting for the flush. `created` rows are the same dicts as in `rows`.
        self.created: dict[Key, dict[str, Any]] = {}
        self.changed: dict[Key, set[str]] = {}
        self.removed: dict[Key, None] = {}
        self.identifiers_changed: dict[str, None] = {}
        self.log: dict[int, dict[str, Any]] = {}
        self.log_dropped: list[int] = []
        self.digest: dict[str, list[int]] = {}
        self.records: dict[str, list[dict[str, Any]]] = {}
        # Uniqueness and duplicate lookups: what the database held at the prefetch ...
        self.taken: dict[tuple[str, str], bool] = {}
        self.by_identifier: dict[tuple[str, str], set[str]] = {}
        self.identifier_values: set[str] = set()
        self.by_birth: dict[str, list[Candidate]] = {}
        # ... and what this batch has added since.
        self.new_unique: dict[tuple[str, str], Key] = {}
        self.new_identifier: dict[tuple[str, str], set[str]] = {}
        self.journal: list[Callable[[], None]] = []

    # -- undo ----------------------------------------------------------------------------------

    def mark(self) -> int:
        return len(self.journal)

    def undo(self, mark: int) -> None:
        while len(self.journal) > mark:
            self.journal.pop()()

    # -- prefetch ------------------------------------------------------------------------------

    def prefetch(
        self,
        ids: Mapping[str, set[str]],
        unique: set[tuple[str, str]],
        identifiers: set[str],
        births: set[str],
        per_birth: int,
    ) -> None:
        """Load at once what the mutations may read: rows by id per entity (and a person's
        identifiers), taken registry numbers/references (`unique`: (column key, value)),
        persons holding identifier values, and up to `per_birth` active persons per birth
        date (the blocking key of duplicate detection)."""
        for entity, wanted in ids.items():
            self._load(entity, sorted(i for i in wanted if (entity, i) not in self.rows))
        for key, value in sorted(unique - self.taken.keys()):
            self.taken[(key, value)] = False
        by_column: dict[str, list[str]] = {}
        for key, value in unique:
            by_column.setdefault(key, []).append(value)
        for key, values in by_column.items():
            column = _UNIQUE[key]
            for part in chunks(sorted(values)):
                for (value,) in self.conn.execute(select(column).where(column.in_(part))):
                    self.taken[(key, value)] = True
        values = sorted(identifiers - self.identifier_values)
        self.identifier_values.update(values)
        for part in chunks(values):
            query = select(_IDENTIFIERS.c.type, _IDENTIFIERS.c.value, _IDENTIFIERS.c.person_id)
            for kind, value, person_id in self.conn.execute(
                query.where(_IDENTIFIERS.c.value.in_(part))
            ):
                self.by_identifier.setdefault((kind, value), set()).add(person_id)
        self._load_births(sorted(births - self.by_birth.keys()), per_birth)

    def _load(self, entity: str, ids: list[str]) -> None:
        table = t.DATA_TABLES[entity]
        for part in chunks(ids):
            for key in part:
                self.rows[(entity, key)] = None
            for found in self.conn.execute(select(table).where(table.c.id.in_(part))):
                self.rows[(entity, found.id)] = dict(found._mapping)
            if entity == "person":
                present = [key for key in part if self.rows[("person", key)] is not None]
                for key in present:
                    self.identifiers[key] = []
                query = (
                    select(_IDENTIFIERS.c.person_id, _IDENTIFIERS.c.type, _IDENTIFIERS.c.value)
                    .where(_IDENTIFIERS.c.person_id.in_(present))
                    .order_by(_IDENTIFIERS.c.person_id, _IDENTIFIERS.c.type)
                )
                for person_id, kind, value in self.conn.execute(query) if present else ():
                    self.identifiers[person_id].append([kind, value])

    def _load_births(self, births: list[str], per_birth: int) -> None:
        person = t.person
        for part in chunks(births):
            for birth in part:
                self.by_birth[birth] = []
            # A window caps each birth date's block, as the one query per person used to.
            rank = func.row_number().over(partition_by=person.c.birth_date, order_by=person.c.id)
            inner = (
                select(
                    person.c.id,
                    person.c.given_name,
                    person.c.family_name,
                    person.c.father_name,
                    person.c.birth_date,
                    rank.label("rank"),
                )
                .where(person.c.birth_date.in_(part), person.c.status == "active")
                .subquery()
            )
            query = select(
                inner.c.id,
                inner.c.given_name,
                inner.c.family_name,
                inner.c.father_name,
                inner.c.birth_date,
            ).where(inner.c.rank <= per_birth)
            for key, given, family, father, birth in self.conn.execute(query):
                self.by_birth[birth].append((key, given, family, father))

    # -- reads ---------------------------------------------------------------------------------

    def row(self, entity: str, key: Any) -> dict[str, Any] | None:
        """The row (read-only: write through `insert`/`update`/`remove`), None if absent."""
        if not isinstance(key, str):
            return None
        if (entity, key) not in self.rows:
            self._load(entity, [key])
        return self.rows[(entity, key)]

    def person_identifiers(self, person_id: str) -> list[list[str]]:
        if person_id not in self.identifiers:
            self._load("person", [person_id])
        return [list(pair) for pair in self.identifiers.get(person_id, [])]

    def is_taken(self, key: str, value: str) -> bool:
        """Is this registry number / reference (`key` names the column) given already?"""
        if (key, value) in self.new_unique:
            return True
        if (key, value) not in self.taken:
            self.prefetch({}, {(key, value)}, set(), set(), 0)
        return self.taken[(key, value)]

    def holders(self, kind: str, value: str) -> set[str]:
        """Persons holding this identifier now."""
        if value not in self.identifier_values:
            self.prefetch({}, set(), {value}, set(), 0)
        stale = self.identifiers_changed
        found = {p for p in self.by_identifier.get((kind, value), ()) if p not in stale}
        return found | self.new_identifier.get((kind, value), set())

    def active_born(self, birth: str, exclude: str, per_birth: int) -> list[Candidate]:
        """Active persons but `exclude` born on `birth` (at most `per_birth`), as now held."""
        if birth not in self.by_birth:
            self._load_births([birth], per_birth)
        out: dict[str, Candidate] = {}
        for candidate in self.by_birth[birth]:
            key = candidate[0]
            if ("person", key) not in self.rows:
                out[key] = candidate
        # Rows this batch loaded or wrote are read from the overlay: their status, names or
        # birth date may have changed since the prefetch.
        for (entity, key), row in self.rows.items():
            if (
                entity == "person"
                and row is not None
                and row["birth_date"] == birth
                and row["status"] == "active"
            ):
                out[key] = (key, row["given_name"], row["family_name"], row["father_name"])
        out.pop(exclude, None)
        return [out[key] for key in sorted(out)][:per_birth]

    # -- writes --------------------------------------------------------------------------------

    def insert(self, entity: str, values: Mapping[str, Any], unique: Sequence[str] = ()) -> None:
        """A new row; `unique` names its columns that must stay unique (registry_no ...)."""
        row: dict[str, Any] = dict.fromkeys(_FULL_ROW[entity]) | dict(values)
        key: Key = (entity, str(row["id"]))
        absent = key not in self.rows
        before = self.rows.get(key)
        self.rows[key] = row
        self.created[key] = row
        claimed = [(f"{entity}.{name}", str(row[name])) for name in unique]
        for claim in claimed:
            self.new_unique[claim] = key

        def undo() -> None:
            del self.created[key]
            if absent:
                del self.rows[key]
            else:
                self.rows[key] = before
            for claim in claimed:
                del self.new_unique[claim]

        self.journal.append(undo)

    def update(self, entity: str, key: str, values: Mapping[str, Any]) -> None:
        row = self.rows[(entity, key)]
        assert row is not None
        old = {name: row[name] for name in values}
        row.update(values)
        changed = None
        if (entity, key) not in self.created:
            changed = self.changed.setdefault((entity, key), set())
            added = set(values) - changed
            changed |= added

        def undo() -> None:
            row.update(old)
            if changed is not None:
                changed.difference_update(added)
                if not changed:
                    del self.changed[(entity, key)]

        self.journal.append(undo)

    def remove(self, entity: str, key: str) -> None:
        """Delete a row (enrolments are deleted; persons and households change status)."""
        row_key = (entity, key)
        row = self.rows[row_key]
        created = self.created.pop(row_key, None)
        changed = self.changed.pop(row_key, None)
        self.rows[row_key] = None
        if created is None:
            self.removed[row_key] = None

        def undo() -> None:
            self.rows[row_key] = row
            if created is not None:
                self.created[row_key] = created
            else:
                del self.removed[row_key]
            if changed is not None:
                self.changed[row_key] = changed

        self.journal.append(undo)

    def set_identifiers(self, person_id: str, identifiers: list[list[str]]) -> None:
        before = self.identifiers.get(person_id)
        was_changed = person_id in self.identifiers_changed
        self.identifiers[person_id] = [list(pair) for pair in identifiers]
        self.identifiers_changed[person_id] = None
        dropped = [
            (k, v) for k, v in before or [] if person_id in self.new_identifier.get((k, v), ())
        ]
        for pair in dropped:
            self.new_identifier[pair].discard(person_id)
        added = [(k, v) for k, v in identifiers]
        for pair in added:
            self.new_identifier.setdefault(pair, set()).add(person_id)

        def undo() -> None:
            for pair in added:
                self.new_identifier[pair].discard(person_id)
            for pair in dropped:
                self.new_identifier[pair].add(person_id)
            if before is None:
                del self.identifiers[person_id]
            else:
                self.identifiers[person_id] = before
            if not was_changed:
                del self.identifiers_changed[person_id]

        self.journal.append(undo)

    def record_change(
        self,
        entity: str,
        entity_id: str,
        *,
        version: int,
        previous_seq: int | None,
        op: str = "upsert",
    ) -> int:
        """A change-log entry (dropping the row's previous one), as `store.record_change`."""
        self.seq += 1
        seq = self.seq
        entry = {
            "district": self.district,
            "seq": seq,
            "entity": entity,
            "entity_id": entity_id,
            "op": op,
            "version": version,
        }
        self.log[seq] = entry
        dropped_new = self.log.pop(previous_seq, None) if previous_seq is not None else None
        dropped_old = previous_seq is not None and dropped_new is None
        if dropped_old:
            self.log_dropped.append(previous_seq)  # type: ignore[arg-type]

        def undo() -> None:
            del self.log[seq]
            self.seq -= 1
            if dropped_new is not None:
                self.log[previous_seq] = dropped_new  # type: ignore[index]
            if dropped_old:
                self.log_dropped.pop()

        self.journal.append(undo)
        return seq

    def adjust_digest(
        self, table: str, entity_id: str, old_version: int | None, new_version: int | None
    ) -> None:
        delta, count = 0, 0
        if old_version is not None:
            delta ^= row_digest(entity_id, old_version)
            count -= 1
        if new_version is not None:
            delta ^= row_digest(entity_id, new_version)
            count += 1
        totals = self.digest.setdefault(table, [0, 0])
        totals[0] += count
        totals[1] ^= delta

        def undo() -> None:
            totals[0] -= count
            totals[1] ^= delta

        self.journal.append(undo)

    def add(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Rows for an append-only table (field history, conflicts, duplicate flags ...)."""
        pending = self.records.setdefault(table, [])
        size = len(pending)
        pending.extend(rows)
        self.journal.append(lambda: pending.__delitem__(slice(size, None)))

    # -- flush ---------------------------------------------------------------------------------

    def flush(self) -> None:
        """Write everything, parents before children (foreign keys are checked at once)."""
        conn = self.conn
        if self.seq != self.first_seq:
            last = store.next_seq(conn, self.district, self.seq - self.first_seq)
            if last != self.seq:
                raise RuntimeError("the district counter moved while its lock was held")
        if self.log_dropped:
            conn.execute(_DROP_ENTRY, [{"d": self.district, "s": s} for s in self.log_dropped])
        if self.log:
            conn.execute(insert(t.change_log), [self.log[s] for s in sorted(self.log)])
        for entity in ("household", "person", "enrolment"):
            self._flush_rows(entity)
            if entity == "person":
                self._flush_identifiers()
        for table, (count, delta) in sorted(self.digest.items()):
            if count or delta:
                store.add_digest(conn, self.district, table, count, delta)
        for name, rows in self.records.items():
            if rows:
                conn.execute(insert(t.metadata.tables[name]), rows)
        self.journal.clear()

    def _flush_rows(self, entity: str) -> None:
        table = t.DATA_TABLES[entity]
        created = [row for (kind, _), row in self.created.items() if kind == entity]
        if created:
            self.conn.execute(insert(table), created)
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for (kind, key), names in self.changed.items():
            if kind == entity:
                row = self.rows[(kind, key)]
                assert row is not None
                columns = tuple(sorted(names))
                values = {name: row[name] for name in columns}
                groups.setdefault(columns, []).append(values | {"_id": key})
        for columns, params in groups.items():
            statement = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values({name: bindparam(name) for name in columns})
            )
            self.conn.execute(statement, params)
        removed = [key for kind, key in self.removed if kind == entity]
        if removed:
            self.conn.execute(
                delete(table).where(table.c.id == bindparam("_id")),
                [{"_id": key} for key in removed],
            )

    def _flush_identifiers(self) -> None:
        if not self.identifiers_changed:
            return
        existing = [p for p in self.identifiers_changed if ("person", p) not in self.created]
        if existing:
            self.conn.execute(_DROP_IDENTIFIERS, [{"p": p} for p in existing])
        rows = [
            {"person_id": p, "type": kind, "value": value}
            for p in self.identifiers_changed
            for kind, value in self.identifiers[p]
        ]
        if rows:
            self.conn.execute(insert(_IDENTIFIERS), rows)


_UNIQUE: dict[str, Any] = {
    "person.registry_no": t.person.c.registry_no,
    "household.registry_no": t.household.c.registry_no,
    "enrolment.reference": t.enrolment.c.reference,
}
