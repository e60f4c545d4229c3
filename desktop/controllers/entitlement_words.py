"""Entitlement results in the clerk's words: badges, criteria, benefits, documents, what is
missing (and whether a form can settle it), and how old the data is.

Everything here is a function of immutable objects from the replica; it runs on the GUI
thread because it translates. Dates and amounts are written the language's way
(`LocaleFormat`); amounts and references are left-to-right islands.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from desktop.i18n import isolate, ltr
from desktop.locale_format import LocaleFormat, translate
from desktop.models import MemberEntitlements
from desktop.views.entitlements import CriterionLine, PanelState, SchemeCard
from desktop.vocabulary import Vocabulary, benefit_headline, in_language
from forms.catalog import WG_NAMES, Catalog
from forms.definition import FormDefinition
from forms.eligibility import CriterionResult, Outcome, SchemeResult, Status
from forms.validation import relevant_fields
from sync.replica.entitlements import EntitlementReport
from sync.replica.errors import Term
from sync.replica.search import PersonSummary

CONTEXT = "Entitlements"
STATUS_WORDS: Mapping[Status, tuple[str, str]] = {
    Status.ELIGIBLE: ("✓", "Eligible"),
    Status.NOT_ELIGIBLE: ("✗", "Not eligible"),
    Status.ALREADY_ENROLLED: ("●", "Already enrolled"),
    Status.MISSING_INFORMATION: ("?", "Information missing"),
    Status.EXCLUDED: ("⊘", "Excluded by %1"),
}
MARKS: Mapping[Outcome, str] = {Outcome.PASS: "✓", Outcome.FAIL: "✗", Outcome.UNKNOWN: "?"}
WHOLE_HOUSEHOLD: Mapping[str, str] = {
    "household": "the household",
    "household.members": "the household's members",
}
# Field types a clerk can answer on the person form (not groups, notes or calculations).
_ANSWERABLE = frozenset({"group", "note", "calculated", "repeat"})


def _tr(text: str, n: int = -1) -> str:
    return translate(CONTEXT, text, n)


def fill(template: str, *values: str) -> str:
    """`template` with %1, %2 … replaced by `values`, each in its own direction (a scheme's
    Urdu name inside an English sentence, or the reverse, keeps its punctuation in place)."""
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", isolate(value))
    return template


def data_lines(
    data_as_of: str | None, now: datetime, stale_days: int, formats: LocaleFormat
) -> tuple[str, str]:
    """The "Data as of" line (in the clerk's time zone) and, once the data is older than
    `stale_days`, a warning."""
    if data_as_of is None:
        return _tr("Standalone: not yet synced with the registry"), ""
    try:
        when = datetime.fromisoformat(data_as_of)
    except ValueError:
        return fill(_tr("Data as of %1"), ltr(data_as_of)), ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=now.tzinfo)
    when = when.astimezone(now.tzinfo)
    line = fill(_tr("Data as of %1"), formats.date_time(when))
    age = now - when
    if age <= timedelta(days=stale_days):
        return line, ""
    warning = _tr(
        "The data is %Ln day(s) old. Sync with the registry before telling the applicant "
        "what they will receive.",
        age.days,
    )
    return line, warning


class EntitlementWords:
    """Turns entitlement reports into cards and household rows in one language."""

    def __init__(
        self,
        language: str,
        person_form: FormDefinition,
        household_form: FormDefinition,
        catalog: Catalog,
    ) -> None:
        self.language, self.catalog = language, catalog
        self.person_form = person_form
        self._person = Vocabulary(person_form, language)
        self.formats = self._person.formats
        self._household = Vocabulary(household_form, language)
        self.form_fields = frozenset(
            item.name for item in person_form.walk() if item.type not in _ANSWERABLE
        )
        self._asked = self.form_fields

    def asked(self, values: Mapping[str, Any], today: date) -> frozenset[str]:
        """The person-form fields this person is asked (a child is not asked marital status)."""
        shown = relevant_fields(self.person_form.fields, values, today)
        return self.form_fields & shown

    def scheme_name(self, scheme_id: str) -> str:
        try:
            return in_language(self.catalog.scheme(scheme_id).names, self.language)
        except KeyError:
            return scheme_id

    # -- one person -------------------------------------------------------------------------

    def panel(
        self,
        report: EntitlementReport,
        values: Mapping[str, Any],
        now: datetime,
        stale_days: int,
    ) -> PanelState:
        """The panel for one person; `values` are their person-form answers."""
        self._asked = self.asked(values, report.checked_on)
        line, warning = data_lines(report.data_as_of, now, stale_days, self.formats)
        title = in_language(self.catalog.title, self.language)
        version = self.formats.integer(report.catalog_version)
        source = fill(_tr("Catalog: %1, version %2"), title, version)
        return PanelState(source, line, warning, tuple(self.card(r) for r in report.results))

    def card(self, result: SchemeResult) -> SchemeCard:
        scheme, language = result.scheme, self.language
        on_form = self.fields_to_fill(result)
        return SchemeCard(
            scheme_id=scheme.id,
            name=in_language(scheme.names, language),
            status=result.status.value,
            badge=self.badge(result),
            criteria=tuple(self._criterion(c) for c in result.criteria),
            benefit=benefit_headline(scheme.benefit, self.formats),
            benefit_detail=in_language(scheme.benefit.description, language),
            documents=tuple(in_language(d, language) for d in scheme.documents),
            notes=tuple(self.note(name) for name in result.missing_fields if name not in on_form),
            can_apply=result.status is Status.ELIGIBLE,
            apply_hint=self.apply_hint(result),
            can_complete=result.status is Status.MISSING_INFORMATION and bool(on_form),
        )

    def badge(self, result: SchemeResult) -> str:
        icon, words = STATUS_WORDS[result.status]
        text = _tr(words)
        if result.status is Status.EXCLUDED:
            text = fill(text, self._names(result.excluded_by))
        return f"{icon} {text}"

    def fields_to_fill(self, result: SchemeResult) -> tuple[str, ...]:
        """The missing answers this person's form asks, in the order the rules need them
        (for the person of the last `panel`)."""
        return tuple(name for name in result.missing_fields if name in self._asked)

    def apply_hint(self, result: SchemeResult) -> str:
        name = in_language(result.scheme.names, self.language)
        match result.status:
            case Status.ELIGIBLE:
                return fill(_tr("Apply for %1"), name)
            case Status.ALREADY_ENROLLED:
                return _tr("There is already an application or enrolment for this scheme.")
            case Status.EXCLUDED:
                return fill(_tr("Cannot be combined with %1."), self._names(result.excluded_by))
            case Status.MISSING_INFORMATION:
                return _tr("Complete the missing information first.")
        failed = [
            in_language(c.criterion.label, self.language)
            for c in result.criteria
            if c.outcome is Outcome.FAIL
        ]
        return fill(_tr("Not eligible: %1"), "; ".join(failed))

    def _criterion(self, result: CriterionResult) -> CriterionLine:
        text = in_language(result.criterion.label, self.language)
        detail = ""
        if result.outcome is Outcome.UNKNOWN:
            if result.missing:
                detail = fill(_tr("Not recorded: %1"), "; ".join(self.missing_list(result.missing)))
            elif result.error:
                detail = _tr("Could not be checked: the rule does not fit this record.")
        return CriterionLine(result.outcome.value, MARKS[result.outcome], text, detail)

    def missing_list(self, names: Sequence[str]) -> list[str]:
        """Missing items in words; the functioning questions, when several, as one item."""
        functioning = [name for name in names if name in WG_NAMES and name in self.form_fields]
        words: list[str] = []
        for name in names:
            if len(functioning) > 1 and name in functioning:
                if name == functioning[0]:
                    words.append(_tr("%Ln of the functioning questions", len(functioning)))
                continue
            words.append(self.missing(name))
        return words

    def missing(self, name: str) -> str:
        """A missing item named in words."""
        if name in self.form_fields:
            return self._person.field_label(name)
        if name in WHOLE_HOUSEHOLD:
            return _tr(WHOLE_HOUSEHOLD[name])
        head, _, rest = name.partition(".")
        words = {
            "contributions": lambda: fill(
                _tr("contribution record for %1"), self.scheme_name(rest)
            ),
            "household": lambda: self._household.field_label(rest),
            "members": lambda: fill(
                _tr("%1 of a household member"), self._person.field_label(rest)
            ),
        }
        return words[head]() if head in words else name

    def note(self, name: str) -> str:
        """Why a missing item cannot be filled in on this person's form, and what to do."""
        head, _, rest = name.partition(".")
        if head == "contributions":
            template = _tr(
                "Needs a contribution record from the registry (%1). It comes with a sync; "
                "it cannot be entered at the counter."
            )
            return fill(template, self.scheme_name(rest))
        if head == "members":
            template = _tr(
                "Needs “%1” for another household member: open their record from the "
                "household table."
            )
            return fill(template, self._person.field_label(rest))
        if head == "household":
            template = _tr("Needs “%1” of the household, which comes from the household survey.")
            return fill(template, self.missing(name))
        if name in self.form_fields:
            template = _tr("“%1” is not asked for this person, so it stays unknown.")
            return fill(template, self.missing(name))
        return fill(_tr("Needs “%1”."), self.missing(name))

    def terms(self, terms: tuple[Term, ...]) -> list[str]:
        """Schemes, criteria and fields named in an error, in this language (`user_text`)."""
        fields = [term.key for term in terms if term.kind == "field"]
        words = self.missing_list(fields) if fields else []
        for term in terms:
            if term.kind == "scheme":
                words.append(self.scheme_name(term.key))
            elif term.kind != "field":
                words.append(in_language(term.labels, self.language) or term.key)
        return words

    def _names(self, scheme_ids: Sequence[str]) -> str:
        return ", ".join(self.scheme_name(scheme_id) for scheme_id in scheme_ids)

    # -- the household ----------------------------------------------------------------------

    def member_row(self, member: PersonSummary, report: EntitlementReport) -> MemberEntitlements:
        def named(*statuses: Status) -> str:
            return "\n".join(
                in_language(r.scheme.names, self.language)
                for r in report.results
                if r.status in statuses
            )

        relationship = self._household.choice("relationship", member.relationship)
        name = isolate(member.full_name)
        if relationship:
            name = f"{name} ({relationship})"
        return MemberEntitlements(
            person_id=member.id,
            name=name,
            eligible=named(Status.ELIGIBLE),
            enrolled=named(Status.ALREADY_ENROLLED),
            missing=named(Status.MISSING_INFORMATION),
        )
