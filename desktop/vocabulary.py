"""Codes in words: choice labels from the form definitions, roles, reasons and actions.

The cache stores codes (`MUL-3-UC05-V1`, `daughter`, `same_id`); the clerk reads words in the
interface language. Choice labels come from the form definition the replica uses, so a
deployment's village list shows without code changes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

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


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _all_fields(fields: Sequence[FieldDef]) -> Iterator[FieldDef]:
    for item in fields:
        yield item
        if item.fields:
            yield from _all_fields(item.fields)


class Vocabulary:
    """Words for codes in one language. Immutable once built; GUI thread."""

    def __init__(self, form: FormDefinition, language: str) -> None:
        self.language = language
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
