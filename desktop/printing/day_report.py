"""The supervisor's day on paper (PDF, A4 landscape) and for a spreadsheet (CSV).

PDF. The day is written as HTML into a `QTextDocument` and printed on a `QPdfWriter` (A4
landscape, page numbers by Qt), so Urdu and Khmer are shaped by Qt's text engine with the
bundled Noto fonts, the language's own first. For Urdu every paragraph runs right to left
and each table's columns are written from the right (Qt's HTML tables ignore `dir`). Codes,
office names and times sit in their own direction islands. Contents: the day at a glance,
work per clerk (with the registry's numbers when it could be asked), the record comparison,
rejected changes, open conflicts, late entries, the sync log, the sign-off and a line to sign.

CSV. UTF-8 with a byte-order mark (so Excel opens Urdu and Khmer correctly), comma separated.
Several blocks, each a title row, a header row and its rows, separated by an empty row:
the day (office, date, printed at), work per clerk with a "Total" row last, rejected changes
(with the registry's reason code), open conflicts, late entries and the sync sessions. Headers
are in the interface language; counts are plain integers and times ISO 8601, so a spreadsheet
can compute with them.
"""

from __future__ import annotations

import csv
import html
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desktop.day_models import (
    CONFLICT_HEADERS,
    LATE_HEADERS,
    REJECTED_HEADERS,
    SESSION_HEADERS,
    ConflictColumn,
    LateColumn,
    RejectedColumn,
    SessionColumn,
)
from desktop.day_words import (
    CLERK_HEADERS,
    REGISTRY_COLUMNS,
    ClerkColumn,
    DayData,
    FieldWords,
    agreement_text,
    check_words,
    clerk_rows,
    data_words,
    entity_words,
    reason_words,
    record_words,
    short_time,
    status_words,
    summary_items,
    user_names,
)
from desktop.i18n import FONT_FAMILIES, RIGHT_TO_LEFT, isolate, ltr, plain
from desktop.locale_format import LocaleFormat, translate

CONTEXT = "DayReport"
PDF_DPI = 300
MARGIN_MM = 14
BASE_PT = 9.0
BORDER = "#9aa0a6"
HEAD_BACKGROUND = "#eef1f5"


class DayReportNotWritten(OSError):
    """The PDF could not be opened for writing."""


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def _page_tr(text: str) -> str:
    """The page's own words (same context as the screen), for the headers both show."""
    return translate("DayPage", text)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


# -- PDF ----------------------------------------------------------------------------------------


class _Html:
    """HTML for one language: paragraphs and tables that read from the language's side."""

    def __init__(self, language: str) -> None:
        self.rtl = language in RIGHT_TO_LEFT
        self.align = "right" if self.rtl else "left"
        self.dir = "rtl" if self.rtl else "ltr"

    def heading(self, text: str, size: float = 12) -> str:
        return (
            f"<p dir='{self.dir}' align='{self.align}' style='margin-top:14px; "
            f"margin-bottom:4px; font-size:{size}pt; font-weight:bold'>{_e(text)}</p>"
        )

    def para(self, text: str, style: str = "") -> str:
        lines = "<br/>".join(_e(line) for line in text.split("\n"))
        return (
            f"<p dir='{self.dir}' align='{self.align}' style='margin:2px 0px; {style}'>{lines}</p>"
        )

    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], bold_last: bool = False
    ) -> str:
        def cells(values: Sequence[str], tag: str, style: str) -> str:
            ordered = list(reversed(values)) if self.rtl else list(values)
            return "".join(
                f"<{tag} dir='{self.dir}' align='{self.align}' style='{style}'>{_e(v)}</{tag}>"
                for v in ordered
            )

        head = f"<tr>{cells(headers, 'th', f'background-color:{HEAD_BACKGROUND}')}</tr>"
        last = len(rows) - 1 if bold_last else -1
        body = "".join(
            f"<tr>{cells(row, 'td', 'font-weight:bold' if i == last else '')}</tr>"
            for i, row in enumerate(rows)
        )
        return (
            f"<table width='100%' border='1' cellspacing='0' cellpadding='3' "
            f"style='border-color:{BORDER}; border-style:solid'>{head}{body}</table>"
        )


