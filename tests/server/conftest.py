"""Curriculum fixtures for the server tests: the shipped curriculum loaded, a group following it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from facilitator import curriculum as content
from server.extensions import db
from server.models import Curriculum, Group, Meeting, MeetingStatus
from server.services import curricula
from tests.server.curriculum_helpers import SHIPPED, SLUG


@pytest.fixture
def loaded(app: Any) -> Curriculum:
    """The shipped curricula, loaded (the CLI tests check the seeds; this does not need them)."""
    curricula.load_all(SHIPPED, None)
    found = curricula.find_curriculum(SLUG)
    assert found is not None
    return found


@pytest.fixture
def plan(loaded: Curriculum) -> content.Curriculum:
    version = curricula.latest_version(loaded)
    assert version is not None
    return curricula.parsed(version)


@pytest.fixture
def course_group(make_staff, make_group, loaded) -> Group:
    """A group with one facilitator, following the shipped curriculum."""
    group = make_group(make_staff())
    curricula.assign_to_group(group, loaded)
    return group


@pytest.fixture
def planned_meeting(make_meeting) -> Callable[..., Meeting]:
    """A meeting of ``group`` following ``key`` (by default the group's next session)."""

    def make(
        group: Group, key: str | None = None, status: MeetingStatus = MeetingStatus.SCHEDULED
    ) -> Meeting:
        meeting = make_meeting(group, status=MeetingStatus.SCHEDULED)
        curricula.attach_session(meeting, key)
        meeting.status = status
        db.session.commit()
        return meeting

    return make


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A private copy of the shipped curricula that a test may edit or break."""
    root = tmp_path / "curricula"
    shutil.copytree(SHIPPED / SLUG, root / SLUG)
    return root
