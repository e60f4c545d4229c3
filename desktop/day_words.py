"""The supervisor's day in words: one `DayData` for the page, the PDF and the CSV, the words
for its codes, and the summary a supervisor reads at a glance. No widgets here.

`DayData` joins what the device knows (`DeviceDay`, from the replica) with, when the registry
could be asked, its view of the office's day and the open conflicts (`RegistryDay`). Person
names come in `names` (entity id -> name) for display; they never reach a log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import Any

from desktop.i18n import isolate
from desktop.locale_format import LocaleFormat, translate
from forms.definition import FieldDef, FormDefinition
from sync.protocol import ClerkDay, ConflictItem, DayReport
from sync.replica.day import ClerkTally, DayPoint, DeviceDay, RejectedChange, TableAgreement

CONTEXT = "DayPage"
EMPTY = "—"
MINUTE, HOUR, DAY = 60, 3600, 86400
KIB = 1024

# The registry's reason codes for a refused change (see `sync.protocol`), in plain words.
REASONS: Mapping[str, str] = {
    "merged_into": (
        "The registry had merged this person into another record, so the change was not "
        "applied. Make it on the record that remains."
    ),
    "deleted": "The record had been deleted at the registry, so the change was not applied.",
    "out_of_scope": (
        "The record belongs to another district, and this computer may not change it."
    ),
    "invalid": "The registry does not accept one of the values. Correct it and send it again.",
    "payload_mismatch": (
        "The registry had already received this change with other contents and kept the "
        "first. It was recorded for the registry operator."
    ),
    "hash_mismatch": "The change arrived damaged at the registry. Send it again.",
    "not_permitted": "The registry does not allow the user who made this change to make it.",
}
CHANGE_KINDS: Mapping[str, str] = {
    "person/create": "New person",
    "person/update": "Change to a person",
    "person/delete": "Removal of a person",
    "household/create": "New household",
    "household/update": "Change to a household",
    "enrolment/create": "Application",
    "enrolment/update": "Change to an application",
}
STATUSES: Mapping[str, str] = {
    "": "To handle",
    "resubmitted": "Corrected and sent again",
    "discarded": "Discarded",
}
ENTITIES: Mapping[str, str] = {
    "person": "Person",
    "household": "Household",
    "enrolment": "Application",
}
TABLES: Mapping[str, str] = {
    "person": "Persons",
    "household": "Households",
    "enrolment": "Applications",
}


def _tr(text: str, n: int = -1) -> str:
    return translate(CONTEXT, text, n)


# -- the day's data -------------------------------------------------------------------------


@dataclass(frozen=True)
class RegistryDay:
    """The registry's answer for the day: its counts and sessions, and the open conflicts."""

    report: DayReport
    conflicts: tuple[ConflictItem, ...] = ()


@dataclass(frozen=True)
class DayData:
    """Everything the day page, the PDF and the CSV show for one day (immutable)."""

    device: DeviceDay
    office: str
    viewer: str  # the supervisor looking at it (named on the PDF)
    registry: RegistryDay | None = None
    registry_note: str = ""  # why there is no registry view (offline, standalone)
    names: Mapping[str, str] = field(default_factory=dict)
    series: tuple[DayPoint, ...] = ()

    @property
    def open_rejected(self) -> tuple[RejectedChange, ...]:
        return tuple(r for r in self.device.rejected if r.resolution is None)

    @property
    def conflicts(self) -> tuple[ConflictItem, ...]:
        return self.registry.conflicts if self.registry is not None else ()


def sent(tally: ClerkTally) -> int:
    """Changes of the day that left this computer (all but the ones still waiting)."""
    return max(0, tally.created + tally.updated + tally.applications - tally.pending - tally.held)


def received(clerk: ClerkDay) -> int:
    return clerk.created + clerk.updated + clerk.applications


def accepted(clerk: ClerkDay) -> int:
    return clerk.applied + clerk.merged


def short_time(formats: LocaleFormat, value: str | None) -> str:
    """ "09:14" of an ISO date-time (as recorded, its own offset); unreadable text as stored."""
    if not value:
        return ""
    try:
        return formats.digits(datetime.fromisoformat(value).strftime("%H:%M"))
    except ValueError:
        return value


