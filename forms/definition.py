"""Form definitions: the data files in `forms/definitions/`, loaded into frozen objects.

A form file is refused whole at load when anything in it is wrong: an unknown key, an unknown
field type, a reference to a field or choice list that does not exist, a malformed expression.
The error names the file, the field and, for expressions, the column.
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from forms.expr import ExprError, Expression, parse
from forms.messages import LANGUAGES

FIELD_TYPES = frozenset(
    {
        "text",
        "integer",
        "decimal",
        "date",
        "select_one",
        "select_many",
        "identifier",
        "phone",
        "note",
        "calculated",
        "group",
        "repeat",
        "boolean",
    }
)
CONTAINER_TYPES = frozenset({"group", "repeat"})
VALUELESS_TYPES = frozenset({"note", "group"})
DEFAULT_MAX_LENGTH = 200

Labels = Mapping[str, str]


class FormLoadError(ValueError):
    """A form file that cannot be used; says which file, which field and where."""

    def __init__(self, source: str, where: str, message: str) -> None:
        self.source, self.where, self.message = source, where, message
        super().__init__(f"{source}: {where}: {message}")


@dataclass(frozen=True)
class Choice:
    value: str
    label: Labels
    parent: str | None = None


@dataclass(frozen=True)
class Constraint:
    rule: Expression
    message: Labels


@dataclass(frozen=True)
class FieldDef:
    """One field of a form; containers (group, repeat) hold child fields."""

    name: str
    type: str
    label: Labels
    hint: Labels = field(default_factory=dict)
    required: bool = False
    relevant: Expression | None = None
    constraints: tuple[Constraint, ...] = ()
    calculation: Expression | None = None
    default: object = None
    choices: tuple[Choice, ...] = ()
    choice_parent: str | None = None
    max_selections: int | None = None
    identifier_type: str | None = None
    identifier_type_field: str | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    max_length: int = DEFAULT_MAX_LENGTH
    min_digits: int = 7
    max_digits: int = 15
    min_count: int = 0
    max_count: int = 50
    fields: tuple[FieldDef, ...] = ()
    appearance: str | None = None

    def label_in(self, language: str) -> str:
        return self.label.get(language) or self.label.get("en") or self.name

    def choice_values(self) -> frozenset[str]:
        return frozenset(choice.value for choice in self.choices)


@dataclass(frozen=True)
class FormDefinition:
    name: str
    version: int
    title: Labels
    fields: tuple[FieldDef, ...]
    source: str

    def walk(self) -> list[FieldDef]:
        """Every field in document order, groups flattened, repeats as one field."""
        return _walk(self.fields)

    def field(self, name: str) -> FieldDef:
        for candidate in self.walk():
            if candidate.name == name:
                return candidate
        raise KeyError(name)


def _walk(fields: Sequence[FieldDef]) -> list[FieldDef]:
    out: list[FieldDef] = []
    for item in fields:
        out.append(item)
        if item.type == "group":
            out.extend(_walk(item.fields))
    return out


# -- loading ------------------------------------------------------------------------------

_FIELD_KEYS = frozenset(
    {
        "name",
        "type",
        "label",
        "hint",
        "required",
        "relevant",
        "constraints",
        "calculation",
        "default",
        "choices",
        "choice_parent",
        "max_selections",
        "identifier_type",
        "identifier_type_field",
        "min",
        "max",
        "max_length",
        "min_digits",
        "max_digits",
        "min_count",
        "max_count",
        "fields",
        "include",
        "appearance",
    }
)
_FORM_KEYS = frozenset({"form", "version", "title", "choices", "fields"})


def load_form(name: str) -> FormDefinition:
    """Load a shipped form by name (`person`, `household`)."""
    resource = importlib.resources.files("forms") / "definitions" / f"{name}.yaml"
    return parse_form_text(resource.read_text(encoding="utf-8"), f"{name}.yaml")


def load_form_file(path: Path) -> FormDefinition:
    return parse_form_text(path.read_text(encoding="utf-8"), path.name)


def parse_form_text(text: str, source: str) -> FormDefinition:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "file"
        raise FormLoadError(source, where, "not valid YAML") from None
    if not isinstance(data, dict):
        raise FormLoadError(source, "file", "a form file must be a mapping")
    return _FormParser(source, data).parse()


class _FormParser:
    def __init__(self, source: str, data: dict[str, Any]) -> None:
        self.source = source
        self.data = data
        self.choice_lists: dict[str, tuple[Choice, ...]] = {}

    def fail(self, where: str, message: str) -> FormLoadError:
        return FormLoadError(self.source, where, message)

    def parse(self) -> FormDefinition:
        unknown = set(self.data) - _FORM_KEYS
        if unknown:
            raise self.fail("form", f"unknown key(s): {', '.join(sorted(unknown))}")
        for key in ("form", "version", "title", "fields"):
            if key not in self.data:
                raise self.fail("form", f"missing key '{key}'")
        self.choice_lists = {
            str(name): self._choices(f"choices.{name}", items)
            for name, items in (self.data.get("choices") or {}).items()
        }
        fields = self._fields("fields", self.data["fields"])
        form = FormDefinition(
            name=str(self.data["form"]),
            version=int(self.data["version"]),
            title=self._labels("title", self.data["title"]),
            fields=fields,
            source=self.source,
        )
        _check_references(self, form.fields, frozenset())
        return form

    def _labels(self, where: str, value: object) -> Labels:
        if isinstance(value, str):
            return {"en": value}
        if not isinstance(value, dict) or "en" not in value:
            raise self.fail(where, "labels need at least an 'en' text")
        extra = set(value) - set(LANGUAGES)
        if extra:
            raise self.fail(where, f"unknown language(s): {', '.join(sorted(extra))}")
        return {str(k): str(v) for k, v in value.items()}

    def _choices(self, where: str, items: object) -> tuple[Choice, ...]:
        if not isinstance(items, list) or not items:
            raise self.fail(where, "a choice list must be a non-empty list")
        choices: list[Choice] = []
        for index, item in enumerate(items):
            spot = f"{where}[{index}]"
            if not isinstance(item, dict) or "value" not in item:
                raise self.fail(spot, "each choice needs a value and a label")
            parent = item.get("parent")
            choices.append(
                Choice(
                    value=str(item["value"]),
                    label=self._labels(spot, item.get("label", str(item["value"]))),
                    parent=None if parent is None else str(parent),
                )
            )
        if len({c.value for c in choices}) != len(choices):
            raise self.fail(where, "choice values must be unique")
        return tuple(choices)

    def _fields(self, where: str, items: object) -> tuple[FieldDef, ...]:
        if not isinstance(items, list):
            raise self.fail(where, "fields must be a list")
        fields = tuple(self._field(f"{where}[{i}]", item) for i, item in enumerate(items))
        names = [f.name for f in _walk(fields)]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise self.fail(where, f"duplicate field name(s): {', '.join(duplicates)}")
        return fields

    def _field(self, where: str, item: object) -> FieldDef:
        if not isinstance(item, dict):
            raise self.fail(where, "a field must be a mapping")
        name = str(item.get("name", ""))
        spot = f"{where} ({name or '?'})"
        unknown = set(item) - _FIELD_KEYS
        if unknown:
            raise self.fail(spot, f"unknown key(s): {', '.join(sorted(unknown))}")
        if not name.isidentifier():
            raise self.fail(spot, "a field needs a name made of letters, digits and '_'")
        kind = str(item.get("type", ""))
        if kind not in FIELD_TYPES:
            raise self.fail(spot, f"unknown field type '{kind}'")
        return FieldDef(
            name=name,
            type=kind,
            label=self._labels(f"{spot}.label", item.get("label", name)),
            hint=self._labels(f"{spot}.hint", item["hint"]) if "hint" in item else {},
            required=bool(item.get("required", False)),
            relevant=self._expr(f"{spot}.relevant", item.get("relevant")),
            constraints=self._constraints(spot, item.get("constraints") or []),
            calculation=self._expr(f"{spot}.calculation", item.get("calculation")),
            default=item.get("default"),
            choices=self._field_choices(spot, item.get("choices")),
            choice_parent=item.get("choice_parent"),
            max_selections=item.get("max_selections"),
            identifier_type=item.get("identifier_type"),
            identifier_type_field=item.get("identifier_type_field"),
            minimum=item.get("min"),
            maximum=item.get("max"),
            max_length=int(item.get("max_length", DEFAULT_MAX_LENGTH)),
            min_digits=int(item.get("min_digits", 7)),
            max_digits=int(item.get("max_digits", 15)),
            min_count=int(item.get("min_count", 0)),
            max_count=int(item.get("max_count", 50)),
            fields=self._children(spot, kind, item),
            appearance=item.get("appearance"),
        )

    def _children(self, spot: str, kind: str, item: dict[str, Any]) -> tuple[FieldDef, ...]:
        if kind not in CONTAINER_TYPES:
            if "fields" in item or "include" in item:
                raise self.fail(spot, "only group and repeat fields have child fields")
            return ()
        # The container's own fields come first (for members: who they are to the head),
        # then the included form's.
        children = self._fields(f"{spot}.fields", item.get("fields") or [])
        if "include" in item:
            try:
                children += load_form(str(item["include"])).fields
            except FileNotFoundError:
                raise self.fail(spot, f"included form '{item['include']}' not found") from None
        if not children:
            raise self.fail(spot, f"a {kind} needs fields")
        return children

    def _field_choices(self, spot: str, value: object) -> tuple[Choice, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            if value not in self.choice_lists:
                raise self.fail(spot, f"unknown choice list '{value}'")
            return self.choice_lists[value]
        return self._choices(f"{spot}.choices", value)

    def _constraints(self, spot: str, items: object) -> tuple[Constraint, ...]:
        if not isinstance(items, list):
            raise self.fail(spot, "constraints must be a list")
        out: list[Constraint] = []
        for index, item in enumerate(items):
            where = f"{spot}.constraints[{index}]"
            if not isinstance(item, dict) or "rule" not in item or "message" not in item:
                raise self.fail(where, "a constraint needs a rule and a message")
            rule = self._expr(where, item["rule"])
            assert rule is not None
            out.append(Constraint(rule, self._labels(f"{where}.message", item["message"])))
        return tuple(out)

    def _expr(self, where: str, source: object) -> Expression | None:
        if source is None:
            return None
        try:
            return parse(str(source))
        except ExprError as exc:
            raise self.fail(where, f"{exc.message} at column {exc.position + 1}") from None


def _check_references(
    parser: _FormParser, fields: Sequence[FieldDef], outer: frozenset[str]
) -> None:
    """Every name an expression or a field option mentions must be a field in reach."""
    known = outer | {f.name for f in _walk(fields)} | {"."}
    for item in _walk(fields):
        spot = f"field '{item.name}'"
        expressions = [item.relevant, item.calculation, *(c.rule for c in item.constraints)]
        for expression in expressions:
            if expression is None:
                continue
            missing = sorted(
                n.split(".")[0] for n in expression.names() if n.split(".")[0] not in known
            )
            if missing:
                raise parser.fail(spot, f"refers to unknown field(s): {', '.join(missing)}")
        for option in (item.choice_parent, item.identifier_type_field):
            if option is not None and option not in known:
                raise parser.fail(spot, f"refers to unknown field '{option}'")
        if item.type in {"select_one", "select_many"} and not item.choices:
            raise parser.fail(spot, "a select field needs choices")
        if item.type == "calculated" and item.calculation is None:
            raise parser.fail(spot, "a calculated field needs a calculation")
        if item.type == "repeat":
            _check_references(parser, item.fields, known)
