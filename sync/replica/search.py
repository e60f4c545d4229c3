"""The counter's one search box, over the encrypted cache.

What the clerk types is tried, in order, as a registry number, an identity document number
(any formatting, Urdu or Khmer digits), a phone number, and a name. Names are normalised
(`forms.names`) and matched in an FTS5 trigram index in two stages: first the canonical
spelling as typed (cheap, and what a clerk means most of the time), then, only if that leaves
room, a broader query where each word may also match by its phonetic key. A ranking step in
Python orders the candidates by name similarity, so misspellings land near the top.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from forms.digits import normalise_digits, strip_separators
from forms.identifiers import classify_query
from forms.names import name_similarity, normalise_name, phonetic_key, script_of, search_keys
from forms.phones import PhoneError, normalise_phone
from forms.regno import is_registry_no, validate_registry_no

MAX_QUERY_CHARS = 200
CANDIDATES = 300
MIN_TRIGRAM = 3


@dataclass(frozen=True)
class PersonSummary:
    """One row of search results: enough to recognise the person, nothing more."""

    id: str
    registry_no: str
    given_name: str
    family_name: str | None
    father_name: str | None
    native_name: str | None
    sex: str
    birth_date: str | None
    id_type: str | None
    id_number: str | None
    village: str | None
    household_id: str | None
    relationship: str | None
    match: str
    score: float

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)


_SUMMARY_SQL = """
SELECT p.rowid, p.id, p.registry_no, p.given_name, p.family_name, p.father_name,
       p.native_name, p.sex, p.birth_date, i.type, i.value, p.village, p.household_id,
       p.relationship
FROM person p
LEFT JOIN identifier i ON i.person_id = p.id
    AND i.type = (SELECT min(type) FROM identifier WHERE person_id = p.id)
