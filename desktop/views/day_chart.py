"""The last 30 days in two charts (Qt Charts): the work, and what went over the line.

Top: registrations and applications as bars, rejected changes as a line over them. Bottom: the
sync volume in kilobytes. Days run left to right in every language (a time axis, like a
calendar's numbers), labelled with the day of the month in the language's digits.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.day_words import KIB
from desktop.locale_format import LocaleFormat, translate
from sync.replica.day import DayPoint

CONTEXT = "DayPage"
REGISTRATIONS, APPLICATIONS, REJECTS, VOLUME = "#1a73e8", "#34a853", "#d93025", "#5f6368"
MIN_CHART_HEIGHT = 220


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _view(name: str, chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(MIN_CHART_HEIGHT)
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return view


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) that splits 0..top in about `ticks`."""
    rough = max(top, 1.0) / ticks
    power = 10.0 ** math.floor(math.log10(rough))
    return float(next(power * m for m in (1, 2, 5, 10) if power * m >= rough))


def _value_axis(top: float, title: str, formats: LocaleFormat) -> QCategoryAxis:
    """A value axis whose labels are written in the language's digits (Khmer has its own)."""
    step = max(nice_step(top), 1.0)
    ticks = max(1, math.ceil(max(top, 1.0) / step))
    axis = QCategoryAxis()
    axis.setStartValue(0)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for tick in range(ticks + 1):
        axis.append(formats.number(tick * step), tick * step)
    axis.setRange(0, ticks * step)
    axis.setTitleText(title)
    return axis


class DayChart(QWidget):
    """Two charts of the last days; `show_points` replaces what they show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayChart")
        self.work = _chart(_tr("Work of the last 30 days"))
        self.volume = _chart(_tr("Sync volume of the last 30 days"))
        self.work_view = _view("dayChartWork", self.work)
        self.work_view.setAccessibleName(_tr("Work of the last 30 days"))
        self.volume_view = _view("dayChartVolume", self.volume)
        self.volume_view.setAccessibleName(_tr("Sync volume of the last 30 days"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.work_view, 3)
        layout.addWidget(self.volume_view, 2)
        self.points: tuple[DayPoint, ...] = ()

    def show_points(self, points: Sequence[DayPoint], formats: LocaleFormat) -> None:
        self.points = tuple(points)
        labels = [formats.digits(str(point.day.day)) for point in points]
        self._show_work(labels, formats)
        self._show_volume(labels, formats)
        summary = _tr("%1 days: %2 registrations, %3 applications, %4 rejected changes")
        for number, value in enumerate(
            (
                len(points),
                sum(p.registrations for p in points),
                sum(p.applications for p in points),
                sum(p.rejects for p in points),
            ),
            start=1,
        ):
            summary = summary.replace(f"%{number}", formats.integer(value))
        self.work_view.setAccessibleDescription(summary)
        self.work_view.setToolTip(summary)

    def _categories(self, labels: list[str]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(labels)
        return axis

    def _show_work(self, labels: list[str], formats: LocaleFormat) -> None:
        chart = self.work
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        registrations = QBarSet(_tr("Registrations"))
        registrations.setColor(QColor(REGISTRATIONS))
        applications = QBarSet(_tr("Applications"))
        applications.setColor(QColor(APPLICATIONS))
        for point in self.points:
            registrations.append(point.registrations)
            applications.append(point.applications)
        bars = QBarSeries()
        bars.append(registrations)
        bars.append(applications)
        rejects = QLineSeries()
        rejects.setName(_tr("Rejected changes"))
        rejects.setPen(QPen(QColor(REJECTS), 2))
        for index, point in enumerate(self.points):
            rejects.append(index, point.rejects)
        chart.addSeries(bars)
        chart.addSeries(rejects)
        top = max(
            [p.registrations for p in self.points]
            + [p.applications for p in self.points]
            + [p.rejects for p in self.points]
            + [1]
        )
        days = self._categories(labels)
        counts = _value_axis(top, _tr("Count"), formats)
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, rejects):
            series.attachAxis(days)
            series.attachAxis(counts)

    def _show_volume(self, labels: list[str], formats: LocaleFormat) -> None:
        chart = self.volume
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        volume = QBarSet(_tr("Data sent and received (KB)"))
        volume.setColor(QColor(VOLUME))
        for point in self.points:
            volume.append(round(point.sync_bytes / KIB, 1))
        bars = QBarSeries()
        bars.append(volume)
        chart.addSeries(bars)
        top = max([point.sync_bytes / KIB for point in self.points] + [1.0])
        days = self._categories(labels)
        kilobytes = _value_axis(top, _tr("KB"), formats)
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(kilobytes, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(days)
        bars.attachAxis(kilobytes)