def render_day_pdf(data: DayData, words: FieldWords, path: Path | str) -> Path:
    """Write the day report as an A4 PDF to `path`; raises `DayReportNotWritten`."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_DPI)
    writer.setTitle(_tr("Day report %1").replace("%1", data.device.day.isoformat()))
    writer.setCreator("OneStop")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    font = QFont()
    font.setFamilies([*FONT_FAMILIES.get(words.language, FONT_FAMILIES["en"]), "DejaVu Sans"])
    font.setPointSizeF(BASE_PT)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word, even in a cell
    document.setDefaultTextOption(option)
    document.setHtml(day_html(data, words, datetime.now().astimezone()))
    document.print_(writer)
    del writer  # finishes the file
    if not target.exists() or target.stat().st_size == 0:
        raise DayReportNotWritten("the day report could not be written")
    return target


def day_html(data: DayData, words: FieldWords, now: datetime) -> str:
    """The whole report as HTML in the language of `words`."""
    out = _Html(words.language)
    formats = words.formats
    device = data.device
    parts = [
        out.heading(_tr("Day report"), 16),
        out.para(
            _tr("Office %1 · %2")
            .replace("%1", ltr(data.office))
            .replace("%2", isolate(formats.date(device.day))),
            "font-size:11pt",
        ),
        out.para(
            _tr("Printed on %1 by %2")
            .replace("%1", isolate(formats.date_time(now.isoformat(timespec="minutes"))))
            .replace("%2", isolate(data.viewer)),
            "color:#5f6368",
        ),
    ]
    if data.registry_note:
        parts.append(out.para(data.registry_note, "color:#5f6368"))
    parts.append(out.heading(_tr("At a glance")))
    parts.append(
        out.table(
            [_tr("What"), _tr("How it stands")],
            [
                [item.title, plain(item.text).replace("\n", " ")]
                for item in summary_items(data, formats, now)
            ],
        )
    )
    parts += _clerks_html(out, data, formats)
    parts += _detail_html(out, data, words)
    parts += _signoff_html(out, data, formats)
    return f"<html><body>{''.join(parts)}</body></html>"


def _clerk_table(data: DayData, formats: LocaleFormat) -> tuple[list[str], list[list[str]]]:
    columns = [c for c in ClerkColumn if data.registry is not None or c not in REGISTRY_COLUMNS]
    headers = [_page_tr(CLERK_HEADERS[c]).replace("\n", " ") for c in columns]
    rows = []
    for row in clerk_rows(data):
        cells = []
        for column in columns:
            if column == ClerkColumn.NAME:
                cells.append(row.name)
                continue
            count = row.count(column)
            cells.append("—" if count is None else formats.integer(count))
        rows.append(cells)
    return headers, rows


def _clerks_html(out: _Html, data: DayData, formats: LocaleFormat) -> list[str]:
    headers, rows = _clerk_table(data, formats)
    parts = [out.heading(_tr("Work per clerk")), out.table(headers, rows, bold_last=True)]
    parts.append(out.heading(_tr("Records compared with the registry")))
    lines = [agreement_text(t, formats) for t in data.device.tables]
    for agreement in data.device.tables:
        if agreement.differing_ids:
            lines.append(
                _tr("Records that differ: %1").replace(
                    "%1", ltr(", ".join(agreement.differing_ids))
                )
            )
    parts.append(out.para("\n".join(lines) or _tr("Not compared yet.")))
    return parts


def _rejected_rows(data: DayData, words: FieldWords) -> list[list[str]]:
    formats = words.formats
    return [
        [
            short_time(formats, change.client_time),
            change.display_name,
            record_words(change.entity, change.op, change.entity_id, data.names),
            words.changes(change.changes),
            reason_words(change.reason),
            status_words(change)
            + (f": {isolate(change.resolution_note)}" if change.resolution_note else ""),
        ]
        for change in data.device.rejected
    ]


def _conflict_rows(data: DayData, words: FieldWords) -> list[list[str]]:
    formats = words.formats
    return [
        [
            entity_words(c.entity, c.entity_id, data.names),
            words.label(c.field),
            words.value(c.field, c.live_value),
            words.value(c.field, c.proposed_value),
            c.device_name,
            formats.date_time(c.proposed_at),
        ]
        for c in data.conflicts
    ]


def _late_rows(data: DayData, formats: LocaleFormat) -> list[list[str]]:
    users = user_names(data)
    return [
        [
            short_time(formats, entry.client_time),
            formats.date_time(entry.recorded_at),
            record_words(entry.entity, entry.op, entry.entity_id, data.names),
            users.get(entry.user_id, entry.user_id),
        ]
        for entry in data.device.late_entries
    ]


def _session_rows(data: DayData, formats: LocaleFormat) -> list[list[str]]:
    return [
        [
            short_time(formats, s.started_at),
            short_time(formats, s.ended_at) or "—",
            formats.integer(s.pushed),
            formats.integer(s.applied + s.merged),
            formats.integer(s.conflicted),
            formats.integer(s.rejected),
            formats.integer(s.pulled),
            isolate(data_words(formats, s.bytes_sent, s.bytes_received)),
            check_words(s.divergence),
            _page_tr("Did not finish") if s.error else _page_tr("Finished"),
        ]
        for s in data.device.sync_sessions
    ]


def _headers(table: Mapping[Any, str], columns: Iterable[Any]) -> list[str]:
    return [_page_tr(table[c]) for c in columns]


def _detail_html(out: _Html, data: DayData, words: FieldWords) -> list[str]:
    formats = words.formats
    parts = [out.heading(_tr("Rejected changes"))]
    rejected = _rejected_rows(data, words)
    parts.append(
        out.table(_headers(REJECTED_HEADERS, list(RejectedColumn)), rejected)
        if rejected
        else out.para(_tr("None."))
    )
    parts.append(out.heading(_tr("Conflicts waiting for a decision")))
    if data.registry is None:
        parts.append(out.para(_tr("Not known: the registry could not be asked.")))
    elif data.conflicts:
        parts.append(
            out.table(_headers(CONFLICT_HEADERS, list(ConflictColumn)), _conflict_rows(data, words))
        )
    else:
        parts.append(out.para(_tr("None.")))
    if data.device.late_entries:
        parts.append(out.heading(_tr("Recorded for this day after the sign-off")))
        parts.append(out.table(_headers(LATE_HEADERS, list(LateColumn)), _late_rows(data, formats)))
    parts.append(out.heading(_tr("Sync sessions of this computer")))
    sessions = _session_rows(data, formats)
    parts.append(
        out.table(_headers(SESSION_HEADERS, list(SessionColumn)), sessions)
        if sessions
        else out.para(_tr("None."))
    )
    return parts


def _signoff_html(out: _Html, data: DayData, formats: LocaleFormat) -> list[str]:
    parts = [out.heading(_tr("Sign-off"))]
    signoff = data.device.signoff
    if signoff is None:
        parts.append(out.para(_tr("Not signed off yet.")))
    else:
        parts.append(
            out.para(
                _tr("Signed off by %1 at %2.")
                .replace("%1", isolate(signoff.display_name))
                .replace("%2", isolate(formats.date_time(signoff.signed_at)))
            )
        )
        if signoff.note:
            parts.append(out.para(_tr("Note: %1").replace("%1", isolate(signoff.note))))
    parts.append(
        out.para(
            "\n\n" + _tr("Supervisor's signature: ____________________    Date: ____________"),
            "margin-top:24px",
        )
    )
    return parts


# -- CSV ----------------------------------------------------------------------------------------


def _iso(value: str | None) -> str:
    return value or ""


def write_day_csv(data: DayData, words: FieldWords, path: Path | str) -> Path:
    """Write the day as CSV blocks (see the module's docstring) to `path`."""
    target = Path(path)
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        for block in _csv_blocks(data, words):
            for row in block:
                out.writerow([plain(cell) for cell in row])
            out.writerow([])
    return target


def _csv_blocks(data: DayData, words: FieldWords) -> list[list[list[str]]]:
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    blocks = [
        [
            [_tr("Day report"), data.office, data.device.day.isoformat()],
            [_tr("Printed at"), now, data.viewer],
        ]
    ]
    columns = list(ClerkColumn)
    clerks = [
        [_tr("Work per clerk")],
        [_page_tr(CLERK_HEADERS[c]).replace("\n", " ") for c in columns],
    ]
    for row in clerk_rows(data):
        counts = [row.count(c) for c in columns[1:]]
        clerks.append([row.name, *("" if n is None else str(n) for n in counts)])
    blocks.append(clerks)
    rejected = [
        [_tr("Rejected changes")],
        [
            _page_tr(REJECTED_HEADERS[RejectedColumn.WHEN]),
            _page_tr(REJECTED_HEADERS[RejectedColumn.CLERK]),
            _page_tr(REJECTED_HEADERS[RejectedColumn.RECORD]),
            _page_tr(REJECTED_HEADERS[RejectedColumn.CHANGE]),
            _tr("Reason code"),
            _page_tr(REJECTED_HEADERS[RejectedColumn.REASON]),
            _page_tr(REJECTED_HEADERS[RejectedColumn.STATUS]),
            _tr("Note"),
            _tr("Change id"),
        ],
    ]
    for change in data.device.rejected:
        rejected.append(
            [
                change.client_time,
                change.display_name,
                record_words(change.entity, change.op, change.entity_id, data.names),
                words.changes(change.changes),
                change.reason or "",
                reason_words(change.reason),
                status_words(change),
                change.resolution_note or "",
                change.mutation_id,
            ]
        )
    blocks.append(rejected)
    conflicts = [[_tr("Conflicts waiting for a decision")]]
    if data.registry is not None:
        conflicts.append(_headers(CONFLICT_HEADERS, list(ConflictColumn)))
        conflicts += [
            [*row[:5], c.proposed_at]
            for row, c in zip(_conflict_rows(data, words), data.conflicts, strict=True)
        ]
    else:
        conflicts.append([_tr("Not known: the registry could not be asked.")])
    blocks.append(conflicts)
    late = [[_tr("Recorded for this day after the sign-off")]]
    late.append(_headers(LATE_HEADERS, list(LateColumn)))
    users = user_names(data)
    for entry in data.device.late_entries:
        late.append(
            [
                entry.client_time,
                entry.recorded_at,
                record_words(entry.entity, entry.op, entry.entity_id, data.names),
                users.get(entry.user_id, entry.user_id),
            ]
        )
    blocks.append(late)
    sessions = [[_tr("Sync sessions of this computer")]]
    sessions.append(
        [
            _page_tr(SESSION_HEADERS[SessionColumn.STARTED]),
            _page_tr(SESSION_HEADERS[SessionColumn.ENDED]),
            _page_tr(SESSION_HEADERS[SessionColumn.SENT]),
            _page_tr(SESSION_HEADERS[SessionColumn.ACCEPTED]),
            _page_tr(SESSION_HEADERS[SessionColumn.CONFLICTS]),
            _page_tr(SESSION_HEADERS[SessionColumn.REJECTED]),
            _page_tr(SESSION_HEADERS[SessionColumn.RECEIVED]),
            _tr("Bytes sent"),
            _tr("Bytes received"),
            _page_tr(SESSION_HEADERS[SessionColumn.CHECK]),
            _page_tr(SESSION_HEADERS[SessionColumn.OUTCOME]),
        ]
    )
    for s in data.device.sync_sessions:
        sessions.append(
            [
                s.started_at,
                _iso(s.ended_at),
                str(s.pushed),
                str(s.applied + s.merged),
                str(s.conflicted),
                str(s.rejected),
                str(s.pulled),
                str(s.bytes_sent),
                str(s.bytes_received),
                check_words(s.divergence),
                _page_tr("Did not finish") if s.error else _page_tr("Finished"),
            ]
        )
    blocks.append(sessions)
    signoff = data.device.signoff
    blocks.append(
        [
            [_tr("Sign-off")],
            [signoff.display_name, signoff.signed_at, signoff.note]
            if signoff is not None
            else [_tr("Not signed off yet.")],
        ]
    )
    return blocks
