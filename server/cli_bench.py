"""``flask bench-setup``: groups, live meetings and member device tokens for a load test.

Setup is a command, never an HTTP route: nothing a visitor can reach may mint members. Rows
are inserted in bulk (thousands of members in seconds) with the same hashing and defaults as
the join flow, so the server under test sees ordinary members in ordinary live meetings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from sqlalchemy import insert

from server.extensions import db
from server.models import Group, Meeting, MeetingStatus, Member, Message
from server.models.base import utcnow
from server.services.members import pseudonym_key
from server.services.secrets import hash_token, new_device_token

BACKLOG_BODY = "Catching up: message {seq} of the conversation so far, as a member wrote it."


def _meetings(count: int, per_meeting: int, label: str) -> list[Meeting]:
    now = utcnow()
    groups = [
        Group(
            name=f"{label} group {i + 1}",
            agreement="Benchmark group: synthetic members, synthetic messages.",
            capacity=max(12, per_meeting),
        )
        for i in range(count)
    ]
    db.session.add_all(groups)
    db.session.flush()
    meetings = [
        Meeting(
            group_id=group.id,
            title=f"{label} meeting {i + 1}",
            scheduled_start=now,
            status=MeetingStatus.LIVE,
            opened_at=now,
            started_at=now,
        )
        for i, group in enumerate(groups)
    ]
    db.session.add_all(meetings)
    db.session.flush()
    return meetings


def _members(meetings: list[Meeting], per_meeting: int) -> dict[int, list[tuple[int, str]]]:
    """Insert the members; returns each meeting's (member id, device token) pairs."""
    now = utcnow()
    rows, tokens = [], []
    for meeting in meetings:
        for i in range(per_meeting):
            name = f"Member {i + 1}"
            token = new_device_token()
            tokens.append((meeting.id, token))
            rows.append(
                {
                    "group_id": meeting.group_id,
                    "pseudonym": name,
                    "pseudonym_key": pseudonym_key(name),
                    "token_hash": hash_token(token),
                    "agreement_accepted_at": now,
                }
            )
    # RETURNING in parameter order pairs each new id with the token made for it.
    ids = db.session.scalars(
        insert(Member).returning(Member.id, sort_by_parameter_order=True), rows
    ).all()
    pairs: dict[int, list[tuple[int, str]]] = {m.id: [] for m in meetings}
    for member_id, (meeting_id, token) in zip(ids, tokens, strict=True):
        pairs[meeting_id].append((member_id, token))
    return pairs


def _backlog(meeting: Meeting, authors: list[tuple[int, str]], count: int) -> list[dict]:
    rows = []
    for seq in range(1, count + 1):
        member_id = authors[seq % len(authors)][0]
        rows.append(
            {
                "meeting_id": meeting.id,
                "seq": seq,
                "author_key": f"m{member_id}",
                "author_name": "Member",
                "author_role": "member",
                "member_id": member_id,
                "client_id": f"setup.{seq}",
                "body": BACKLOG_BODY.format(seq=seq),
            }
        )
    meeting.last_seq = count
    return rows


@click.command("bench-setup")
@click.option("--meetings", "count", default=10, show_default=True, help="Live meetings.")
@click.option("--per-meeting", default=10, show_default=True, help="Members in each.")
@click.option("--messages", default=0, show_default=True, help="Backlog already in each.")
@click.option("--label", default="Bench", show_default=True, help="Prefix of group names.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
def bench_setup(count: int, per_meeting: int, messages: int, label: str, out: Path) -> None:
    """Create live meetings with members for a load test; write ids and device tokens as JSON."""
    if count < 1 or per_meeting < 1 or messages < 0:
        raise click.BadParameter(
            "meetings and per-meeting must be at least 1, messages at least 0."
        )
    meetings = _meetings(count, per_meeting, label)
    members = _members(meetings, per_meeting)
    backlog = [row for m in meetings for row in _backlog(m, members[m.id], messages)]
    if backlog:
        db.session.execute(insert(Message), backlog)
    db.session.commit()
    result: dict[str, Any] = {
        "messages_per_meeting": messages,
        "meetings": [
            {"id": m.id, "group_id": m.group_id, "tokens": [t for _, t in members[m.id]]}
            for m in meetings
        ],
    }
    # The file holds live device tokens: readable by its owner only.
    out.touch(mode=0o600, exist_ok=True)
    out.write_text(json.dumps(result))
    click.echo(f"{count} live meetings, {count * per_meeting} members -> {out}")
