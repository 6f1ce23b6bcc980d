"""Steady: moderated, real-time peer support groups.

``create_app`` reads like a table of contents: config, extensions, blueprints, socket events,
command line. Imports happen inside it so that ``python -m server`` can monkey-patch for
gevent before Flask, Redis or a database driver is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    from flask import Flask

    from server import cli, config, web
    from server.extensions import csrf, db, limiter, login_manager, migrate, socketio

    app = Flask(__name__)
    app.config.update(config.DEFAULTS)
    app.config.update(config.from_environment(app.instance_path, overrides or {}))
    app.config.update(overrides or {})
    web.configure_logging(app)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(web.MIGRATIONS_DIR), render_as_batch=True)
    login_manager.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    web.init_socketio(app, socketio)

    web.register_blueprints(app)
    web.register_pages(app)
    web.register_database_hooks(app)
    cli.register(app)
    return app
