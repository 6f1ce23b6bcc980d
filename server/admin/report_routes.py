"""Admin: a group's reports (attendance, who keeps coming, flags, pacing), charts drawn here."""

from __future__ import annotations

from typing import Any

from flask import render_template
from flask.typing import ResponseReturnValue
from markupsafe import Markup

from server.admin import bp
from server.admin.access import row_or_404
from server.models import Group
from server.reports.svg import Series, grouped_bar_chart
from server.services import reports

DAY = "%d %b"
FILLS = ("#2f6f62", "#c58b2a")


def _dated(rows: list[Any]) -> list[str]:
    return [f"{row.meeting.scheduled_start.strftime(DAY)}: {row.meeting.title}" for row in rows]


def _attendance(rows: list[reports.MeetingCount]) -> Markup:
    return grouped_bar_chart(
        _dated(rows),
        [Series("Members", [row.count for row in rows], FILLS[0])],
        title="Members at each meeting",
        description=f"Attendance at the latest {len(rows)} meetings, oldest first.",
        chart_id="attendance",
        label_width=240,
    )


def _retention(rows: list[reports.WeekRow]) -> Markup:
    return grouped_bar_chart(
        [row.week_of.strftime("Week of " + DAY) for row in rows],
        [
            Series("Returning", [row.returning for row in rows], FILLS[0]),
            Series("First time", [row.first_time for row in rows], FILLS[1]),
        ],
        title="Who keeps coming",
        description="Members each week who had come before, and those who came first.",
        chart_id="retention",
    )


def _flags(rows: list[tuple[str, int]]) -> Markup:
    return grouped_bar_chart(
        [name for name, _ in rows],
        [Series("Flags", [count for _, count in rows], FILLS[1])],
        title="Flags by category",
        description=f"{sum(n for _, n in rows)} flags raised in this group's meetings.",
        chart_id="flags",
    )


def _pacing(rows: list[reports.PacingRow]) -> Markup:
    return grouped_bar_chart(
        _dated(rows),
        [
            Series("Planned", [row.planned_minutes for row in rows], FILLS[1]),
            Series("Run", [row.actual_minutes for row in rows], FILLS[0]),
        ],
        title="Minutes planned and run",
        description="Each meeting's planned minutes against the minutes it ran, without pauses.",
        unit="min",
        chart_id="pacing",
        label_width=240,
    )


CHARTS = {"attendance": _attendance, "weeks": _retention, "flags": _flags, "pacing": _pacing}


@bp.get("/groups/<int:group_id>/reports")
def group_reports(group_id: int) -> ResponseReturnValue:
    group = row_or_404(Group, group_id)
    data = {
        "attendance": reports.attendance(group),
        "weeks": reports.retention(group),
        "flags": reports.flags_by_category(group),
        "pacing": reports.pacing(group),
    }
    charts = {key: CHARTS[key](rows) for key, rows in data.items() if rows}
    return render_template("admin/reports.html", group=group, charts=charts, **data)
