"""The Qt item models of the day page's tables. GUI thread only.

Each model reads immutable rows (`sync.replica.day`, `sync.protocol`, `desktop.day_words`);
its column enum names the columns and its header table the translated headers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.day_words import (
    CLERK_HEADERS,
    ClerkColumn,
    ClerkRow,
    FieldWords,
    check_words,
    data_words,
    entity_words,
    reason_words,
    record_words,
    short_time,
    status_words,
)
from desktop.i18n import isolate, plain
from desktop.locale_format import LocaleFormat, translate
from desktop.models import Row, TableModel
from sync.protocol import ConflictItem
from sync.replica.day import LateLocalEntry, RejectedChange, SyncSessionRow

CONTEXT = "DayPage"
EMPTY = "—"
WARN_BACKGROUND = "#fff4d6"
Index = QModelIndex | QPersistentModelIndex
Formats = Callable[[], LocaleFormat]


def _tr(text: str, n: int = -1) -> str:
    return translate(CONTEXT, text, n)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class DayTableModel(TableModel[Row]):
    """The app's read-only table model, with tooltips, bold rows and flagged cells."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        roles: dict[int, Callable[[], Any]] = {
            Qt.ItemDataRole.DisplayRole: lambda: self.text(row, column),
            Qt.ItemDataRole.ToolTipRole: lambda: self.tip(row, column),
            Qt.ItemDataRole.AccessibleTextRole: lambda: plain(self.text(row, column)),
            Qt.ItemDataRole.FontRole: lambda: _bold() if self.emphasised(row) else None,
            Qt.ItemDataRole.BackgroundRole: lambda: (
                QBrush(QColor(WARN_BACKGROUND)) if self.flagged(row, column) else None
            ),
        }
        answer = roles.get(role)
        return answer() if answer is not None else None

    def tip(self, row: Row, column: IntEnum) -> str:
        return self.text(row, column)

    def emphasised(self, _row: Row) -> bool:
        return False

    def flagged(self, _row: Row, _column: IntEnum) -> bool:
        return False


class ClerkModel(DayTableModel[ClerkRow]):
    """Per clerk: the day's work on this computer beside what the registry received."""

    def __init__(self, formats: Formats, parent: QObject | None = None) -> None:
        super().__init__(tuple(ClerkColumn), parent)
        self._formats = formats

    def header(self, column: IntEnum) -> str:
        return _tr(CLERK_HEADERS[ClerkColumn(column)])

    def text(self, row: ClerkRow, column: IntEnum) -> str:
        if column == ClerkColumn.NAME:
            return row.name
        count = row.count(ClerkColumn(column))
        return EMPTY if count is None else self._formats().integer(count)

    def tip(self, row: ClerkRow, column: IntEnum) -> str:
        if self.flagged(row, column):
            return _tr("Sent from this computer but not counted by the registry yet: %1").replace(
                "%1", self._formats().integer(row.missing_at_registry)
            )
        return self.text(row, column)

    def emphasised(self, row: ClerkRow) -> bool:
        return row.total

    def flagged(self, row: ClerkRow, column: IntEnum) -> bool:
        return column == ClerkColumn.AT_REGISTRY and row.missing_at_registry > 0


class RejectedColumn(IntEnum):
    WHEN = 0
    CLERK = 1
    RECORD = 2
    CHANGE = 3
    REASON = 4
    STATUS = 5


REJECTED_HEADERS: Mapping[RejectedColumn, str] = {
    RejectedColumn.WHEN: "Time",
    RejectedColumn.CLERK: "Clerk",
    RejectedColumn.RECORD: "Record",
    RejectedColumn.CHANGE: "Change",
    RejectedColumn.REASON: "Why the registry refused it",
    RejectedColumn.STATUS: "Status",
}


