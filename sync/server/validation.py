"""Checks on incoming rows with the same form engine the devices use (`forms/`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from forms.definition import FormDefinition, load_form
from forms.identifiers import IdentifierError, get_identifier_type
from forms.regno import RegistryNoError, validate_registry_no
from forms.validation import validate
from sync.protocol import PERSON_FORM_FIELDS

BOOLEAN_FIELDS = frozenset({"birth_date_estimated", "pregnant", "consent_given"})
ADMIN_AREAS = ("province", "district", "tehsil", "union_council", "village")
ENROLMENT_STATUSES = frozenset({"applied", "approved", "active", "suspended", "exited", "rejected"})
ENROLMENT_REQUIRED: tuple[str, ...] = ("reference", "scheme_id", "status", "applied_at")
ENROLMENT_REQUIRED += ("applied_office", "applied_by")


def registry_today() -> date:
    """'Today' for date checks: the date in the easternmost time zone (UTC+14), so a birth
    registered on a device just after its local midnight is never 'in the future' here."""
    return (datetime.now(UTC) + timedelta(hours=14)).date()


@dataclass(frozen=True)
class Forms:
    person: FormDefinition
    household: FormDefinition

    @classmethod
    def load(cls) -> Forms:
        return cls(load_form("person"), load_form("household"))


def person_problems(
    form: FormDefinition, row: Mapping[str, Any], identifiers: list[list[str]], today: date
) -> dict[str, str]:
    """Problems of a person row as the person form sees them: field -> English message."""
    raw: dict[str, Any] = {name: row.get(name) for name in PERSON_FORM_FIELDS}
    for name in BOOLEAN_FIELDS:
        if isinstance(raw[name], int) and not isinstance(raw[name], bool):
            raw[name] = bool(raw[name])
    for name in PERSON_FORM_FIELDS:
        if name.startswith("wg_") and isinstance(raw[name], int):
            raw[name] = str(raw[name])
    if identifiers:
        raw["id_type"], raw["id_number"] = identifiers[0][0], identifiers[0][1]
    problems: dict[str, str] = {}
    for problem in validate(form, raw, today=today).problems:
        problems.setdefault(problem.field, problem.text("en"))
    for kind, value in identifiers[1:]:
        message = identifier_problem(kind, value)
        if message:
            problems.setdefault("identifiers", message)
    if row.get("death_date") and _not_past_date(row["death_date"], today):
        problems["death_date"] = "Date of death: must be a date that is not in the future"
    return problems


def identifier_problem(kind: object, value: object) -> str | None:
    if not isinstance(kind, str) or not isinstance(value, str):
        return "Identifier: type and value must be text"
    try:
        get_identifier_type(kind).validate(value)
    except KeyError:
        return f"Identifier: unknown type {kind!r}"
    except IdentifierError as exc:
        return f"Identifier: {exc.message}"
    return None


def _not_past_date(value: object, today: date) -> bool:
    try:
        return date.fromisoformat(str(value)) > today
    except ValueError:
        return True


def household_problems(form: FormDefinition, row: Mapping[str, Any]) -> dict[str, str]:
    problems: dict[str, str] = {}
    for name in ADMIN_AREAS:
        value = row.get(name)
        if value is not None and value not in form.field(name).choice_values():
            problems[name] = f"{name}: not a known admin-area code"
    score = row.get("poverty_score")
    if score is not None and (
        isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 100
    ):
        problems["poverty_score"] = "poverty_score: must be a number from 0 to 100"
    level = row.get("poverty_level")
    if level is not None and level not in form.field("poverty_level").choice_values():
        problems["poverty_level"] = "poverty_level: not one of the choices"
    return problems


def enrolment_problems(row: Mapping[str, Any]) -> dict[str, str]:
    problems: dict[str, str] = {}
    for name in ENROLMENT_REQUIRED:
        if not isinstance(row.get(name), str) or not row[name]:
            problems[name] = f"{name}: required text"
    if row.get("status") not in ENROLMENT_STATUSES:
        problems["status"] = "status: not one of the enrolment statuses"
    if row.get("person_id") is None and row.get("household_id") is None:
        problems["person_id"] = "person_id: a person or a household is required"
    version = row.get("catalog_version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, int)):
        problems["catalog_version"] = "catalog_version: must be a whole number"
    return problems


def registry_no_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return "registry_no: required text"
    try:
        validate_registry_no(value)
    except RegistryNoError as exc:
        return f"registry_no: {exc}"
    return None
