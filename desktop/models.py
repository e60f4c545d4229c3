"""Qt item models over the immutable objects the replica returns. GUI thread only.

Each model has a column enum; headers go through translation with a fixed context. Values
that must read left to right (ID numbers, registry numbers) are wrapped by `ltr`; dates are
written the language's way (`Vocabulary.formats`) in an isolate of their own direction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.i18n import isolate, ltr, plain
from desktop.vocabulary import Vocabulary
from forms.identifiers import get_identifier_type
from forms.regno import RegistryNoError, format_registry_no
from sync.replica.keyslots import SlotUser
from sync.replica.persons import HistoryEntry
from sync.replica.search import PersonSummary

CONTEXT = "Models"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def registry_no(compact: str | None) -> str:
    """Display form of a registry number; a malformed one is shown as stored."""
    if not compact:
        return ""
    try:
        return format_registry_no(compact)
    except RegistryNoError:
        return compact


class TableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of immutable rows; subclasses say how a cell reads."""

    def __init__(self, columns: Sequence[IntEnum], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: tuple[Row, ...] = ()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[Row, ...]:
        return self._rows

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if 0 <= section < len(self.columns):
            return self.header(self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return plain(self.text(row, column))
        if role == ID_ROLE:
            return self.row_id(row)
        return None

    def header(self, column: IntEnum) -> str:
        raise NotImplementedError

    def text(self, row: Row, column: IntEnum) -> str:
        raise NotImplementedError

    def row_id(self, row: Row) -> str:
        raise NotImplementedError


class PersonColumn(IntEnum):
    NAME = 0
    FATHER = 1
    DATE_OF_BIRTH = 2
    ID_NUMBER = 3
    VILLAGE = 4
    REGISTRY_NO = 5
    RELATIONSHIP = 6
    SEX = 7


SEARCH_COLUMNS = (
    PersonColumn.NAME,
    PersonColumn.FATHER,
    PersonColumn.DATE_OF_BIRTH,
    PersonColumn.ID_NUMBER,
    PersonColumn.VILLAGE,
    PersonColumn.REGISTRY_NO,
)
MEMBER_COLUMNS = (
    PersonColumn.NAME,
    PersonColumn.RELATIONSHIP,
    PersonColumn.SEX,
    PersonColumn.DATE_OF_BIRTH,
    PersonColumn.ID_NUMBER,
    PersonColumn.REGISTRY_NO,
)
_PERSON_HEADERS = {
    PersonColumn.NAME: "Name",
    PersonColumn.FATHER: "Father/husband",
    PersonColumn.DATE_OF_BIRTH: "Date of birth",
    PersonColumn.ID_NUMBER: "ID number",
    PersonColumn.VILLAGE: "Village",
    PersonColumn.REGISTRY_NO: "Registry number",
    PersonColumn.RELATIONSHIP: "Relationship",
    PersonColumn.SEX: "Sex",
}


def person_header(column: PersonColumn) -> str:
    return _tr(_PERSON_HEADERS[column])


def id_display(kind: str | None, number: str | None) -> str:
    """An identity document number in its usual written form (dashes for a CNIC)."""
    if not number:
        return ""
    try:
        return get_identifier_type(kind or "").format(number)
    except (KeyError, ValueError):
        return number


def person_name(person: PersonSummary) -> str:
    if person.native_name:
        return f"{person.full_name} ({person.native_name})"
    return person.full_name


class PersonTableModel(TableModel[PersonSummary]):
    """Search results or household members, one `PersonSummary` per row."""

    def __init__(
        self,
        vocabulary: Callable[[], Vocabulary],
        columns: Sequence[PersonColumn] = SEARCH_COLUMNS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._vocabulary = vocabulary

    def header(self, column: IntEnum) -> str:
        return person_header(PersonColumn(column))

    def row_id(self, row: PersonSummary) -> str:
        return row.id

    def text(self, row: PersonSummary, column: IntEnum) -> str:
        words = self._vocabulary()
        cells: dict[PersonColumn, Callable[[], str]] = {
            PersonColumn.NAME: lambda: person_name(row),
            PersonColumn.FATHER: lambda: row.father_name or "",
            PersonColumn.DATE_OF_BIRTH: lambda: isolate(words.formats.date(row.birth_date)),
            PersonColumn.ID_NUMBER: lambda: ltr(id_display(row.id_type, row.id_number)),
            PersonColumn.VILLAGE: lambda: words.choice("village", row.village),
            PersonColumn.REGISTRY_NO: lambda: ltr(registry_no(row.registry_no)),
            PersonColumn.RELATIONSHIP: lambda: words.choice("relationship", row.relationship),
            PersonColumn.SEX: lambda: words.choice("sex", row.sex),
        }
        return cells[PersonColumn(column)]()


class HistoryColumn(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2


_HISTORY_HEADERS = {
    HistoryColumn.WHEN: "When",
    HistoryColumn.WHO: "Who",
    HistoryColumn.WHAT: "What",
}


class HistoryModel(TableModel[HistoryEntry]):
    """Who did what when to one record; user display names come with the entries."""

    def __init__(self, vocabulary: Callable[[], Vocabulary], parent: QObject | None = None) -> None:
        super().__init__(tuple(HistoryColumn), parent)
        self._vocabulary = vocabulary

    def header(self, column: IntEnum) -> str:
        return _tr(_HISTORY_HEADERS[HistoryColumn(column)])

    def row_id(self, row: HistoryEntry) -> str:
        return row.at

    def text(self, row: HistoryEntry, column: IntEnum) -> str:
        match HistoryColumn(column):
            case HistoryColumn.WHEN:
                return isolate(self._vocabulary().formats.date_time(row.at))
            case HistoryColumn.WHO:
                return row.user
            case HistoryColumn.WHAT:
                return self._vocabulary().action(row.action)
        return ""


class UserColumn(IntEnum):
    NAME = 0
    USERNAME = 1
    ROLE = 2


_USER_HEADERS = {UserColumn.NAME: "Name", UserColumn.USERNAME: "User name", UserColumn.ROLE: "Role"}


class UsersModel(TableModel[SlotUser]):
    """The local users who can unlock this cache."""

    def __init__(self, vocabulary: Callable[[], Vocabulary], parent: QObject | None = None) -> None:
        super().__init__(tuple(UserColumn), parent)
        self._vocabulary = vocabulary

    def header(self, column: IntEnum) -> str:
        return _tr(_USER_HEADERS[UserColumn(column)])

    def row_id(self, row: SlotUser) -> str:
        return row.user_id

    def text(self, row: SlotUser, column: IntEnum) -> str:
        match UserColumn(column):
            case UserColumn.NAME:
                return row.display_name
            case UserColumn.USERNAME:
                return ltr(row.username)
            case UserColumn.ROLE:
                return self._vocabulary().role(row.role)
        return ""


@dataclass(frozen=True)
class MemberEntitlements:
    """One household member and their schemes by status, already in words."""

    person_id: str
    name: str
    eligible: str
    enrolled: str
    missing: str


class EntitlementColumn(IntEnum):
    MEMBER = 0
    ELIGIBLE = 1
    ENROLLED = 2
    MISSING = 3


_ENTITLEMENT_HEADERS = {
    EntitlementColumn.MEMBER: "Member",
    EntitlementColumn.ELIGIBLE: "Eligible now",
    EntitlementColumn.ENROLLED: "Applied or enrolled",
    EntitlementColumn.MISSING: "Information missing",
}


class HouseholdEntitlementsModel(TableModel[MemberEntitlements]):
    """Who in the household is entitled to what: one member per row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(tuple(EntitlementColumn), parent)

    def header(self, column: IntEnum) -> str:
        return _tr(_ENTITLEMENT_HEADERS[EntitlementColumn(column)])

    def row_id(self, row: MemberEntitlements) -> str:
        return row.person_id

    def text(self, row: MemberEntitlements, column: IntEnum) -> str:
        match EntitlementColumn(column):
            case EntitlementColumn.MEMBER:
                return row.name
            case EntitlementColumn.ELIGIBLE:
                return row.eligible or "—"
            case EntitlementColumn.ENROLLED:
                return row.enrolled or "—"
            case EntitlementColumn.MISSING:
                return row.missing or "—"
        return ""