class RejectedModel(DayTableModel[RejectedChange]):
    """The day's refused changes, the ones still to handle first."""

    def __init__(
        self,
        words: Callable[[], FieldWords],
        names: Callable[[], Mapping[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tuple(RejectedColumn), parent)
        self._words, self._names = words, names

    def header(self, column: IntEnum) -> str:
        return _tr(REJECTED_HEADERS[RejectedColumn(column)])

    def text(self, row: RejectedChange, column: IntEnum) -> str:
        words = self._words()
        cells: dict[RejectedColumn, Callable[[], str]] = {
            RejectedColumn.WHEN: lambda: short_time(words.formats, row.client_time),
            RejectedColumn.CLERK: lambda: row.display_name,
            RejectedColumn.RECORD: lambda: record_words(
                row.entity, row.op, row.entity_id, self._names()
            ),
            RejectedColumn.CHANGE: lambda: words.changes(row.changes),
            RejectedColumn.REASON: lambda: reason_words(row.reason),
            RejectedColumn.STATUS: lambda: status_words(row),
        }
        return cells[RejectedColumn(column)]()

    def tip(self, row: RejectedChange, column: IntEnum) -> str:
        if column == RejectedColumn.REASON and row.message:
            return f"{reason_words(row.reason)}\n\n{_tr('The registry said:')} {row.message}"
        if column == RejectedColumn.STATUS and row.resolution_note:
            return f"{status_words(row)}: {isolate(row.resolution_note)}"
        return self.text(row, column)

    def emphasised(self, row: RejectedChange) -> bool:
        return row.resolution is None


class ConflictColumn(IntEnum):
    RECORD = 0
    FIELD = 1
    LIVE = 2
    PROPOSED = 3
    DEVICE = 4
    WHEN = 5


CONFLICT_HEADERS: Mapping[ConflictColumn, str] = {
    ConflictColumn.RECORD: "Record",
    ConflictColumn.FIELD: "Field",
    ConflictColumn.LIVE: "At the registry now",
    ConflictColumn.PROPOSED: "Proposed",
    ConflictColumn.DEVICE: "Proposed from",
    ConflictColumn.WHEN: "Proposed at",
}


class ConflictModel(DayTableModel[ConflictItem]):
    """Open conflicts of the district: the registry's value and the proposal."""

    def __init__(
        self,
        words: Callable[[], FieldWords],
        names: Callable[[], Mapping[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tuple(ConflictColumn), parent)
        self._words, self._names = words, names

    def header(self, column: IntEnum) -> str:
        return _tr(CONFLICT_HEADERS[ConflictColumn(column)])

    def text(self, row: ConflictItem, column: IntEnum) -> str:
        words = self._words()
        cells: dict[ConflictColumn, Callable[[], str]] = {
            ConflictColumn.RECORD: lambda: entity_words(row.entity, row.entity_id, self._names()),
            ConflictColumn.FIELD: lambda: words.label(row.field),
            ConflictColumn.LIVE: lambda: words.value(row.field, row.live_value),
            ConflictColumn.PROPOSED: lambda: words.value(row.field, row.proposed_value),
            ConflictColumn.DEVICE: lambda: row.device_name,
            ConflictColumn.WHEN: lambda: isolate(words.formats.date_time(row.proposed_at)),
        }
        return cells[ConflictColumn(column)]()


class SessionColumn(IntEnum):
    STARTED = 0
    ENDED = 1
    SENT = 2
    ACCEPTED = 3
    CONFLICTS = 4
    REJECTED = 5
    RECEIVED = 6
    DATA = 7
    CHECK = 8
    OUTCOME = 9


SESSION_HEADERS: Mapping[SessionColumn, str] = {
    SessionColumn.STARTED: "Started",
    SessionColumn.ENDED: "Ended",
    SessionColumn.SENT: "Changes sent",
    SessionColumn.ACCEPTED: "Accepted",
    SessionColumn.CONFLICTS: "Conflicts",
    SessionColumn.REJECTED: "Rejected",
    SessionColumn.RECEIVED: "Changes received",
    SessionColumn.DATA: "Data sent / received",
    SessionColumn.CHECK: "Records compared",
    SessionColumn.OUTCOME: "Outcome",
}


def outcome_words(row: SyncSessionRow) -> str:
    return _tr("Did not finish") if row.error else _tr("Finished")


class SessionModel(DayTableModel[SyncSessionRow]):
    """This computer's sync sessions of the day."""

    def __init__(self, formats: Formats, parent: QObject | None = None) -> None:
        super().__init__(tuple(SessionColumn), parent)
        self._formats = formats

    def header(self, column: IntEnum) -> str:
        return _tr(SESSION_HEADERS[SessionColumn(column)])

    def text(self, row: SyncSessionRow, column: IntEnum) -> str:
        formats = self._formats()
        counts = {
            SessionColumn.SENT: row.pushed,
            SessionColumn.ACCEPTED: row.applied + row.merged,
            SessionColumn.CONFLICTS: row.conflicted,
            SessionColumn.REJECTED: row.rejected,
            SessionColumn.RECEIVED: row.pulled,
        }
        which = SessionColumn(column)
        if which in counts:
            return formats.integer(counts[which])
        cells: dict[SessionColumn, Callable[[], str]] = {
            SessionColumn.STARTED: lambda: short_time(formats, row.started_at),
            SessionColumn.ENDED: lambda: short_time(formats, row.ended_at) or EMPTY,
            SessionColumn.DATA: lambda: isolate(
                data_words(formats, row.bytes_sent, row.bytes_received)
            ),
            SessionColumn.CHECK: lambda: check_words(row.divergence),
            SessionColumn.OUTCOME: lambda: outcome_words(row),
        }
        return cells[which]()

    def flagged(self, row: SyncSessionRow, column: IntEnum) -> bool:
        return column == SessionColumn.OUTCOME and bool(row.error)


class LateColumn(IntEnum):
    WHEN = 0
    RECORDED = 1
    RECORD = 2
    CLERK = 3


LATE_HEADERS: Mapping[LateColumn, str] = {
    LateColumn.WHEN: "Time of the work",
    LateColumn.RECORDED: "Recorded after the sign-off at",
    LateColumn.RECORD: "Record",
    LateColumn.CLERK: "Clerk",
}


class LateModel(DayTableModel[LateLocalEntry]):
    """Work recorded for the day after it was signed off."""

    def __init__(
        self,
        formats: Formats,
        names: Callable[[], Mapping[str, str]],
        users: Callable[[], Mapping[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tuple(LateColumn), parent)
        self._formats, self._names, self._users = formats, names, users

    def header(self, column: IntEnum) -> str:
        return _tr(LATE_HEADERS[LateColumn(column)])

    def text(self, row: LateLocalEntry, column: IntEnum) -> str:
        formats = self._formats()
        match LateColumn(column):
            case LateColumn.WHEN:
                return short_time(formats, row.client_time)
            case LateColumn.RECORDED:
                return isolate(formats.date_time(row.recorded_at))
            case LateColumn.RECORD:
                return record_words(row.entity, row.op, row.entity_id, self._names())
            case LateColumn.CLERK:
                return self._users().get(row.user_id, row.user_id)
        return ""
