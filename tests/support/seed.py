"""Build a database for real server processes: migrate it, then add a group, members, a meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from flask_migrate import upgrade

from server import create_app
from server.extensions import db
from server.models import (
    FacilitatorRole,
    Group,
    GroupFacilitator,
    Meeting,
    MeetingStatus,
    StaffRole,
)
from server.models.base import utcnow
from server.services import accounts, invites, members

STAFF_PASSWORD = "correct horse battery staple"


@dataclass
class Seeded:
    meeting_id: int
    group_id: int
    tokens: dict[str, str]
    codes: list[str]
    staff_email: str


def seed(url: str, pseudonyms: tuple[str, ...] = ("Robin", "Sky"), codes: int = 1) -> Seeded:
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url,
            "SECRET_KEY": "seed-only",
            "REDIS_URL": None,
            "RATELIMIT_STORAGE_URI": "memory://",
        }
    )
    with app.app_context():
        upgrade(revision="heads")
        staff = accounts.create_staff(
            "lead@steady.test", "Lead", STAFF_PASSWORD, StaffRole.FACILITATOR
        )
        accounts.create_staff("admin@steady.test", "Admin", STAFF_PASSWORD, StaffRole.ADMIN)
        group = Group(name="Evening circle", agreement="Be kind. What is said here stays here.")
        group.facilitators.append(GroupFacilitator(staff_id=staff.id, role=FacilitatorRole.LEAD))
        db.session.add(group)
        db.session.commit()
        tokens = {}
        for name in pseudonyms:
            (code,) = invites.issue_codes(group)
            tokens[name] = members.join_group(code, name)[1]
        meeting = Meeting(
            group_id=group.id,
            title="Recognising the bond",
            scheduled_start=utcnow() - timedelta(minutes=1),
            status=MeetingStatus.LIVE,
        )
        db.session.add(meeting)
        db.session.commit()
        result = Seeded(
            meeting.id, group.id, tokens, invites.issue_codes(group, codes), staff.email
        )
        db.session.remove()
        db.engine.dispose()
    return result
