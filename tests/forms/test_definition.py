"""Form files: the shipped ones load; a broken one is refused naming file, field, position."""

from __future__ import annotations

import pytest

from forms.definition import FIELD_TYPES, FormLoadError, load_form, parse_form_text

GOOD_HEAD = """
form: test
version: 1
title: {en: Test}
choices:
  yes_no:
    - {value: y, label: {en: Yes, ur: ہاں, km: បាទ}}
    - {value: n, label: "No"}
fields:
"""


def _load(fields: str) -> None:
    parse_form_text(GOOD_HEAD + fields, "broken.yaml")


def test_the_shipped_forms_load_with_every_language() -> None:
    for name in ("person", "household"):
        form = load_form(name)
        for field in form.walk():
            assert field.type in FIELD_TYPES
            assert set(field.label) == {"en", "ur", "km"}, (name, field.name)
            for choice in field.choices:
                if field.name != "village":  # village names are proper names, Latin only
                    assert set(choice.label) == {"en", "ur", "km"}, (field.name, choice.value)


def test_the_household_form_includes_the_person_form() -> None:
    members = load_form("household").field("members")
    assert [f.name for f in members.fields][0] == "relationship"
    inside = {f.name for group in members.fields[1:] for f in group.fields}
    assert {"given_name", "birth_date", "id_number", "consent_given"} <= inside


@pytest.mark.parametrize(
    ("fields", "where", "message"),
    [
        (
            "  - {name: age, type: integer, relevant: 'age_years(birth_date >= 5'}\n",
            "fields[0] (age).relevant",
            "at column",
        ),
        ("  - {name: x, type: textbox}\n", "fields[0] (x)", "unknown field type 'textbox'"),
        ("  - {name: x, type: text, colour: red}\n", "fields[0] (x)", "unknown key(s): colour"),
        (
            "  - {name: x, type: select_one, choices: nope}\n",
            "fields[0] (x)",
            "unknown choice list",
        ),
        (
            "  - {name: x, type: text, relevant: 'is_set(missing_field)'}\n",
            "field 'x'",
            "unknown field(s): missing_field",
        ),
        (
            "  - {name: x, type: text}\n  - {name: x, type: integer}\n",
            "fields",
            "duplicate field name(s): x",
        ),
        ("  - {name: x, type: text, label: {en: X, fr: X}}\n", "fields[0] (x).label", "fr"),
        ("  - {name: x, type: calculated}\n", "field 'x'", "needs a calculation"),
        ("  - {name: 'bad name', type: text}\n", "fields[0] (bad name)", "letters, digits"),
    ],
)
def test_a_broken_form_is_refused_with_where_and_why(fields: str, where: str, message: str) -> None:
    with pytest.raises(FormLoadError) as caught:
        _load(fields)
    assert caught.value.source == "broken.yaml"
    assert caught.value.where == where
    assert message in caught.value.message


def test_expression_errors_give_the_column() -> None:
    with pytest.raises(FormLoadError) as caught:
        _load("  - {name: n, type: integer, constraints: [{rule: '. > > 3', message: bad}]}\n")
    assert "fields[0] (n).constraints[0]" in str(caught.value)
    assert "column 5" in caught.value.message


def test_yaml_syntax_errors_name_the_line() -> None:
    with pytest.raises(FormLoadError) as caught:
        parse_form_text("form: x\nfields: [\n  {name: a\n", "bad.yaml")
    assert caught.value.where.startswith("line ")
