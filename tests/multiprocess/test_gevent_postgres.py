"""Under the entry point's gevent patching, a slow PostgreSQL query must not block the process."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from tests.support.databases import postgres_url
from tests.support.servers import ROOT

pytestmark = pytest.mark.multiprocess

# Runs in a fresh interpreter, patched exactly as ``python -m server`` patches itself.
SCRIPT = textwrap.dedent(
    """
    import sys
    from gevent import monkey
    monkey.patch_all()
    from psycogreen.gevent import patch_psycopg
    patch_psycopg()
    import gevent
    import sqlalchemy as sa

    engine = sa.create_engine(sys.argv[1], pool_size=4)
    events = []

    def slow(name):
        with engine.connect() as conn:
            events.append(f"{name} start")
            conn.execute(sa.text("SELECT pg_sleep(1)"))
            events.append(f"{name} end")

    def heartbeat():
        gevent.sleep(0.3)
        events.append("heartbeat")

    gevent.joinall([gevent.spawn(slow, "a"), gevent.spawn(slow, "b"), gevent.spawn(heartbeat)])
    print(",".join(events))
    """
)


def test_two_slow_queries_and_other_work_run_at_the_same_time() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, postgres_url()],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    events = result.stdout.strip().split(",")
    # If a query blocked the process, "b start" and the heartbeat would wait for "a end".
    assert events.index("b start") < events.index("a end")
    assert events.index("heartbeat") < events.index("a end")
