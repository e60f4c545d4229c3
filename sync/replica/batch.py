"""The whole cache checked against the catalog: how many people qualify for each scheme.

A coverage summary (scheme × status counts) for reports and the benchmark. Work is split by
household across worker processes, each opening its own read connection to the encrypted
file with the key handed over in memory (never on disk); the caller's process has already
verified the file. Rows are read straight off the cursor, household by household, so
household-level rules run once per household.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from forms.eligibility import STATUS_BY_CODE, Applicant, Evaluator
from sync.replica.connection import open_encrypted
from sync.replica.entitlements import catalog_in_force

# Only what eligibility rules can read: names and contact details stay on disk.
_RULE_COLUMNS = (
    "id, household_id, sex, birth_date, death_date, marital_status, relationship, pregnant,"
    " wg_seeing, wg_hearing, wg_walking, wg_cognition, wg_selfcare, wg_communication"
)
_PERSONS_SQL = (
    f"SELECT {_RULE_COLUMNS} FROM person"
    " WHERE status = 'active' AND household_id >= ? AND household_id < ? ORDER BY household_id"
)


@dataclass
class CoverageSummary:
    """Counts of persons per (scheme, status) on one day."""

    on: date
    persons: int = 0
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    seconds: float = 0.0

    def merge(self, other: CoverageSummary) -> None:
        self.persons += other.persons
        self.counts.update(other.counts)


def coverage(
    db_path: Path, key: bytes, catalog_name: str, on: date, workers: int = 2
) -> CoverageSummary:
    """Evaluate every active person; `workers` processes share the households."""
    started = time.perf_counter()
    ranges = _household_ranges(db_path, key, workers)
    summary = CoverageSummary(on)
    if workers <= 1 or len(ranges) <= 1:
        parts = [
            _evaluate_range((db_path, key, catalog_name, on, low, high)) for low, high in ranges
        ]
    else:
        context = multiprocessing.get_context("spawn")
        jobs = [(db_path, key, catalog_name, on, low, high) for low, high in ranges]
        with context.Pool(len(jobs)) as pool:
            parts = pool.map(_evaluate_range, jobs)
    for part in parts:
        summary.merge(part)
    summary.seconds = time.perf_counter() - started
    return summary


def _household_ranges(db_path: Path, key: bytes, workers: int) -> list[tuple[str, str]]:
    db = open_encrypted(db_path, key, create=False, verify=False)
    try:
        total = db.execute("SELECT count(*) FROM household").fetchone()[0]
        step = max(1, total // max(1, workers))
        bounds = [
            row[0]
            for row in db.execute(
                "SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM household)"
                " WHERE (n - 1) % ? = 0 ORDER BY id",
                [step],
            )
        ]
    finally:
        db.close()
    edges = [*bounds[:workers], "\uffff"]
    return [(edges[i], edges[i + 1]) for i in range(len(edges) - 1)] or [("", "\uffff")]


def _evaluate_range(job: tuple[Path, bytes, str, date, str, str]) -> CoverageSummary:
    db_path, key, catalog_name, on, low, high = job
    summary = CoverageSummary(on)
    tally: Counter[tuple[int, ...]] = Counter()
    db = open_encrypted(db_path, key, create=False, verify=False)
    try:
        evaluator = Evaluator(catalog_in_force(db, catalog_name))
        households = _rows(
            db.conn,
            "SELECT id, poverty_score, poverty_level FROM household WHERE id >= ? AND id < ?",
            [low, high],
        )
        by_id = {row["id"]: row for row in households}
        contributions = _contributions(db.conn)
        own, shared = _enrolments(db.conn)
        for household_id, members in _grouped(_rows(db.conn, _PERSONS_SQL, [low, high])):
            household = by_id.get(household_id)
            household_enrolments = shared.get(household_id or "", {})
            for member in members:
                applicant = Applicant(
                    person=member,
                    household=household,
                    members=members,
                    contributions=contributions.get(member["id"], {}),
                    enrolments={**household_enrolments, **own.get(member["id"], {})},
                )
                tally[evaluator.status_codes(applicant, on)] += 1
    finally:
        db.close()
    # Tallied by the tuple of small status codes (cheap to hash), expanded once at the end.
    schemes = evaluator.schemes_on(on)
    for codes, persons in tally.items():
        summary.persons += persons
        for scheme, code in zip(schemes, codes, strict=True):
            summary.counts[(scheme.id, STATUS_BY_CODE[code].value)] += persons
    return summary


def _rows(conn: Any, sql: str, params: Sequence[object]) -> Iterator[dict[str, Any]]:
    cursor = conn.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def _grouped(
    persons: Iterator[dict[str, Any]],
) -> Iterator[tuple[str | None, tuple[dict[str, Any], ...]]]:
    current: list[dict[str, Any]] = []
    for person in persons:
        if current and person["household_id"] != current[0]["household_id"]:
            yield current[0]["household_id"], tuple(current)
            current = []
        current.append(person)
    if current:
        yield current[0]["household_id"], tuple(current)


def _contributions(conn: Any) -> dict[str, dict[str, int]]:
    # Read whole and in order: a join to person by household would cost one random row
    # lookup per summary in the encrypted file, far more than the few extra rows.
    out: dict[str, dict[str, int]] = {}
    for person_id, scheme_id, months in conn.execute(
        "SELECT person_id, scheme_id, months FROM contribution"
    ):
        out.setdefault(person_id, {})[scheme_id] = int(months)
    return out


def _enrolments(conn: Any) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """Enrolments by person, and household-unit enrolments by household."""
    own: dict[str, dict[str, str]] = {}
    shared: dict[str, dict[str, str]] = {}
    for person_id, household_id, scheme_id, status in conn.execute(
        "SELECT person_id, household_id, scheme_id, status FROM enrolment"
    ):
        target = (
            shared.setdefault(household_id, {}) if household_id else own.setdefault(person_id, {})
        )
        target[scheme_id] = status
    return own, shared
