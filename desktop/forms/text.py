"""Texts the form engine shows: field labels in the clerk's language and the engine's own strings.

The engine's own strings go through `QCoreApplication.translate` with the fixed context
"FormWidget" (so `pyside6-lupdate` finds them via `QT_TRANSLATE_NOOP`). Until translators ship
.qm files, Urdu and Khmer fall back to the small built-in table below, so a form switched to
Urdu does not show English buttons.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from forms.definition import Choice, FieldDef

CONTEXT = "FormWidget"

ADD_MEMBER = str(QT_TRANSLATE_NOOP("FormWidget", "Add member"))
REMOVE_MEMBER = str(QT_TRANSLATE_NOOP("FormWidget", "Remove member"))
MEMBER_N = str(QT_TRANSLATE_NOOP("FormWidget", "Member %1"))
YES = str(QT_TRANSLATE_NOOP("FormWidget", "Yes"))
NO = str(QT_TRANSLATE_NOOP("FormWidget", "No"))
REQUIRED = str(QT_TRANSLATE_NOOP("FormWidget", "Required"))
OPEN_CALENDAR = str(QT_TRANSLATE_NOOP("FormWidget", "Open calendar"))
CALENDAR_KEYS = str(QT_TRANSLATE_NOOP("FormWidget", "Alt+Down opens a calendar"))
CALENDAR = str(QT_TRANSLATE_NOOP("FormWidget", "Calendar"))

# Fallbacks until real .qm files exist; translators should review these.
_BUILTIN: Mapping[str, Mapping[str, str]] = {
    "ur": {
        ADD_MEMBER: "فرد شامل کریں",
        REMOVE_MEMBER: "فرد ہٹائیں",
        MEMBER_N: "فرد %1",
        YES: "ہاں",
        NO: "نہیں",
        REQUIRED: "لازمی",
        OPEN_CALENDAR: "کیلنڈر کھولیں",
        CALENDAR_KEYS: "کیلنڈر کے لیے Alt+Down دبائیں",
        CALENDAR: "کیلنڈر",
    },
    "km": {
        ADD_MEMBER: "បន្ថែមសមាជិក",
        REMOVE_MEMBER: "ដកសមាជិកចេញ",
        MEMBER_N: "សមាជិក %1",
        YES: "បាទ/ចាស",
        NO: "ទេ",
        REQUIRED: "ត្រូវតែបំពេញ",
        OPEN_CALENDAR: "បើកប្រតិទិន",
        CALENDAR_KEYS: "ចុច Alt+Down ដើម្បីបើកប្រតិទិន",
        CALENDAR: "ប្រតិទិន",
    },
}

REQUIRED_MARK = " *"
EMPTY_VALUE = "—"


def ui_text(source: str, language: str, *args: object) -> str:
    """One of the engine's own strings in `language`; `%1`, `%2`… are filled from `args`."""
    text = QCoreApplication.translate(CONTEXT, source)
    if text == source and language != "en":
        text = _BUILTIN.get(language, {}).get(source, source)
    for number, arg in enumerate(args, start=1):
        text = text.replace(f"%{number}", str(arg))
    return text


def in_language(texts: Mapping[str, str], language: str, fallback: str = "") -> str:
    return texts.get(language) or texts.get("en") or fallback


def field_label(field: FieldDef, language: str, *, mark_required: bool = True) -> str:
    label = field.label_in(language)
    return label + REQUIRED_MARK if mark_required and field.required else label


def field_hint(field: FieldDef, language: str) -> str:
    return in_language(field.hint, language)


def choice_label(choice: Choice, language: str) -> str:
    return in_language(choice.label, language, choice.value)


def describe(field: FieldDef, language: str, error: str = "") -> str:
    """Accessible description: the error first (what to fix), then the hint."""
    parts = [error, field_hint(field, language)]
    if field.required:
        parts.append(ui_text(REQUIRED, language))
    return ". ".join(part for part in parts if part)


def format_value(value: object, language: str) -> str:
    """A calculated value as the clerk reads it."""
    if value is None:
        return EMPTY_VALUE
    if isinstance(value, bool):
        return ui_text(YES if value else NO, language)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, list | tuple):
        return ", ".join(format_value(item, language) for item in value)
    return str(value)
