"""The scenarios, each against a fresh server: join storm and memory, fan-out knee, realistic."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import loadgen, procs
from bench.machine import ForeignCpu


@dataclass
class Plan:
    """How big each scenario is. FULL is ``make bench``; SMOKE keeps the test suite quick."""

    per_meeting: int = 10
    storm_meetings: int = 200
    backlog: int = 100
    storm_windows: tuple[float, ...] = (20.0, 5.0)
    knee_meetings: int = 100
    knee_rates: tuple[int, ...] = (50, 100, 150, 200, 300, 400, 500, 700, 900, 1200, 1500, 2000)
    knee_seconds: float = 8.0
    realistic: tuple[int, ...] = (2000, 5000)
    period_s: float = 10.0
    realistic_seconds: float = 30.0
    workers_participants: int = 1000
    workers_seconds: float = 30.0
    drain_ms: int = 15000
    p99_limit_ms: float = 50.0


FULL = Plan()
SMOKE = Plan(
    per_meeting=3,
    storm_meetings=2,
    backlog=5,
    storm_windows=(0.5,),
    knee_meetings=2,
    knee_rates=(4, 8),
    knee_seconds=1.0,
    realistic=(6,),
    period_s=1.0,
    realistic_seconds=2.0,
    workers_participants=6,
    workers_seconds=2.0,
    drain_ms=5000,
)


@dataclass
class Target:
    """One kind of server with its environment and the meeting sets made for it."""

    kind: str  # "steady" or "baseline"
    env: dict[str, str]
    meetings: dict[str, list[dict]]
    log_dir: Path
    entry: str = procs.STEADY_ENTRY  # Steady's module


@contextmanager
def fresh(target: Target, count: int = 1, extra: dict[str, str] | None = None) -> Iterator[list]:
    """Start servers, warm them up (first-use imports and caches), and stop them after."""
    servers: list[procs.Server] = []
    try:
        for i in range(count):
            env = {**target.env, **(extra or {})}
            name = f"{target.kind}{i}"
            servers.append(procs.start(target.kind, env, target.log_dir, name, target.entry))
        warm = {"mode": "load", "servers": [s.url for s in servers], "deflate": True}
        warm |= {"meetings": target.meetings["warm"], "steps": [{"rate": 20, "seconds": 1}]}
        loadgen.run(warm, servers, target.log_dir, timeout=120)
        for server in servers:
            server.settle()
        yield servers
    finally:
        for server in servers:
            server.settle(timeout=30)
            server.stop()


def measured(
    spec: dict[str, Any],
    servers: list[procs.Server],
    target: Target,
    on_ready: Callable[[str], None] | None = None,
) -> loadgen.Run:
    """One generator run, with the CPU that other processes took from the machine meanwhile."""
    cpu0 = sum(s.cpu_seconds() for s in servers)
    watch = ForeignCpu().start(cpu0)
    run = loadgen.run(spec, servers, target.log_dir, on_ready=on_ready)
    run.result["foreign_cores"] = watch.stop(sum(s.cpu_seconds() for s in servers) + run.cpu_s)
    run.result["generator_cpu_s"] = run.cpu_s
    return run


def storm(target: Target, plan: Plan, window: float, deflate: bool) -> dict[str, Any]:
    """Everyone of the storm set arrives within ``window`` seconds; memory is read at the end."""
    meetings = target.meetings["storm"]
    # The baseline makes up the same backlog in memory that bench-setup stored for Steady.
    with fresh(target, extra={"BASELINE_BACKLOG": str(plan.backlog)}) as (server,):
        before = server.rss_kb()
        seen: dict[str, int] = {}

        def read_memory(_: str) -> None:
            seen["rss_kb"] = server.rss_kb()

        spec = {"mode": "storm", "servers": [server.url], "meetings": meetings}
        spec |= {"deflate": deflate, "backlog": plan.backlog, "window_s": window}
        run = measured(spec, [server], target, on_ready=read_memory)
    result = run.result
    result["server_cores"] = run.server_cores("storm:start", "storm:done")
    result["memory"] = _memory(before, seen["rss_kb"], result["joined"])
    return result


def _memory(before_kb: int, after_kb: int, connections: int) -> dict[str, Any]:
    per = (after_kb - before_kb) / connections if connections else None
    return {
        "connections": connections,
        "rss_before_kb": before_kb,
        "rss_connected_kb": after_kb,
        "kb_per_connection": None if per is None else round(per, 1),
    }


def _steps(run: loadgen.Run) -> list[dict[str, Any]]:
    for step in run.result["steps"]:
        i = step["step"]
        step["server_cores"] = run.server_cores(f"step{i}:start", f"step{i}:sent")
    return run.result["steps"]


def knee(target: Target, plan: Plan) -> dict[str, Any]:
    """Stepped send rates over meetings of ten until two steps in a row fail. Memory without
    WebSocket compression is read here too, once everyone has joined."""
    with fresh(target) as (server,):
        before = server.rss_kb()
        seen: dict[str, int] = {}

        def read_memory(_: str) -> None:
            seen["rss_kb"] = server.rss_kb()

        spec = {"mode": "load", "servers": [server.url], "meetings": target.meetings["knee"]}
        spec |= {"deflate": False, "drain_ms": plan.drain_ms, "p99_limit_ms": plan.p99_limit_ms}
        spec |= {"steps": [{"rate": r, "seconds": plan.knee_seconds} for r in plan.knee_rates]}
        run = measured(spec | {"stop_after_failures": 2}, [server], target, read_memory)
    steps = _steps(run)
    passed = [s for s in steps if s["ok"]]
    best = max(passed, key=lambda s: s["deliveries_per_s"]) if passed else None
    return {
        "connections": run.result["setup"]["joined"],
        "setup": run.result["setup"],
        "steps": steps,
        "knee_deliveries_per_s": best["deliveries_per_s"] if best else 0,
        "knee_messages_in_per_s": best["achieved_in_per_s"] if best else 0,
        "knee_step": best,
        "memory": _memory(before, seen["rss_kb"], run.result["setup"]["joined"]),
        "foreign_cores": run.result["foreign_cores"],
    }


def realistic(
    target: Target,
    plan: Plan,
    participants: int,
    servers_count: int = 1,
    meeting_set: str = "realistic",
    **extra: str,
) -> dict[str, Any]:
    """``participants`` members, each posting once every ``period_s`` for a fixed time."""
    meetings = target.meetings[meeting_set][: participants // plan.per_meeting]
    with fresh(target, servers_count, extra or None) as servers:
        before = [s.rss_kb() for s in servers]
        seen: dict[str, int] = {}

        def read_memory(_: str) -> None:
            seen["rss_kb"] = sum(s.rss_kb() for s in servers)

        rate = participants / plan.period_s
        spec = {"mode": "load", "servers": [s.url for s in servers], "meetings": meetings}
        spec |= {"deflate": True, "drain_ms": plan.drain_ms, "p99_limit_ms": plan.p99_limit_ms}
        spec |= {"steps": [{"rate": rate, "seconds": plan.realistic_seconds}]}
        run = measured(spec, servers, target, on_ready=read_memory)
    (step,) = _steps(run)
    return {
        "participants": run.result["setup"]["joined"],
        "workers": servers_count,
        "period_s": plan.period_s,
        "setup": run.result["setup"],
        "step": step,
        "memory": _memory(sum(before), seen["rss_kb"], run.result["setup"]["joined"]),
        "foreign_cores": run.result["foreign_cores"],
    }
