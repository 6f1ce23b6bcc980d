"""Crisis resources: the helplines a member in crisis or danger sees, privately.

A deployment starts with the shipped defaults (stored on first use, once) and its admins edit
them, each change audited. The list is small, so it is read whole.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from server.extensions import db
from server.models import CrisisResource, Setting
from server.services import audit
from server.services.errors import ServiceError

SEEDED_KEY = "crisis_resources_seeded"


@dataclass(frozen=True)
class ResourceFields:
    locale: str
    name: str
    contact: str
    description: str = ""
    position: int = 0


DEFAULTS = (
    ResourceFields(
        "en-US",
        "National Domestic Violence Hotline (US)",
        "Call 1-800-799-7233 or text START to 88788",
        "Free, confidential support around the clock, for anyone experiencing abuse.",
        10,
    ),
    ResourceFields(
        "en-US",
        "988 Suicide & Crisis Lifeline (US)",
        "Call or text 988",
        "For thoughts of suicide or any emotional crisis, day and night.",
        20,
    ),
    ResourceFields(
        "en-GB",
        "National Domestic Abuse Helpline (UK)",
        "Call 0808 2000 247",
        "Free and confidential, 24 hours a day, run by Refuge.",
        30,
    ),
    ResourceFields(
        "en-GB",
        "Samaritans (UK and Ireland)",
        "Call 116 123",
        "Someone to talk to about anything, any time.",
        40,
    ),
    ResourceFields(
        "",
        "Emergency services",
        "Call your local emergency number (911 in the US, 999 or 112 in the UK)",
        "If you are in immediate danger.",
        0,
    ),
)


def payload(row: CrisisResource) -> dict[str, Any]:
    return {
        "id": row.id,
        "locale": row.locale,
        "name": row.name,
        "contact": row.contact,
        "description": row.description,
    }


def resources() -> list[CrisisResource]:
    """Every resource in display order; stores the defaults the first time it is asked."""
    if db.session.get(Setting, SEEDED_KEY) is None:
        _seed_defaults()
    query = select(CrisisResource).order_by(CrisisResource.position, CrisisResource.id)
    return list(db.session.execute(query).scalars())


# Every join and every crisis or danger finding hands a member the list. Each worker keeps it
# this long; a change made through this worker shows at once, on the others within this time.
CACHE_SECONDS = 30.0
_CACHE = "steady_crisis_resources"


def resource_payloads() -> list[dict[str, Any]]:
    """The resources as members receive them (shared: callers must not change the list)."""
    cached = current_app.extensions.get(_CACHE)
    now = time.monotonic()
    if cached is not None and cached[0] > now:
        return cached[1]
    payloads = [payload(row) for row in resources()]
    current_app.extensions[_CACHE] = (now + CACHE_SECONDS, payloads)
    return payloads


def _changed() -> None:
    current_app.extensions.pop(_CACHE, None)


def _seed_defaults() -> None:
    # The marker row makes this happen once per deployment, even when admins later delete
    # every default, and its primary key lets only one of several racing workers win.
    db.session.add(Setting(key=SEEDED_KEY, value="1"))
    db.session.add_all(CrisisResource(**vars(item)) for item in DEFAULTS)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()


def clean_fields(
    locale: str, name: str, contact: str, description: str, position: int
) -> ResourceFields:
    fields = ResourceFields(
        locale.strip()[:16], " ".join(name.split()), contact.strip(), description.strip(), position
    )
    if not 1 <= len(fields.name) <= 120 or not 1 <= len(fields.contact) <= 200:
        raise ServiceError(
            "bad_resource", "A resource needs a name (up to 120) and a contact (up to 200)."
        )
    if len(fields.description) > 1000:
        raise ServiceError("bad_resource", "Keep the description under 1000 characters.")
    return fields


def save(resource_id: int | None, fields: ResourceFields, actor_staff_id: int) -> CrisisResource:
    """Create (``resource_id`` None) or update a resource; audited in the same transaction."""
    resources()  # the defaults first, so a first edit never races the seeding
    row = CrisisResource() if resource_id is None else _get(resource_id)
    for key, value in vars(fields).items():
        setattr(row, key, value)
    if resource_id is None:
        db.session.add(row)
    db.session.flush()
    action = "crisis_resource_created" if resource_id is None else "crisis_resource_updated"
    audit.record(
        action,
        target_type="crisis_resource",
        target_id=row.id,
        actor_staff_id=actor_staff_id,
        details={"name": row.name, "locale": row.locale},
    )
    db.session.commit()
    _changed()
    return row


def delete(resource_id: int, actor_staff_id: int) -> None:
    row = _get(resource_id)
    audit.record(
        "crisis_resource_deleted",
        target_type="crisis_resource",
        target_id=row.id,
        actor_staff_id=actor_staff_id,
        details={"name": row.name, "locale": row.locale},
    )
    db.session.delete(row)
    db.session.commit()
    _changed()


def _get(resource_id: int) -> CrisisResource:
    row = db.session.get(CrisisResource, resource_id)
    if row is None:
        raise ServiceError("unknown_resource", "There is no such resource.", 404)
    return row
