"""What the console shows about a group's curriculum: the sessions to choose from, and which
session each meeting follows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from server.models import Group, Meeting
from server.services import curricula

if TYPE_CHECKING:
    from facilitator.curriculum import Session

Choices = dict[str, list[tuple[str, str]]]


def session_choices(group: Group) -> tuple[Choices, str | None]:
    """The group's curriculum sessions grouped by module, and the one that comes next."""
    version = curricula.group_version(group)
    if version is None:
        return {}, None
    plan = curricula.parsed(version)
    upcoming = curricula.next_session_key(group)
    choices: Choices = {module.title: [] for module in plan.modules}
    for item in plan.sessions:
        label = f"{item.order}. {item.title} ({item.minutes} min)"
        if item.id == upcoming:
            label += " (next)"
        choices[plan.module(item.module).title].append((item.id, label))
    return choices, upcoming


def meeting_sessions(rows: list[Meeting]) -> dict[int, Session]:
    """The curriculum session of each meeting that follows one, in its own version."""
    found = {meeting.id: curricula.meeting_session(meeting) for meeting in rows}
    return {meeting_id: item for meeting_id, item in found.items() if item is not None}


def curriculum_options() -> list[tuple[str, str]]:
    return [("", "None")] + [(c.slug, c.title) for c in curricula.all_curricula()]
