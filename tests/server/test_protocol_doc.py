"""docs/protocol.md and the socket handlers must name the same events."""

from __future__ import annotations

import re
from pathlib import Path

import server.live.events  # noqa: F401 - registers the handlers
import server.live.moderation_events  # noqa: F401
from server.live.protocol import CLIENT_EVENTS
from server.realtime import SERVER_EVENTS

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"


def _section_events(title: str) -> set[str]:
    text = DOC.read_text()
    section = text.split(f"## {title}", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^### `([a-z_]+)`", section, flags=re.MULTILINE))


def test_every_client_handler_is_documented_and_nothing_else() -> None:
    assert _section_events("Client events") == set(CLIENT_EVENTS)


def test_every_server_event_is_documented_and_nothing_else() -> None:
    assert _section_events("Server events") == set(SERVER_EVENTS)


def test_every_handler_says_who_sends_and_who_receives() -> None:
    for name, handler in CLIENT_EVENTS.items():
        assert handler.__doc__ and "->" in handler.__doc__, name


def test_every_error_code_raised_in_the_server_is_in_the_table() -> None:
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", DOC.read_text(), flags=re.MULTILINE))
    server = Path(__file__).resolve().parents[2] / "server"
    raised: set[str] = set()
    for path in list((server / "live").glob("*.py")) + list((server / "services").glob("*.py")):
        raised |= set(re.findall(r'ServiceError\(\s*"([a-z_]+)"', path.read_text()))
    socket_codes = {c for c in raised if c in documented or path_is_socket(c)}
    assert socket_codes <= documented, socket_codes - documented


def path_is_socket(code: str) -> bool:
    # Codes only the HTTP pages can raise (join flow, staff forms) need not be in this table.
    http_only = {
        "bad_email",
        "weak_password",
        "email_taken",
        "bad_count",
        "bad_max_uses",
        "invalid_code",
        "bad_pseudonym",
        "identifying_pseudonym",
        "pseudonym_taken",
        "bad_title",
        "bad_minutes",
        # Curricula: the console's scheduling form and the staff curriculum pages.
        "no_curriculum",
        "unknown_session",
        "unknown_version",
        # Safety pages: crisis resources, retention, follow-up notes.
        "bad_resource",
        "unknown_resource",
        "bad_retention",
        "bad_note",
        # Admin pages: groups, schedules, staff, invite codes; the join flow's capacity check.
        "bad_name",
        "bad_agreement",
        "bad_capacity",
        "unknown_curriculum",
        "inactive_staff",
        "already_assigned",
        "group_archived",
        "bad_weekday",
        "bad_timezone",
        "in_the_past",
        "bad_weeks",
        "invalid_invite",
        "bad_days",
        "own_account",
        "bad_expiry",
        "group_full",
    }
    return code not in http_only
