"""Screening in the send path: every attendee's message is screened before it is posted.

* identifying details: not posted; the sender sees what was found and edits or confirms;
  a confirmed message is posted with a quiet flag to staff;
* crisis or danger: posted, with an urgent flag to staff at once, and the sender alone
  receives the crisis resources and an offer to talk privately;
* agreement breaches: posted, with a quiet flag to staff.

The flags are written in the message's own transaction (``chat.post_message``'s ``on_insert``),
so a posted message never lacks its flag. Facilitators' messages are not screened
(``live/events.py`` posts them directly): they post helplines and are trusted to decide.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from facilitator.screening import Finding, ranked, screen
from server.extensions import db
from server.models import Flag, FlagSource, FlagStatus
from server.realtime import publish
from server.services import chat, crisis, pacing, pacing_store
from server.services.errors import ServiceError
from server.services.moderation import MUTED, announce_flags, flag_payload
from server.services.principals import Principal
from server.services.sending import MemberSend

log = logging.getLogger("steady.screening")
URGENT = ("crisis", "danger")
QUIET = ("identifying", "agreement")
# Screening normally takes well under a millisecond; a message far slower is worth a log
# line (its length only, never its text) so a regression in the screener gets noticed.
SLOW_SCREENING_SECONDS = 0.05


@dataclass(frozen=True)
class Screened:
    findings: tuple[Finding, ...]

    def of(self, *categories: str) -> list[Finding]:
        return [f for f in self.findings if f.category in categories]

    @property
    def urgent(self) -> bool:
        return bool(self.of(*URGENT))


class IdentifyingInfo(ServiceError):
    """A message held back: it carries what was found, so the sender can edit or confirm."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(
            "identifying_info",
            "This might identify you or someone else. Edit it, or send it anyway.",
        )
        self.findings = findings

    def as_dict(self) -> dict[str, Any]:  # type: ignore[override]
        found = [
            {k: getattr(f, k) for k in ("category", "label", "reason", "start", "end", "matched")}
            for f in self.findings
        ]
        return {**super().as_dict(), "findings": found}


def screened(body: str) -> Screened:
    started = time.perf_counter()
    findings = tuple(ranked(screen(body)))
    spent = time.perf_counter() - started
    if spent > SLOW_SCREENING_SECONDS:
        log.warning("screening took %.0f ms for %d characters", spent * 1000, len(body))
    return Screened(findings)


def post_screened(
    facts: MemberSend, client_id: str, body: str, confirmed: bool, sid: str
) -> tuple[dict[str, Any], bool]:
    """Screen, then post (or hold back) one member's message; returns ``chat.post_message``'s
    result. ``facts`` is what ``sending.member_send`` read for this message."""
    who, meeting_id = facts.member, facts.meeting_id
    result = screened(body)
    flags: list[dict[str, Any]] = []

    def add_flags(message_id: int) -> None:
        flags.extend(flag_payload(f) for f in _flags_for(meeting_id, who, result, message_id))

    def allowed() -> None:
        stored = pacing_store.stored_from(facts.pacing_version, facts.pacing_state)
        pacing.check_may_post(meeting_id, who, stored)

    try:
        if facts.muted:
            raise ServiceError("muted", MUTED)
        held = result.of("identifying")
        if held and not confirmed and chat.find_sent(meeting_id, who, client_id) is None:
            raise IdentifyingInfo(held)
        payload, duplicate = chat.post_message(
            meeting_id, who, client_id, body, allowed=allowed, on_insert=add_flags
        )
    except ServiceError:
        # Held back, muted, chat locked, too fast: whatever stopped the message, a member in
        # crisis or danger still reaches staff, and still sees where to find help.
        _hold(meeting_id, who, result, sid)
        raise
    announce_flags(flags)
    if result.urgent and not duplicate:
        offer_support(meeting_id, sid)
    return payload, duplicate


def _hold(meeting_id: int, who: Principal, result: Screened, sid: str) -> None:
    """A held message that also shows crisis or danger still reaches staff at once: the
    sender may never send it, and waiting for their choice could cost time they lack."""
    if not result.urgent:
        return
    flags = [flag_payload(f) for f in _flags_for(meeting_id, who, result, None)]
    db.session.commit()
    announce_flags(flags)
    offer_support(meeting_id, sid)


def _flags_for(
    meeting_id: int, who: Principal, result: Screened, message_id: int | None
) -> list[Flag]:
    """One flag per category found, added to the current transaction. A message held back and
    then sent reuses the urgent flag raised while it was held, so staff see one flag."""
    if not result.findings:
        return []  # the common case: nothing to add, so no flush on the send path
    flags = []
    for category in (*URGENT, *QUIET):
        found = result.of(category)
        if not found or (message_id is None and category not in URGENT):
            continue
        flag = _held_flag(meeting_id, who.id, category)
        if flag is None:
            flag = Flag(
                meeting_id=meeting_id,
                target_member_id=who.id,
                source=FlagSource.SCREENING,
                category=category,
                severity=found[0].severity,
                labels=sorted({f.label for f in found}),
                reason="; ".join(dict.fromkeys(f.reason for f in found)),
            )
            db.session.add(flag)
        elif message_id is None:
            continue  # already waiting for staff from an earlier attempt
        flag.message_id = message_id
        flags.append(flag)
    db.session.flush()
    return flags


def _held_flag(meeting_id: int, member_id: int, category: str) -> Flag | None:
    query = select(Flag).where(
        Flag.meeting_id == meeting_id,
        Flag.target_member_id == member_id,
        Flag.source == FlagSource.SCREENING,
        Flag.category == category,
        Flag.message_id.is_(None),
        Flag.status == FlagStatus.OPEN,
    )
    return db.session.execute(query.limit(1)).scalar_one_or_none()


def offer_support(meeting_id: int, sid: str) -> None:
    """To the sender's own socket only: the helplines and an offer to talk privately."""
    payload = {
        "meeting_id": meeting_id,
        "resources": crisis.resource_payloads(),
        "offer_talk": True,
        "message": "If you are in danger, call your local emergency number. These services "
        "can help, and a facilitator can talk with you privately now. Only you can see this.",
    }
    publish("crisis_support", payload, sid)