def age_words(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < MINUTE:
        return _tr("less than a minute")
    if seconds < HOUR:
        return _tr("%Ln minute(s)", seconds // MINUTE)
    if seconds < 2 * DAY:
        return _tr("%Ln hour(s)", seconds // HOUR)
    return _tr("%Ln day(s)", seconds // DAY)


def reason_words(code: str | None) -> str:
    if code and code in REASONS:
        return _tr(REASONS[code])
    return _tr("The registry refused this change.")


def change_kind(entity: str, op: str) -> str:
    key = f"{entity}/{op}"
    return _tr(CHANGE_KINDS[key]) if key in CHANGE_KINDS else f"{entity} {op}"


def status_words(change: RejectedChange) -> str:
    return _tr(STATUSES.get(change.resolution or "", change.resolution or ""))


def record_words(entity: str, op: str, entity_id: str, names: Mapping[str, str]) -> str:
    """ "Change to a person: Muhammad Aslam" (the name when the device has the record)."""
    name = names.get(entity_id)
    kind = change_kind(entity, op)
    return f"{kind}: {isolate(name)}" if name else kind


def entity_words(entity: str, entity_id: str, names: Mapping[str, str]) -> str:
    """ "Person: Muhammad Aslam" (the name when the device has the record)."""
    kind = _tr(ENTITIES[entity]) if entity in ENTITIES else entity
    name = names.get(entity_id)
    return f"{kind}: {isolate(name)}" if name else kind


def table_words(table: str) -> str:
    return _tr(TABLES[table]) if table in TABLES else table


def agreement_text(agreement: TableAgreement, formats: LocaleFormat) -> str:
    """One table's count-and-hash comparison with the registry, in a line."""
    name = table_words(agreement.table)
    here = formats.integer(agreement.local_count)
    if agreement.agrees is None:
        return (
            _tr("○ %1 (%2 here): not compared with the registry yet")
            .replace("%1", name)
            .replace("%2", here)
        )
    if agreement.agrees:
        return _tr("✓ %1 (%2): the same as at the registry").replace("%1", name).replace("%2", here)
    there = formats.integer(agreement.server_count or 0)
    text = _tr("✗ %1: they differ (%2 here, %3 at the registry)").replace("%1", name)
    return text.replace("%2", here).replace("%3", there)


def user_names(data: DayData) -> dict[str, str]:
    """User id -> display name, from the device's and the registry's clerk lists."""
    names = {tally.user_id: tally.display_name for tally in data.device.clerks}
    if data.registry is not None:
        for clerk in data.registry.report.clerks:
            names.setdefault(clerk.user_id, clerk.display_name)
    for change in data.device.rejected:
        names.setdefault(change.user_id, change.display_name)
    return names


# -- field names and values -----------------------------------------------------------------


def _all_fields(fields: Sequence[FieldDef]) -> Iterator[FieldDef]:
    for item in fields:
        yield item
        if item.fields:
            yield from _all_fields(item.fields)


class FieldWords:
    """Field labels and values of the person and household forms in one language."""

    def __init__(self, forms: Sequence[FormDefinition], language: str) -> None:
        self.language = language
        self.formats = LocaleFormat(language)
        self.fields: dict[str, FieldDef] = {}
        for form in forms:
            for item in _all_fields(form.fields):
                if item.type not in ("group", "repeat"):
                    self.fields.setdefault(item.name, item)

    def field(self, name: str) -> FieldDef | None:
        return self.fields.get(name)

    def label(self, name: str) -> str:
        item = self.fields.get(name)
        return item.label_in(self.language) if item is not None else name

    def value(self, name: str, value: Any) -> str:
        if value is None or value == "":
            return EMPTY
        if isinstance(value, bool):
            return _tr("Yes") if value else _tr("No")
        item = self.fields.get(name)
        if item is not None and item.choices:
            labels = {choice.value: choice for choice in item.choices}
            values = value if isinstance(value, list | tuple) else [value]
            words = []
            for one in values:
                choice = labels.get(str(one))
                words.append(
                    choice.label.get(self.language) or choice.label.get("en") or choice.value
                    if choice is not None
                    else str(one)
                )
            return ", ".join(words)
        if item is not None and item.type == "date":
            return isolate(self.formats.date(str(value)))
        return isolate(str(value))

    def changes(self, changes: Mapping[str, Sequence[Any]]) -> str:
        """ "Sex: dragon → Female; Phone: …" of an outbox change set (old → new)."""
        parts = []
        for name, pair in changes.items():
            old, new = (list(pair) + [None, None])[:2]
            parts.append(f"{self.label(name)}: {self.value(name, old)} → {self.value(name, new)}")
        return "; ".join(parts)


# -- the summary strip ------------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryItem:
    key: str  # "sent", "registry", "rejected", "conflicts", "signoff"
    title: str
    text: str
    level: str  # "ok", "warn" or "info"


def summary_items(data: DayData, formats: LocaleFormat, now: datetime) -> tuple[SummaryItem, ...]:
    """The day at a glance: sent, arrived, rejected, conflicts, signed."""
    return (
        _sent_item(data, formats, now),
        _registry_item(data, formats),
        _rejected_item(data, formats),
        _conflicts_item(data, formats),
        _signoff_item(data, formats),
    )


def _sent_item(data: DayData, formats: LocaleFormat, now: datetime) -> SummaryItem:
    device = data.device
    title = _tr("Sent from this computer")
    if device.pending_total == 0:
        return SummaryItem("sent", title, _tr("Everything was sent."), "ok")
    text = _tr("Waiting to be sent: %1").replace("%1", formats.integer(device.pending_total))
    if device.oldest_pending:
        try:
            oldest = datetime.fromisoformat(device.oldest_pending)
            age = age_words((now - oldest).total_seconds())
            stamp = isolate(formats.date_time(device.oldest_pending))
            text += "\n" + _tr("The oldest is from %1 (%2 ago).").replace("%1", stamp).replace(
                "%2", age
            )
        except (TypeError, ValueError):
            pass
    return SummaryItem("sent", title, text, "warn")


def _registry_item(data: DayData, formats: LocaleFormat) -> SummaryItem:
    title = _tr("Arrived at the registry")
    if data.registry is None:
        return SummaryItem("registry", title, _tr("Not known: needs the connection."), "info")
    missing = max(0, sent(data.device.totals) - received(data.registry.report.totals))
    differ = [t for t in data.device.tables if t.agrees is False]
    if missing:
        text = _tr("Sent but not seen by the registry: %1").replace("%1", formats.integer(missing))
        return SummaryItem("registry", title, text, "warn")
    if differ and data.device.pending_total:
        text = _tr(
            "Everything sent has arrived. The records are compared again once the waiting "
            "changes are sent."
        )
        return SummaryItem("registry", title, text, "info")
    if differ:
        words = formats_join([table_words(t.table) for t in differ])
        return SummaryItem(
            "registry",
            title,
            _tr("Everything arrived, but %1 differ.").replace("%1", words),
            "warn",
        )
    return SummaryItem("registry", title, _tr("Everything sent has arrived."), "ok")


def formats_join(items: Sequence[str]) -> str:
    return LocaleFormat.current().join(list(items))


def _rejected_item(data: DayData, formats: LocaleFormat) -> SummaryItem:
    title = _tr("Rejected by the registry")
    count = len(data.open_rejected)
    if count == 0:
        return SummaryItem("rejected", title, _tr("Nothing to handle."), "ok")
    text = _tr("To correct or discard: %1").replace("%1", formats.integer(count))
    return SummaryItem("rejected", title, text, "warn")


def _conflicts_item(data: DayData, formats: LocaleFormat) -> SummaryItem:
    title = _tr("Conflicts")
    if data.registry is None:
        return SummaryItem("conflicts", title, _tr("Not known: needs the connection."), "info")
    count = len(data.conflicts)
    if count == 0:
        return SummaryItem("conflicts", title, _tr("None open."), "ok")
    text = _tr("To resolve: %1").replace("%1", formats.integer(count))
    return SummaryItem("conflicts", title, text, "warn")


def _signoff_item(data: DayData, formats: LocaleFormat) -> SummaryItem:
    title = _tr("Sign-off")
    signoff = data.device.signoff
    central = data.registry.report.signoff if data.registry is not None else None
    if signoff is None and central is None:
        return SummaryItem("signoff", title, _tr("Not signed off yet."), "info")
    name = signoff.display_name if signoff is not None else central.display_name if central else ""
    at = signoff.signed_at if signoff is not None else central.signed_at if central else ""
    text = (
        _tr("Signed by %1 at %2")
        .replace("%1", isolate(name))
        .replace("%2", isolate(formats.date_time(at)))
    )
    level = "ok"
    if signoff is not None and signoff.sent_at is None and central is None:
        text += "\n" + _tr("It reaches the registry with the next sync.")
    late = len(data.device.late_entries)
    if late:
        text += "\n" + _tr("Late entries after the sign-off: %1").replace(
            "%1", formats.integer(late)
        )
        level = "warn"
    return SummaryItem("signoff", title, text, level)


# -- per clerk ------------------------------------------------------------------------------


class ClerkColumn(IntEnum):
    NAME = 0
    CREATED = 1
    UPDATED = 2
    APPLICATIONS = 3
    ACKNOWLEDGED = 4
    PENDING = 5
    REJECTED = 6
    CONFLICTED = 7
    AT_REGISTRY = 8
    REGISTRY_ACCEPTED = 9
    REGISTRY_REJECTED = 10
    REGISTRY_CONFLICTED = 11


REGISTRY_COLUMNS = (
    ClerkColumn.AT_REGISTRY,
    ClerkColumn.REGISTRY_ACCEPTED,
    ClerkColumn.REGISTRY_REJECTED,
    ClerkColumn.REGISTRY_CONFLICTED,
)
CLERK_HEADERS: Mapping[ClerkColumn, str] = {
    ClerkColumn.NAME: "Clerk",
    ClerkColumn.CREATED: "Registered",
    ClerkColumn.UPDATED: "Updated",
    ClerkColumn.APPLICATIONS: "Applications",
    ClerkColumn.ACKNOWLEDGED: "Acknowledged",
    ClerkColumn.PENDING: "Waiting",
    ClerkColumn.REJECTED: "Rejected",
    ClerkColumn.CONFLICTED: "Conflicts",
    ClerkColumn.AT_REGISTRY: "Registry: received",
    ClerkColumn.REGISTRY_ACCEPTED: "Registry: accepted",
    ClerkColumn.REGISTRY_REJECTED: "Registry: rejected",
    ClerkColumn.REGISTRY_CONFLICTED: "Registry: conflicts",
}


@dataclass(frozen=True)
class ClerkRow:
    """One clerk's day here (`device`) and at the registry (`registry`); or the totals."""

    name: str
    device: ClerkTally | None
    registry: ClerkDay | None
    total: bool = False

    def count(self, column: ClerkColumn) -> int | None:
        if column in REGISTRY_COLUMNS:
            clerk = self.registry
            if clerk is None:
                return None
            by_registry: dict[ClerkColumn, Callable[[ClerkDay], int]] = {
                ClerkColumn.AT_REGISTRY: received,
                ClerkColumn.REGISTRY_ACCEPTED: accepted,
                ClerkColumn.REGISTRY_REJECTED: lambda c: c.rejected,
                ClerkColumn.REGISTRY_CONFLICTED: lambda c: c.conflicted,
            }
            return int(by_registry[column](clerk))
        tally = self.device
        if tally is None:
            return None
        by_device: dict[ClerkColumn, int] = {
            ClerkColumn.CREATED: tally.created,
            ClerkColumn.UPDATED: tally.updated,
            ClerkColumn.APPLICATIONS: tally.applications,
            ClerkColumn.ACKNOWLEDGED: tally.acknowledged,
            ClerkColumn.PENDING: tally.pending,
            ClerkColumn.REJECTED: tally.rejected,
            ClerkColumn.CONFLICTED: tally.conflicted,
        }
        return by_device.get(column)

    @property
    def missing_at_registry(self) -> int:
        """Changes this computer sent that the registry has not counted (0 when unknown)."""
        if self.device is None or self.registry is None:
            return 0
        return max(0, sent(self.device) - received(self.registry))


def clerk_rows(data: DayData) -> list[ClerkRow]:
    """One row per clerk (this computer's first, then those only the registry saw), and the
    totals."""
    registry = data.registry.report if data.registry is not None else None
    by_id = {clerk.user_id: clerk for clerk in registry.clerks} if registry is not None else {}
    rows = [
        ClerkRow(tally.display_name, tally, by_id.pop(tally.user_id, None))
        for tally in data.device.clerks
    ]
    rows += [ClerkRow(clerk.display_name, None, clerk) for clerk in by_id.values()]
    totals = registry.totals if registry is not None else None
    rows.append(ClerkRow(_tr("Total"), data.device.totals, totals, total=True))
    return rows


def data_words(formats: LocaleFormat, sent_bytes: int, received_bytes: int) -> str:
    kib = (formats.number(round(n / KIB, 1)) for n in (sent_bytes, received_bytes))
    return _tr("%1 / %2 KB").replace("%1", next(kib)).replace("%2", next(kib))


def check_words(divergence: str | None) -> str:
    """The engine's divergence note ("agree", "repaired 2 rows", "not checked …") in words."""
    if not divergence:
        return EMPTY
    if divergence.startswith("agree"):
        return _tr("The same as at the registry")
    if divergence.startswith("repaired"):
        return _tr("Differed; repaired from the registry")
    if divergence.startswith("not checked"):
        return _tr("Not compared")
    return _tr("Differ from the registry")
