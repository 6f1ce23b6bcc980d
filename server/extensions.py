"""Extensions, created unbound and bound to an app in ``create_app``."""

from __future__ import annotations

import hashlib

from flask import current_app, request
from flask_limiter import Limiter
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_socketio import SocketIO
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase


def anonymous_client_key() -> str:
    """Rate-limit key for a client that never keeps its address.

    The limiter needs some notion of "the same client"; a keyed hash of the address lets it
    count attempts while neither memory nor Redis ever holds the address itself.
    """
    secret = current_app.config["SECRET_KEY"].encode()
    raw = (request.remote_addr or "unknown").encode()
    return hashlib.blake2b(raw, key=secret[:64], digest_size=12).hexdigest()


class Base(DeclarativeBase):
    # Named constraints, so Alembic can alter and drop them on every backend.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
limiter = Limiter(key_func=anonymous_client_key, default_limits=[])
socketio = SocketIO()
