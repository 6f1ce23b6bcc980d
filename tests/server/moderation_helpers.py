"""A live meeting for the safety tests: two facilitators, two members, each with a socket."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask_socketio.test_client import SocketIOTestClient
from sqlalchemy import select

from server.extensions import db
from server.models import AuditRecord, Meeting, Member, StaffUser
from tests.server.helpers import events, join, send
from tests.server.pacing_helpers import member_socket, staff_socket

CRISIS = "I can't do this anymore, I want to end it all tonight"
DANGER = "he is outside my house right now"
PHONE = "text me any time on 07700 900123"
BLAMING = "why didn't you just leave him"


@dataclass
class Room:
    meeting: Meeting
    lead: StaffUser
    co: StaffUser
    robin: Member
    sky: Member
    tokens: dict[str, str]
    socks: dict[str, SocketIOTestClient]

    @property
    def id(self) -> int:
        return self.meeting.id

    def drain(self) -> None:
        for sock in self.socks.values():
            sock.get_received()

    def act(self, who: str, name: str, **payload: Any) -> dict[str, Any]:
        return self.socks[who].emit(name, {"meeting_id": self.id, **payload}, callback=True)

    def send(self, who: str, body: str, client_id: str, **extra: Any) -> dict[str, Any]:
        if not extra:
            return send(self.socks[who], self.id, body, client_id)
        return self.act(who, "send", body=body, client_id=client_id, **extra)

    def received(self, who: str, name: str) -> list[Any]:
        return events(self.socks[who], name)


def build_room(
    app: Any, sio: Any, make_staff: Any, make_group: Any, make_member: Any, make_meeting: Any
) -> Room:
    lead, co = make_staff(name="Alex"), make_staff(name="Jo")
    group = make_group(lead, co)
    robin, robin_token = make_member(group, "Robin")
    sky, sky_token = make_member(group, "Sky")
    meeting = make_meeting(group)
    socks = {
        "lead": staff_socket(app, sio, lead, meeting.id),
        "co": staff_socket(app, sio, co, meeting.id),
        "robin": member_socket(sio, robin_token, meeting.id),
        "sky": member_socket(sio, sky_token, meeting.id),
    }
    room = Room(meeting, lead, co, robin, sky, {"robin": robin_token, "sky": sky_token}, socks)
    room.drain()
    return room


def code(ack: dict[str, Any]) -> str | None:
    return None if ack.get("ok") else ack["error"]["code"]


def audits(action: str) -> list[AuditRecord]:
    query = select(AuditRecord).where(AuditRecord.action == action).order_by(AuditRecord.id)
    return list(db.session.execute(query).scalars())


def rejoin(sock: SocketIOTestClient, meeting_id: int) -> dict[str, Any]:
    ack = join(sock, meeting_id)
    assert ack["ok"], ack
    return ack
