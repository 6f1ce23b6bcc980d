"""Retention: transcripts are deleted after the window, except messages under an open flag."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from server.extensions import db
from server.models import (
    Flag,
    FlagSource,
    FlagStatus,
    MeetingStatus,
    Message,
    SideMessage,
)
from server.models.base import utcnow
from server.services import retention, settings
from tests.server.moderation_helpers import audits

SECRET = "my sister's flat on Elm Road"


def _transcript(meeting_id: int, member_id: int) -> None:
    for seq in (1, 2):
        db.session.add(
            Message(
                meeting_id=meeting_id,
                seq=seq,
                author_key=f"m{member_id}",
                author_name="Robin",
                author_role="member",
                member_id=member_id,
                client_id=f"c{seq}",
                body=f"{SECRET} ({meeting_id}/{seq})",
            )
        )
    db.session.add(
        SideMessage(
            meeting_id=meeting_id,
            member_id=member_id,
            author_member_id=member_id,
            author_name="Robin",
            body=f"side: {SECRET}",
        )
    )


@pytest.fixture
def meetings(make_staff, make_group, make_member, make_meeting):
    """Three meetings with a transcript each: ended 30 hours ago, ended 2 hours ago, live."""
    group = make_group(make_staff())
    member, _ = make_member(group, "Robin")
    old, recent, live = (make_meeting(group) for _ in range(3))
    for meeting, hours_ago in ((old, 30), (recent, 2)):
        meeting.status, meeting.ended_at = (
            MeetingStatus.ENDED,
            utcnow() - timedelta(hours=hours_ago),
        )
    for meeting in (old, recent, live):
        _transcript(meeting.id, member.id)
    db.session.commit()
    return {"old": old, "recent": recent, "live": live, "member": member}


def stored_text() -> str:
    """Every text column that can hold what members wrote, straight from the database."""
    rows = []
    for query in (
        "SELECT body FROM messages",
        "SELECT body FROM side_messages",
        "SELECT note FROM flags",
    ):
        rows += [row[0] for row in db.session.execute(text(query))]
    return "\n".join(rows)


def bodies_of(meeting_id: int) -> int:
    return db.session.query(Message).filter_by(meeting_id=meeting_id).count()


def test_a_meeting_past_the_window_loses_its_transcript_and_others_keep_theirs(meetings):
    result = retention.purge()

    assert (result.messages, result.side_messages) == (2, 1)
    assert bodies_of(meetings["old"].id) == 0
    assert bodies_of(meetings["recent"].id) == 2 and bodies_of(meetings["live"].id) == 2
    assert f"({meetings['old'].id}/1)" not in stored_text()
    (record,) = audits("transcripts_purged")
    assert record.details["messages"] == 2 and record.actor_staff_id is None
    assert retention.purge().anything is False  # a second run finds nothing


def test_a_message_under_an_open_flag_is_kept_until_the_flag_is_resolved(meetings):
    old = meetings["old"]
    kept = db.session.query(Message).filter_by(meeting_id=old.id, seq=1).one()
    flag = Flag(
        meeting_id=old.id,
        message_id=kept.id,
        source=FlagSource.MEMBER,
        category="safety",
        severity="urgent",
        note=f"note: {SECRET}",
    )
    db.session.add(flag)
    db.session.commit()

    retention.purge()
    assert [m.seq for m in db.session.query(Message).filter_by(meeting_id=old.id)] == [1]

    flag.status, flag.resolved_at = FlagStatus.DISMISSED, utcnow()
    db.session.commit()
    retention.purge()

    assert bodies_of(old.id) == 0
    assert db.session.get(Flag, flag.id).message_id is None  # the flag itself stays, textless
    assert f"({old.id}/" not in stored_text() and "note:" not in stored_text()


def test_the_window_comes_from_the_admin_setting_then_the_environment(app, meetings, make_staff):
    app.config["STEADY_RETENTION_HOURS"] = 1
    assert settings.retention_hours() == 1
    retention.purge()
    assert bodies_of(meetings["recent"].id) == 0

    admin = make_staff()
    settings.set_retention_hours(48, admin.id)
    assert settings.retention_hours() == 48
    (record,) = audits("setting_changed")
    assert record.details == {"before": 1, "after": 48} and record.actor_staff_id == admin.id


def test_a_bad_retention_window_is_refused(app, make_staff):
    from server.services.errors import ServiceError

    with pytest.raises(ServiceError) as refused:
        settings.set_retention_hours(-1, make_staff().id)
    assert refused.value.code == "bad_retention"


def test_the_purge_command_runs_it(runner, meetings):
    result = runner.invoke(args=["purge"])

    assert result.exit_code == 0, result.output
    assert "Deleted 2 messages and 1 side messages" in result.output
    assert bodies_of(meetings["old"].id) == 0
