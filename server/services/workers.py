"""Which serving processes are alive, and clearing up after one that stopped.

Presence lives in the database so every worker sees the same room. A worker that crashes, or is
restarted, never runs the disconnect of the sockets it held: without this, the people on it
would show as present for ever, and a round would wait for a turn nobody takes. So each worker
renews its row in ``workers`` every ``STEADY_WORKER_HEARTBEAT`` seconds, and tags the socket and
presence rows it writes with its id. Any worker clears the rows of a worker not seen for
``STEADY_WORKER_STALE`` seconds (and rows with no worker), and the room hears that those people
left, as it would have from the worker itself. A worker stopped with SIGTERM clears its own rows
on the way out.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from flask import Flask, current_app
from flask_socketio import SocketIO
from sqlalchemy import delete, or_, select, update

from server.extensions import db
from server.models import Presence, SocketIdentity, Worker
from server.models.base import utcnow
from server.services import pacing, presence

log = logging.getLogger("steady.workers")


def new_id() -> str:
    return uuid.uuid4().hex


def current_id() -> str:
    """This process's worker id (each app gets its own when it is created)."""
    return str(current_app.config["STEADY_WORKER_ID"])


def socket_gone(sid: str) -> None:
    """A socket is gone (closed, or its worker dead): its rows go, and each meeting where that
    was the participant's last socket hears that they left."""
    for meeting_id, who in presence.forget_socket(sid):
        presence.announce(meeting_id, "left", who)
        pacing.participant_left(meeting_id, who["id"])


def beat(worker_id: str) -> None:
    """This worker is alive, as of now."""
    now = utcnow()
    renewed = db.session.execute(
        update(Worker).where(Worker.id == worker_id).values(seen_at=now)
    ).rowcount
    if not renewed:
        db.session.add(Worker(id=worker_id, started_at=now, seen_at=now))
    db.session.commit()


def clear_dead(own_id: str, stale_seconds: float) -> int:
    """Clear the sockets of every worker not seen for ``stale_seconds`` (and sockets that name
    no worker); returns how many sockets were cleared. Call it just after ``beat``, so this
    worker counts as alive. Safe to run on several workers at once: a participant's leave is
    announced by whichever clears their last socket."""
    cutoff = utcnow() - timedelta(seconds=stale_seconds)
    alive = select(Worker.id).where(Worker.seen_at >= cutoff)
    dead = _sids_held(lambda worker_id: or_(worker_id.is_(None), worker_id.not_in(alive)))
    db.session.execute(delete(Worker).where(Worker.seen_at < cutoff, Worker.id != own_id))
    db.session.commit()
    for sid in dead:
        socket_gone(sid)
    return len(dead)


def retire(own_id: str) -> int:
    """On the way out: this worker's sockets are gone, and so is its row."""
    own = _sids_held(lambda worker_id: worker_id == own_id)
    for sid in own:
        socket_gone(sid)
    db.session.execute(delete(Worker).where(Worker.id == own_id))
    db.session.commit()
    return len(own)


def _sids_held(by: Callable[[Any], Any]) -> list[str]:
    """The sockets with a presence or identity row whose ``worker_id`` matches ``by``."""
    sids: set[str] = set()
    for model in (Presence, SocketIdentity):
        sids.update(db.session.execute(select(model.sid).where(by(model.worker_id))).scalars())
    return sorted(sids)


def start_heartbeat(app: Flask, socketio: SocketIO) -> None:
    """Announce this worker now, clear after dead ones, and keep doing both in the background."""
    interval = float(app.config["STEADY_WORKER_HEARTBEAT"])
    if interval > 0:
        _tick(app)
        socketio.start_background_task(_beat_forever, app, socketio, interval)


def _tick(app: Flask) -> None:
    with app.app_context():
        try:
            beat(current_id())
            cleared = clear_dead(current_id(), float(app.config["STEADY_WORKER_STALE"]))
            if cleared:
                log.info("cleared %s sockets of stopped workers", cleared)
        except Exception as exc:  # noqa: BLE001 - try again next beat, never stop beating
            # The type only: the text of a database error can quote the statement's values.
            log.error("worker heartbeat failed: %s", type(exc).__name__)
            db.session.rollback()
        finally:
            db.session.remove()


def _beat_forever(app: Flask, socketio: SocketIO, interval: float) -> None:
    while True:
        socketio.sleep(interval)
        _tick(app)


def shut_down(app: Flask) -> None:
    with app.app_context():
        try:
            cleared = retire(current_id())
            log.info("stopped; cleared %s sockets", cleared)
        except Exception as exc:  # noqa: BLE001 - the others clear it once this one is stale
            log.error("clearing on stop failed: %s", type(exc).__name__)
        finally:
            db.session.remove()
