"""Entitlements from the local cache: who qualifies for what, why, and applying.

The rules live in the scheme catalog (`forms.catalog`) and are evaluated by
`forms.eligibility`; this module only gathers an applicant's facts from the replica (person,
household and members, contribution summaries, enrolments) and records applications. An
application is refused unless the scheme is ELIGIBLE for the person on the day, with the
reason; an accepted one is written with its audit row and outbox mutation in one transaction.
"""

from __future__ import annotations

import base64
import logging
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlite_utils
from uuid6 import uuid7

from forms.catalog import Catalog, CatalogError, CatalogStore, Scheme, load_catalog
from forms.eligibility import Applicant, Evaluator, Outcome, SchemeResult, Status
from forms.roles import Action
from sync.replica import audit, outbox
from sync.replica.access import require
from sync.replica.connection import translate_errors
from sync.replica.errors import ReplicaError, Term, Value
from sync.replica.persons import Actor

log = logging.getLogger(__name__)

ENROLLED = ("applied", "approved", "active")
_STRENGTH = {"active": 5, "approved": 4, "applied": 3, "suspended": 2, "exited": 1, "rejected": 0}


class ApplicationRefused(ReplicaError):
    """Applying was refused. `user_message` is the reason's template, its `user_args` name
    the scheme (`{scheme}`) and the schemes, fields or criteria behind it as `Term`s; `status`,
    `scheme_id` and `details` (scheme ids, field names or criterion ids) say the same as data.
    """

    def __init__(
        self,
        *,
        user_message: str,
        status: Status | None = None,
        scheme: Scheme | None = None,
        details: tuple[str, ...] = (),
        **terms: tuple[Term, ...],
    ) -> None:
        scheme_id = scheme.id if scheme is not None else None
        values: dict[str, Value] = dict(terms)
        if scheme is not None:
            values["scheme"] = scheme_term(scheme)
        ids = f" {scheme_id}: {status.value} ({', '.join(details)})" if status else ""
        super().__init__(f"application refused{ids}", user_message=user_message, user_args=values)
        self.status, self.scheme_id, self.details = status, scheme_id, details


class NoCatalog(ReplicaError):
    """No scheme catalog ships for the device's country."""

    user_message = (
        "No scheme catalog is installed for '{catalog}', so entitlements cannot be checked. "
        "Ask your supervisor to choose the country catalog in settings."
    )

    def __init__(self, name: str) -> None:
        super().__init__(f"no catalog {name!r}", user_args={"catalog": name.upper()})


def scheme_term(scheme: Scheme) -> Term:
    return Term("scheme", scheme.id, scheme.names)


@dataclass(frozen=True)
class EntitlementReport:
    """Every scheme in force for one person on one day, explained."""

    person_id: str
    household_id: str | None
    checked_on: date
    catalog_id: str
    catalog_version: int
    data_as_of: str | None
    results: tuple[SchemeResult, ...]


@dataclass(frozen=True)
class Application:
    """What the acknowledgement slip shows."""

    id: str
    reference: str
    scheme: Scheme
    person_id: str
    registry_no: str
    person_name: str
    native_name: str | None
    applied_at: str
    office: str
    clerk: str
    # The person's registry-signed card credential kept on this computer (valid, not
    # revoked), so the slip can carry it too; None when no card was issued here.
    card_credential: str | None = None


def _new_reference() -> str:
    raw = base64.b32encode(secrets.token_bytes(5)).decode("ascii")
    return f"APP-{raw[:4]}-{raw[4:8]}"


