"""The pacing report of a meeting: planned against actual minutes per segment, for its staff."""

from __future__ import annotations

from flask import render_template
from flask.typing import ResponseReturnValue
from flask_login import login_required
from markupsafe import Markup

from server.console import bp
from server.console.access import in_my_group_or_404
from server.models import Meeting
from server.reports.svg import Series, grouped_bar_chart
from server.services import pacing
from server.services.pacing_views import Report

PLANNED_FILL = "#8fb8ae"
ACTUAL_FILL = "#2f6f62"


@bp.get("/meetings/<int:meeting_id>/report")
@login_required
def meeting_report(meeting_id: int) -> ResponseReturnValue:
    meeting, group = in_my_group_or_404(Meeting, meeting_id)
    report = pacing.report(meeting)
    chart = _chart(report) if report is not None else None
    return render_template(
        "console/report.html", meeting=meeting, group=group, report=report, chart=chart
    )


def _chart(report: Report) -> Markup:
    rows = report.rows
    over = max(rows, key=lambda row: row.actual_minutes - row.planned_minutes)
    description = (
        f"{len(rows)} segments planned for {report.planned_minutes:.0f} minutes in all; "
        f"the session ran {report.active_minutes:.0f} minutes, not counting pauses."
    )
    if over.actual_minutes > over.planned_minutes:
        extra = over.actual_minutes - over.planned_minutes
        description += f" The longest overrun was {over.title}: {extra:.0f} minutes over plan."
    return grouped_bar_chart(
        [row.title for row in rows],
        [
            Series("Planned", [row.planned_minutes for row in rows], PLANNED_FILL),
            Series("Actual", [row.actual_minutes for row in rows], ACTUAL_FILL),
        ],
        title="Planned and actual minutes per segment",
        description=description,
        unit="min",
        chart_id="pacing-chart",
    )
