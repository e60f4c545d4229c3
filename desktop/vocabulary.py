"""Codes in words: choice labels from the form definitions, roles, reasons and actions.

The cache stores codes (`MUL-3-UC05-V1`, `daughter`, `same_id`); the clerk reads words in the
interface language. Choice labels come from the form definition the replica uses, so a
deployment's village list shows without code changes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.i18n import ltr
from desktop.locale_format import LocaleFormat
from forms.catalog import Benefit
from forms.definition import Choice, FieldDef, FormDefinition

CONTEXT = "Vocabulary"

ROLES: Mapping[str, str] = {
    "clerk": "Clerk",
    "supervisor": "Supervisor",
    "field_officer": "Field officer",
}
REASONS: Mapping[str, str] = {
    "same_id": "same ID number",
    "similar_name": "similar name",
    "same_birth_date": "same birth date",
    "same_birth_year": "same birth year",
    "similar_father_name": "similar father's name",
}
ACTIONS: Mapping[str, str] = {
    "create": "Registered",
    "update": "Changed",
    "delete": "Deleted",
    "merge": "Merged",
}

PERIODS: Mapping[str, str] = {
    "month": "%1 per month",
    "quarter": "%1 per quarter",
    "year": "%1 per year",
    "once": "%1 once",
}
# A benefit that is not cash is named by its kind and how often it is renewed.
RENEWALS: Mapping[str, str] = {
    "month": "%1, each month",
    "quarter": "%1, each quarter",
    "year": "%1, each year",
    "once": "%1, once",
}
BENEFIT_KINDS: Mapping[str, str] = {"cash": "Cash", "in_kind": "In kind", "service": "Service"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def in_language(labels: Mapping[str, str], language: str) -> str:
    """A catalog or form label in `language`, else in English."""
    return labels.get(language) or labels.get("en") or ""


def money(amount: Decimal, currency: str, formats: LocaleFormat) -> str:
    """ "PKR 13,500" in the language's digits, as a left-to-right island."""
    return ltr(formats.money(amount, currency))


def benefit_headline(benefit: Benefit, formats: LocaleFormat) -> str:
    """ "PKR 3,000 per month", or "Service, each year" for a benefit that is not cash."""
    if benefit.kind == "cash" and benefit.amount is not None and benefit.currency:
        head, periods = money(benefit.amount, benefit.currency, formats), PERIODS
    else:
        head, periods = _tr(BENEFIT_KINDS.get(benefit.kind, benefit.kind)), RENEWALS
    if benefit.period is not None and benefit.period in periods:
        return _tr(periods[benefit.period]).replace("%1", head)
    return head


def _all_fields(fields: Sequence[FieldDef]) -> Iterator[FieldDef]:
    for item in fields:
        yield item
        if item.fields:
            yield from _all_fields(item.fields)


class Vocabulary:
    """Words for codes in one language, and how it writes dates and numbers (`formats`).
    Immutable once built; GUI thread."""

    def __init__(self, form: FormDefinition, language: str) -> None:
        self.language = language
        self.formats = LocaleFormat(language)
        self._fields: dict[str, FieldDef] = {}
        for item in _all_fields(form.fields):
            self._fields.setdefault(item.name, item)
        self._choices: dict[str, dict[str, Choice]] = {
            name: {choice.value: choice for choice in item.choices}
            for name, item in self._fields.items()
            if item.choices
        }

    def choice(self, field: str, value: object) -> str:
        """The label of `value` in the choice list of `field`, or the code itself."""
        if value is None or value == "":
            return ""
        choice = self._choices.get(field, {}).get(str(value))
        if choice is None:
            return str(value)
        return choice.label.get(self.language) or choice.label.get("en") or choice.value

    def field_label(self, field: str) -> str:
        item = self._fields.get(field)
        return item.label_in(self.language) if item is not None else field

    def role(self, role: str) -> str:
        return _tr(ROLES[role]) if role in ROLES else role

    def reason(self, reason: str) -> str:
        return _tr(REASONS[reason]) if reason in REASONS else reason

    def reasons(self, reasons: Sequence[str]) -> str:
        return ", ".join(self.reason(reason) for reason in reasons)

    def action(self, action: str) -> str:
        return _tr(ACTIONS[action]) if action in ACTIONS else action

    def yes_no(self, value: object) -> str:
        return _tr("Yes") if value else _tr("No")