class EntitlementService:
    """Not thread-safe: lives with the replica on the database thread."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        catalog_name: str,
        clock: Callable[[], datetime],
    ) -> None:
        self.db = db
        self.clock = clock
        self.use_catalog(catalog_name)

    @property
    def catalog(self) -> Catalog:
        return self.catalogs.current

    def use_catalog(self, name: str) -> Catalog:
        """Switch to a country catalog (a setting): the shipped one, or a newer version the
        registry published and sync brought down; the previous stays on error."""
        catalog = _load(name)
        self.catalog_name = name
        self.catalogs = CatalogStore(catalog)
        self._evaluator = Evaluator(catalog)
        self.refresh_published()
        return self.catalog

    def refresh_published(self) -> bool:
        """Take a newer version of the catalog in force published by the registry (sync
        stores it); True when it changed. A catalog that fails validation is logged and
        ignored: the one in force stays, and the counter keeps working."""
        text = published_text(self.db, self.catalog_name, newer_than=self.catalog.version)
        if text is None:
            return False
        try:
            catalog = self.catalogs.replace_from_text(text, f"registry:{self.catalog_name}")
        except CatalogError as exc:
            log.warning("published catalog %s refused: %s", self.catalog_name, exc)
            return False
        self._evaluator = Evaluator(catalog)
        log.info("catalog %s version %d in force", catalog.id, catalog.version)
        return True

    # -- reading ------------------------------------------------------------------------------

    def for_person(self, person_id: str, on: date | None = None) -> EntitlementReport | None:
        rows = list(self.db.query("SELECT * FROM person WHERE id = ?", [person_id]))
        if not rows:
            return None
        household, members = self._household(rows[0])
        return self._report(self._applicant(rows[0], household, members), on)

    def for_household(self, household_id: str, on: date | None = None) -> list[EntitlementReport]:
        """Every active member, with the household and its members read once for all."""
        found = list(self.db.query("SELECT * FROM household WHERE id = ?", [household_id]))
        members = self._members(household_id)
        household = found[0] if found else None
        return [self._report(self._applicant(m, household, members), on) for m in members]

    def applicant(self, person_id: str) -> Applicant | None:
        rows = list(self.db.query("SELECT * FROM person WHERE id = ?", [person_id]))
        if not rows:
            return None
        return self._applicant(rows[0], *self._household(rows[0]))

    def _report(self, applicant: Applicant, on: date | None) -> EntitlementReport:
        day = on or self.clock().date()
        household = applicant.household or {}
        return EntitlementReport(
            person_id=applicant.person["id"],
            household_id=household.get("id"),
            checked_on=day,
            catalog_id=self.catalog.id,
            catalog_version=self.catalog.version,
            data_as_of=self._last_sync(),
            results=self._evaluator.evaluate(applicant, day),
        )

    def _household(
        self, person: dict[str, Any]
    ) -> tuple[dict[str, Any] | None, tuple[dict[str, Any], ...]]:
        household_id = person["household_id"]
        if not household_id:
            return None, (person,)
        found = list(self.db.query("SELECT * FROM household WHERE id = ?", [household_id]))
        return (found[0] if found else None), self._members(household_id)

    def _members(self, household_id: str) -> tuple[dict[str, Any], ...]:
        return tuple(
            self.db.query(
                "SELECT * FROM person WHERE household_id = ? AND status = 'active' ORDER BY rowid",
                [household_id],
            )
        )

    def _applicant(
        self,
        person: Mapping[str, Any],
        household: Mapping[str, Any] | None,
        members: tuple[Mapping[str, Any], ...],
    ) -> Applicant:
        return Applicant(
            person=person,
            household=household,
            members=members,
            contributions=self._contributions([person["id"]]).get(person["id"], {}),
            enrolments=self._enrolments(person["id"], person["household_id"]),
        )

    def _contributions(self, person_ids: Sequence[str]) -> dict[str, dict[str, int]]:
        marks = ",".join("?" * len(person_ids))
        out: dict[str, dict[str, int]] = {}
        for pid, scheme, months in self.db.execute(
            f"SELECT person_id, scheme_id, months FROM contribution WHERE person_id IN ({marks})",
            list(person_ids),
        ):
            out.setdefault(pid, {})[scheme] = int(months)
        return out

    def _enrolments(self, person_id: str, household_id: str | None) -> dict[str, str]:
        # Household-unit schemes are enrolled with the household id set, whoever applied.
        rows = self.db.execute(
            "SELECT scheme_id, status FROM enrolment WHERE person_id = ? OR household_id = ?",
            [person_id, household_id],
        )
        strongest: dict[str, str] = {}
        for scheme_id, status in rows:
            if _STRENGTH[status] > _STRENGTH.get(strongest.get(scheme_id, ""), -1):
                strongest[scheme_id] = status
        return strongest

    def _last_sync(self) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'last_sync_at'").fetchone()
        return row[0] if row else None

    def _refusal(self, result: SchemeResult) -> ApplicationRefused | None:
        """Why applying is refused, naming schemes, fields and criteria as `Term`s (the
        interface words them in the clerk's language)."""
        status, scheme = result.status, result.scheme
        if status is Status.ELIGIBLE:
            return None
        if status is Status.ALREADY_ENROLLED:
            return ApplicationRefused(
                user_message="There is already an application or enrolment for {scheme}.",
                status=status,
                scheme=scheme,
            )
        if status is Status.EXCLUDED:
            return ApplicationRefused(
                user_message="{scheme} cannot be combined with {others}, which this person "
                "receives.",
                status=status,
                scheme=scheme,
                details=result.excluded_by,
                others=tuple(self._scheme_term(x) for x in result.excluded_by),
            )
        if status is Status.MISSING_INFORMATION:
            return ApplicationRefused(
                user_message="Information is missing for {scheme}: {fields}. Complete the "
                "record first.",
                status=status,
                scheme=scheme,
                details=result.missing_fields,
                fields=tuple(Term("field", name) for name in result.missing_fields),
            )
        failed = [c.criterion for c in result.criteria if c.outcome is Outcome.FAIL]
        return ApplicationRefused(
            user_message="Not eligible for {scheme}: {criteria}.",
            status=status,
            scheme=scheme,
            details=tuple(c.id for c in failed),
            criteria=tuple(Term("criterion", c.id, c.label) for c in failed),
        )

    def _scheme_term(self, scheme_id: str) -> Term:
        try:
            return scheme_term(self.catalog.scheme(scheme_id))
        except KeyError:
            return Term("scheme", scheme_id)

    # -- applying -----------------------------------------------------------------------------

    def apply(self, person_id: str, scheme_id: str, actor: Actor, clerk_name: str) -> Application:
        require(actor.role, Action.APPLY)
        report = self.for_person(person_id)
        if report is None:
            raise ApplicationRefused(user_message="This person is not in the local records.")
        result = next((r for r in report.results if r.scheme.id == scheme_id), None)
        if result is None:
            raise ApplicationRefused(user_message="This scheme is not open for applications today.")
        refusal = self._refusal(result)
        if refusal:
            raise refusal
        person = next(iter(self.db.query("SELECT * FROM person WHERE id = ?", [person_id])))
        scheme = result.scheme
        now = self.clock().isoformat(timespec="seconds")
        enrolment_id, reference = str(uuid7()), _new_reference()
        row: dict[str, object] = {
            "id": enrolment_id,
            "reference": reference,
            "scheme_id": scheme.id,
            "person_id": person_id,
            "household_id": person["household_id"] if scheme.unit == "household" else None,
            "status": "applied",
            "applied_at": now,
            "applied_office": actor.office,
            "applied_by": actor.user_id,
            "catalog_version": report.catalog_version,
        }
        with translate_errors(), self.db.atomic():
            self.db.execute(
                f"INSERT INTO enrolment ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            audit.append(
                self.db,
                at=now,
                user_id=actor.user_id,
                action="apply",
                entity="enrolment",
                entity_id=enrolment_id,
                detail={"scheme": scheme.id, "person": person_id},
            )
            outbox.record(
                self.db,
                entity="enrolment",
                entity_id=enrolment_id,
                op="create",
                base_version=0,
                changes={k: (None, v) for k, v in row.items() if v is not None and k != "id"},
                user_id=actor.user_id,
                client_time=now,
            )
        name = " ".join(p for p in (person["given_name"], person["family_name"]) if p)
        return Application(
            id=enrolment_id,
            reference=reference,
            scheme=scheme,
            person_id=person_id,
            registry_no=person["registry_no"],
            person_name=name,
            native_name=person["native_name"],
            applied_at=now,
            office=actor.office,
            clerk=clerk_name,
            card_credential=kept_card(self.db, person_id, now[:10]),
        )


def kept_card(db: sqlite_utils.Database, person_id: str, today: str) -> str | None:
    row = db.execute(
        "SELECT credential FROM card WHERE person_id = ? AND expires_on >= ?"
        " AND card_id NOT IN (SELECT card_id FROM card_revocation)"
        " ORDER BY issued_on DESC, received_at DESC LIMIT 1",
        [person_id, today],
    ).fetchone()
    return None if row is None else str(row[0])


def published_text(db: sqlite_utils.Database, name: str, newer_than: int = 0) -> str | None:
    """The text of the registry's newest version of a catalog, if newer than `newer_than`."""
    row = db.execute(
        "SELECT version, yaml FROM published_catalog WHERE name = ?", [name]
    ).fetchone()
    if row is None or int(row[0]) <= newer_than:
        return None
    return str(row[1])


def catalog_in_force(db: sqlite_utils.Database, name: str) -> Catalog:
    """What `EntitlementService.use_catalog` would put in force (for worker processes)."""
    catalog = _load(name)
    text = published_text(db, name, newer_than=catalog.version)
    if text is None:
        return catalog
    try:
        return CatalogStore(catalog).replace_from_text(text, f"registry:{name}")
    except CatalogError:
        return catalog


def _load(name: str) -> Catalog:
    try:
        return load_catalog(name)
    except FileNotFoundError:
        raise NoCatalog(name) from None