"""


def index_text(
    given_name: str, family_name: str | None, father_name: str | None, native_name: str | None
) -> tuple[str, str, str, str]:
    """The four FTS columns for one person: names, father, native script, phonetic keys."""
    own = search_keys(" ".join(p for p in (given_name, family_name) if p))
    father = search_keys(father_name or "")
    native = normalise_name(native_name or "")
    phonetic = f"{own.phonetic} | {father.phonetic}".strip(" |")
    return own.normalised, father.normalised, native, phonetic


def index_person(db: sqlite_utils.Database, rowid: int, fields: tuple[str, str, str, str]) -> None:
    db.execute(
        "INSERT INTO person_fts (rowid, names, father, native, phonetic) VALUES (?, ?, ?, ?, ?)",
        [rowid, *fields],
    )


def unindex_person(db: sqlite_utils.Database, rowid: int) -> None:
    db.execute("DELETE FROM person_fts WHERE rowid = ?", [rowid])


def search(db: sqlite_utils.Database, text: str, limit: int = 50) -> list[PersonSummary]:
    """Persons matching what the clerk typed, best first."""
    query = text.strip()[:MAX_QUERY_CHARS]
    if not query:
        return []
    exact = _exact_lookups(db, query)
    if exact:
        return exact[:limit]
    return search_names(db, query, limit)


def _exact_lookups(db: sqlite_utils.Database, query: str) -> list[PersonSummary]:
    compact = strip_separators(normalise_digits(query))
    if is_registry_no(query):
        return fetch_summaries(
            db, "WHERE p.registry_no = ?", [validate_registry_no(query)], "registry_no"
        )
    candidates = classify_query(query)
    if candidates:
        found = by_identifier(db, candidates)
        if found:
            return found
    if not compact.lstrip("+").isdigit():
        return []
    try:
        phone = normalise_phone(query, min_digits=9, max_digits=13)
    except PhoneError:
        return []
    return fetch_summaries(db, "WHERE p.phone = ?", [phone], "phone")


def by_identifier(
    db: sqlite_utils.Database, candidates: Sequence[tuple[str, str]]
) -> list[PersonSummary]:
    """Persons holding any of the (identifier type, compact value) pairs."""
    pairs = " OR ".join("(value = ? AND type = ?)" for _ in candidates)
    params = [part for code, value in candidates for part in (value, code)]
    where = f"WHERE p.id IN (SELECT person_id FROM identifier WHERE {pairs})"
    return fetch_summaries(db, where, params, "id")


def search_names(db: sqlite_utils.Database, query: str, limit: int) -> list[PersonSummary]:
    script = script_of(query)
    if script in {"arabic", "khmer"}:
        rowids = _native_rowids(db, query)
    else:
        rowids = _latin_rowids(db, query, limit)
    if not rowids:
        return []
    candidates = _fetch_rowids(db, rowids, "name")
    ranked = sorted(
        (_with_score(c, _score(query, c, script)) for c in candidates),
        key=lambda c: (-c.score, c.given_name, c.registry_no),
    )
    return ranked[:limit]


def _latin_rowids(db: sqlite_utils.Database, query: str, wanted: int) -> list[int]:
    keys = search_keys(query)
    tokens = [t for t in keys.tokens if len(t) >= MIN_TRIGRAM]
    if not tokens:
        return []
    exact = " AND ".join(f"{{names father}} : {_quote(t)}" for t in tokens)
    rowids = _match(db, exact, CANDIDATES)
    # Enough people carry the name as typed: spelling variants would only rank below them.
    if len(rowids) >= wanted:
        return rowids
    broad_terms = [_broad_term(t) for t in tokens]
    rowids = _merge(rowids, _match(db, " AND ".join(broad_terms), CANDIDATES))
    if not rowids and len(broad_terms) > 1:
        rowids = _match(db, " OR ".join(broad_terms), CANDIDATES)
    return rowids


def _broad_term(token: str) -> str:
    key = phonetic_key(token)
    alternatives = [f"{{names father}} : {_quote(token)}"]
    if len(key) >= MIN_TRIGRAM:
        alternatives.append(f"phonetic : {_quote(key)}")
    return "(" + " OR ".join(alternatives) + ")"


def _native_rowids(db: sqlite_utils.Database, query: str) -> list[int]:
    tokens = [t for t in normalise_name(query).split() if len(t) >= MIN_TRIGRAM]
    if not tokens:
        return []
    rowids = _match(db, " AND ".join(f"native : {_quote(t)}" for t in tokens), CANDIDATES)
    if not rowids and len(tokens) > 1:
        rowids = _match(db, " OR ".join(f"native : {_quote(t)}" for t in tokens), CANDIDATES)
    return rowids


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _match(db: sqlite_utils.Database, expression: str, limit: int) -> list[int]:
    rows = db.execute(
        "SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT ?", [expression, limit]
    ).fetchall()
    return [int(row[0]) for row in rows]


def _merge(first: Sequence[int], second: Iterable[int]) -> list[int]:
    out, seen = list(first), set(first)
    for rowid in second:
        if rowid not in seen:
            seen.add(rowid)
            out.append(rowid)
    return out


def _score(query: str, person: PersonSummary, script: str) -> float:
    if script in {"arabic", "khmer"}:
        return name_similarity(query, person.native_name or "")
    own = name_similarity(query, person.full_name)
    if own == 1.0 or not person.father_name or len(query.split()) <= len(person.full_name.split()):
        return own
    # "Ali Aslam" may mean Ali, son of Aslam: count the father's name, a little below own.
    with_father = name_similarity(query, f"{person.full_name} {person.father_name}")
    return max(own, with_father * 0.95)


def _with_score(person: PersonSummary, score: float) -> PersonSummary:
    return PersonSummary(**{**person.__dict__, "score": round(score, 4)})


def _fetch_rowids(
    db: sqlite_utils.Database, rowids: Sequence[int], match: str
) -> list[PersonSummary]:
    marks = ",".join("?" * len(rowids))
    return fetch_summaries(
        db, f"WHERE p.rowid IN ({marks}) AND p.status = 'active'", list(rowids), match
    )


def fetch_summaries(
    db: sqlite_utils.Database, where: str, params: Sequence[object], match: str
) -> list[PersonSummary]:
    """Search-result rows for persons matching a WHERE clause over `person p`."""
    # Straight off the connection: building dicts per row costs more than the query here.
    rows = db.conn.execute(f"{_SUMMARY_SQL} {where}", list(params)).fetchall()
    return [_summary(row, match) for row in rows]


def _summary(row: Sequence[Any], match: str) -> PersonSummary:
    (_, pid, registry_no, given, family, father, native, sex, birth, id_type, id_number) = row[:11]
    village, household_id, relationship = row[11:14]
    return PersonSummary(
        pid,
        registry_no,
        given,
        family,
        father,
        native,
        sex,
        birth,
        id_type,
        id_number,
        village,
        household_id,
        relationship,
        match,
        1.0,
    )


def _unique(people: Iterable[PersonSummary]) -> list[PersonSummary]:
    seen: set[str] = set()
    out: list[PersonSummary] = []
    for person in people:
        if person.id not in seen:
            seen.add(person.id)
            out.append(person)
    return out
