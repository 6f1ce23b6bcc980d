"""Entry point: ``python -m server`` serves Steady with gevent.

Monkey-patching must come before anything imports socket, ssl, threading or a database
driver, so it is the first thing this module does.
"""

from gevent import monkey

monkey.patch_all()

from psycogreen.gevent import patch_psycopg  # noqa: E402

# psycopg2 would block the whole process on every query; this makes it yield to gevent.
patch_psycopg()

import os  # noqa: E402
import sys  # noqa: E402

from server import create_app  # noqa: E402
from server.config import ConfigError  # noqa: E402
from server.extensions import socketio  # noqa: E402
from server.web import private_server_options, start_retention_schedule  # noqa: E402


def main() -> None:
    try:
        app = create_app()
    except ConfigError as exc:
        sys.exit(f"steady: {exc}")
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "5000"))
    # The port only: no address in any log line (tests/multiprocess/test_privacy_log.py).
    app.logger.info("Steady is serving on port %s", port)
    start_retention_schedule(app, socketio)
    # log_output=False: the access log would record every visitor's address and user agent.
    options = private_server_options(app)
    socketio.run(app, host=host, port=port, log_output=False, use_reloader=False, **options)


if __name__ == "__main__":
    main()
