"""Curricula on the server: the check and load commands, versions by content hash, sequencing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from server.models import CurriculumVersion, Meeting, MeetingStatus
from server.models.base import utcnow
from server.services import curricula, meetings
from server.services.errors import ServiceError
from tests.server.curriculum_helpers import SLUG

FIRST_FILE = Path(SLUG) / "01-recognising" / "01-what-a-trauma-bond-is.md"


def _line_of(path: Path, text: str) -> int:
    return path.read_text().splitlines().index(text) + 1


def _replace_line(path: Path, old: str, new: str) -> int:
    """Replace the first line equal to ``old``; return its 1-based number."""
    lines = path.read_text().splitlines()
    number = lines.index(old) + 1
    lines[number - 1] = new
    path.write_text("\n".join(lines) + "\n")
    return number


def _versions(db) -> list[tuple[int, int, str]]:
    query = select(CurriculumVersion).order_by(CurriculumVersion.id)
    return [(v.id, v.number, v.content_hash) for v in db.session.execute(query).scalars()]


@pytest.fixture
def app_config(app_config, tree):
    # Every test here works on a private copy, so editing it cannot touch the shipped files.
    return {**app_config, "STEADY_CURRICULA_DIR": str(tree)}


def test_every_shipped_curriculum_passes_the_check_command(runner, app):
    app.config["STEADY_CURRICULA_DIR"] = str(Path(__file__).resolve().parents[2] / "curricula")
    result = runner.invoke(args=["curricula", "check"])
    assert result.exit_code == 0, result.output
    assert f"{SLUG}: 4 modules" in result.output and "no problems" in result.output


def test_the_check_also_confirms_each_named_seed_exists(runner, app, tree, tmp_path):
    app.config["STEADY_SEEDS_DIR"] = str(tmp_path / "empty-seeds")
    (tmp_path / "empty-seeds").mkdir()
    result = runner.invoke(args=["curricula", "check"])
    assert result.exit_code == 1
    assert "000_3584e6b116cc8abf.txt" in result.output


def test_malformed_files_are_reported_with_file_and_line(runner, tree):
    session_file = tree / FIRST_FILE
    kind_line = _replace_line(session_file, 'kind = "arrival"', 'kind = "arival"')
    toml_line = _replace_line(session_file, "minutes = 12", "minutes = = 12")
    head = tree / SLUG / "curriculum.md"
    title_line = _line_of(head, 'title = "Boundaries"')
    _replace_line(head, 'title = "Boundaries"', "title = 42")

    result = runner.invoke(args=["curricula", "check"])

    assert result.exit_code == 1
    problems = [line for line in result.output.splitlines() if line.startswith(str(tree))]
    assert any(p.startswith(f"{session_file}:{kind_line}: ") and "arival" in p for p in problems)
    assert any(p.startswith(f"{session_file}:{toml_line}: ") for p in problems)
    assert any(p.startswith(f"{head}:{title_line}: ") for p in problems)
    assert "problems found" in result.output


def test_a_missing_curricula_directory_is_an_error_not_a_crash(runner, app, tmp_path):
    app.config["STEADY_CURRICULA_DIR"] = str(tmp_path / "nowhere")
    result = runner.invoke(args=["curricula", "check"])
    assert result.exit_code == 1 and "curricula directory not found" in result.output


def test_load_refuses_a_broken_tree_and_stores_nothing(runner, db, tree):
    _replace_line(tree / FIRST_FILE, "minutes = 12", "minutes = -12")
    result = runner.invoke(args=["curricula", "load"])
    assert result.exit_code == 1 and f"{tree / FIRST_FILE}:" in result.output
    assert _versions(db) == []


def test_loading_twice_changes_nothing(runner, db):
    first = runner.invoke(args=["curricula", "load"])
    assert first.exit_code == 0 and f"{SLUG}: new version 1" in first.output
    before = _versions(db)

    again = runner.invoke(args=["curricula", "load"])

    assert again.exit_code == 0 and f"{SLUG}: unchanged (version 1)" in again.output
    assert _versions(db) == before and len(before) == 1


def test_an_edited_file_is_a_new_version_and_a_planned_meeting_keeps_the_old_text(
    runner, db, tree, make_staff, make_group, planned_meeting
):
    runner.invoke(args=["curricula", "load"])
    group = make_group(make_staff())
    curricula.assign_to_group(group, curricula.find_curriculum(SLUG))
    old_meeting = planned_meeting(group, "what-a-trauma-bond-is", MeetingStatus.ENDED)
    old_text = curricula.session_view(old_meeting, False)["segment"]["attendee_text"]
    old_json = db.session.get(CurriculumVersion, old_meeting.curriculum_version_id).content
    _replace_line(
        tree / FIRST_FILE,
        "Welcome. Take a moment to settle in wherever you are. If it helps, notice your feet"
        " on the floor",
        "Hello and welcome. Settle in wherever you are. If it helps, notice your feet on the floor",
    )

    result = runner.invoke(args=["curricula", "load"])

    assert result.exit_code == 0 and f"{SLUG}: new version 2" in result.output
    db.session.expire_all()
    kept = db.session.get(Meeting, old_meeting.id)
    assert curricula.session_view(kept, False)["segment"]["attendee_text"] == old_text
    assert kept.curriculum_version.content == old_json
    fresh = meetings.schedule_meeting(group, "", utcnow(), session_key="what-a-trauma-bond-is")
    view = curricula.session_view(fresh, False)
    assert view["segment"]["attendee_text"].startswith("Hello and welcome.")
    assert fresh.curriculum_version.number == 2


def test_reverting_a_file_makes_its_earlier_version_current_again(runner, db, tree):
    runner.invoke(args=["curricula", "load"])
    original = (tree / FIRST_FILE).read_text()
    (tree / FIRST_FILE).write_text(original.replace("settle in", "arrive", 1))
    runner.invoke(args=["curricula", "load"])
    (tree / FIRST_FILE).write_text(original)

    result = runner.invoke(args=["curricula", "load"])

    assert f"{SLUG}: back to version 1" in result.output
    assert curricula.latest_version(curricula.find_curriculum(SLUG)).number == 1
    assert len(_versions(db)) == 2


def test_new_meetings_follow_the_sessions_in_order(course_group, plan, planned_meeting, db):
    keys = [session.id for session in plan.sessions]
    assert curricula.next_session_key(course_group) == keys[0]
    planned_meeting(course_group, keys[0], MeetingStatus.ENDED)
    assert curricula.next_session_key(course_group) == keys[1]
    # Only meetings that ran count: one merely scheduled does not move the sequence.
    planned_meeting(course_group, keys[5], MeetingStatus.SCHEDULED)
    assert curricula.next_session_key(course_group) == keys[1]
    live = planned_meeting(course_group, keys[1], MeetingStatus.LIVE)
    live.started_at = utcnow() + timedelta(minutes=1)
    db.session.commit()
    assert curricula.next_session_key(course_group) == keys[2]


def test_after_the_last_session_the_group_starts_again(course_group, plan, planned_meeting):
    planned_meeting(course_group, plan.sessions[-1].id, MeetingStatus.ENDED)
    assert curricula.next_session_key(course_group) == plan.sessions[0].id


def test_scheduling_defaults_to_the_next_session_and_takes_its_title(course_group, plan):
    meeting = meetings.schedule_meeting(course_group, "  ", utcnow())
    assert meeting.session_key == plan.sessions[0].id
    assert meeting.title == plan.sessions[0].title
    chosen = meetings.schedule_meeting(course_group, "Boundaries", utcnow(), 75, "seeing-clearly")
    assert chosen.session_key == "seeing-clearly" and chosen.title == "Boundaries"


@pytest.mark.parametrize(
    ("has_curriculum", "code"), [(True, "unknown_session"), (False, "no_curriculum")]
)
def test_choosing_a_session_the_group_cannot_follow_is_refused(
    make_staff, make_group, loaded, has_curriculum, code, db
):
    group = make_group(make_staff())
    if has_curriculum:
        curricula.assign_to_group(group, loaded)
    with pytest.raises(ServiceError) as caught:
        meetings.schedule_meeting(group, "Title", utcnow(), session_key="no-such-session")
    assert caught.value.code == code
    assert db.session.query(Meeting).count() == 0


def test_a_meeting_that_has_started_keeps_its_session(course_group, planned_meeting):
    meeting = planned_meeting(course_group, "seeing-clearly", MeetingStatus.LIVE)
    with pytest.raises(ServiceError) as caught:
        curricula.attach_session(meeting, "what-a-trauma-bond-is")
    assert caught.value.code == "bad_state" and meeting.session_key == "seeing-clearly"


def test_a_group_without_a_curriculum_plans_free_meetings(make_staff, make_group):
    group = make_group(make_staff())
    meeting = meetings.schedule_meeting(group, "Open circle", utcnow())
    assert meeting.session_key is None and curricula.session_view(meeting, True) is None
    assert curricula.next_session_key(group) is None


def test_seed_demo_plans_the_demo_meeting_from_the_curriculum(runner, db):
    result = runner.invoke(args=["seed-demo", "--codes", "1"])
    assert result.exit_code == 0, result.output
    assert "Demo meeting (open)" in result.output and "curricul" not in result.output.lower()
    meeting = db.session.execute(select(Meeting)).scalar_one()
    assert meeting.group.curriculum.slug == SLUG
    assert meeting.session_key == "what-a-trauma-bond-is"
    again = runner.invoke(args=["seed-demo", "--codes", "1"])
    assert again.exit_code == 0 and len(_versions(db)) == 1
