"""Entry point: ``python -m server`` serves Steady with gevent.

Monkey-patching must come before anything imports socket, ssl, threading or a database
driver, so it is the first thing this module does.
"""

import gevent
from gevent import monkey

# gevent otherwise keeps the spawning stack of every greenlet (dozens of frame objects per
# connection) for debug output nobody reads; set before the first greenlet exists.
gevent.config.track_greenlet_tree = False
monkey.patch_all()

from gevent import pywsgi  # noqa: E402
from psycogreen.gevent import patch_psycopg  # noqa: E402

# psycopg2 would block the whole process on every query; this makes it yield to gevent.
patch_psycopg()

import gc  # noqa: E402
import os  # noqa: E402
import signal  # noqa: E402
import sys  # noqa: E402

from server import create_app  # noqa: E402
from server.config import ConfigError  # noqa: E402
from server.extensions import socketio  # noqa: E402
from server.services import workers  # noqa: E402
from server.web import (  # noqa: E402
    listening_socket,
    private_server_options,
    start_retention_schedule,
)


def main() -> None:
    try:
        app = create_app()
    except ConfigError as exc:
        sys.exit(f"steady: {exc}")
    _calm_the_collector()
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "5000"))
    # The port only: no address in any log line (tests/multiprocess/test_privacy_log.py).
    app.logger.info("Steady is serving on port %s", port)
    start_retention_schedule(app, socketio)
    workers.start_heartbeat(app, socketio)
    # log=None: an access log would record every visitor's address and user agent.
    server = pywsgi.WSGIServer(
        listening_socket(host, port), app, log=None, **private_server_options(app)
    )
    socketio.wsgi_server = server  # what socketio.stop() stops
    # SIGTERM (a restart, docker stop) and Ctrl-C: stop serving, then clear this worker's
    # sockets, so nobody stays "present" in a meeting after the process has gone.
    for signum in (signal.SIGTERM, signal.SIGINT):
        gevent.signal_handler(signum, lambda: gevent.spawn(server.stop, timeout=2))
    server.serve_forever()
    workers.shut_down(app)


def _calm_the_collector() -> None:
    """With thousands of sockets, full collections walk every live object and pause the whole
    process for hundreds of milliseconds (docs/performance.md). Objects made at start-up live
    for ever, so freeze them out of every collection, and collect the young generation less
    often so a message's short-lived objects die before they are promoted."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


if __name__ == "__main__":
    main()
