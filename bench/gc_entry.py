"""A what-if for the benchmark: Steady's own entry point with a garbage-collector policy.

With thousands of sockets, CPython's full (generation 2) collections walk every live object,
about 170 per connection plus the ~120,000 made at start-up, and stop the whole process for
hundreds of milliseconds: that, not CPU, sets the p99 (docs/performance.md). This runs the
unchanged ``server.__main__.main`` after:

- ``gevent.config.track_greenlet_tree = False``: gevent otherwise keeps the spawning stack of
  every greenlet (33 frame objects per connection) for debugging output nobody reads;
- ``gc.freeze()`` once the app is built: start-up objects live for ever, so no collection needs
  to walk them again;
- ``gc.set_threshold(50_000, 20, 100)``: young collections 70 times rarer, so the short-lived
  objects of a message die before they are promoted, and full collections come far less often.

Run it as ``BENCH_STEADY_ENTRY=bench.gc_entry python -m bench.run ...``; it is not how Steady
is deployed until server/__main__.py adopts it.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

import gevent

if TYPE_CHECKING:  # only for the annotation: nothing may import Flask before monkey-patching
    from flask import Flask

# Before gevent creates any greenlet: the tree is tracked from the first one.
gevent.config.track_greenlet_tree = False

import server.__main__ as entry  # noqa: E402  (monkey-patches, as python -m server does)

THRESHOLDS = (50_000, 20, 100)
_create_app = entry.create_app


def _create_app_then_freeze() -> Flask:
    app = _create_app()
    gc.collect()
    gc.freeze()
    return app


if __name__ == "__main__":
    gc.set_threshold(*THRESHOLDS)
    entry.create_app = _create_app_then_freeze
    entry.main()
