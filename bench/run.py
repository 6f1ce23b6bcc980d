"""Steady's benchmark, in one run: ``python -m bench.run`` (``make bench``).

Starts the baseline (bench/baseline_server.py) and Steady (``python -m server``) on core 0,
the Node.js load generator on core 1, runs every scenario against each, then writes a JSON
report and docs/performance.md with docs/latency.svg. ``--smoke`` runs the same code on a
tiny plan in well under a minute (the test suite does this).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench import loadgen, machine, report, scenarios, setup
from bench.scenarios import Plan, Target

KINDS = ("baseline", "steady")


def timed(label: str, fn: Callable[..., Any], *args: Any) -> Any:
    """Run one scenario and say on stderr how long it took: a full run is long and quiet."""
    started = time.monotonic()
    out = fn(*args)
    print(f"bench: {label}: {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    return out


def _meeting_sets(fixtures: setup.Fixtures, plan: Plan) -> dict[str, list[dict]]:
    per = plan.per_meeting
    return {
        "warm": fixtures.make("warm", 1, per, 20),
        "storm": fixtures.make("storm", plan.storm_meetings, per, plan.backlog),
        "knee": fixtures.make("knee", plan.knee_meetings, per),
        "realistic": fixtures.make("realistic", max(plan.realistic) // per, per),
    }


def one_worker_scenarios(plan: Plan, work: Path, log_dir: Path) -> tuple[dict, list[str]]:
    """Storm, memory, knee and realistic load: baseline and Steady in turn, scenario by scenario."""
    fixtures = timed("sqlite setup", setup.Fixtures, setup.sqlite_url(work), work)
    meetings = timed("meetings", _meeting_sets, fixtures, plan)
    env = setup.server_env(fixtures.url)
    targets = {kind: Target(kind, env, meetings, log_dir) for kind in KINDS}
    out: dict[str, Any] = {"storm": {}, "knee": {}, "realistic": {}}
    for kind, target in targets.items():
        out["storm"][kind] = [
            timed(f"{kind} storm {w:g} s", scenarios.storm, target, plan, w, True)
            for w in plan.storm_windows
        ]
    for kind, target in targets.items():
        out["knee"][kind] = timed(f"{kind} knee", scenarios.knee, target, plan)
    for kind, target in targets.items():
        out["realistic"][kind] = [
            timed(f"{kind} realistic {n}", scenarios.realistic, target, plan, n)
            for n in plan.realistic
        ]
    return out, fixtures.commands


def across_workers(plan: Plan, work: Path, log_dir: Path) -> tuple[dict, list[str]]:
    """Steady on PostgreSQL: one worker, then two sharing Redis, under the same load."""
    pg_dir = work / "postgres"
    pg_dir.mkdir()
    with setup.scratch_postgres() as url:
        fixtures = timed("postgres setup", setup.Fixtures, url, pg_dir)
        per, count = plan.per_meeting, plan.workers_participants // plan.per_meeting
        meetings = {
            "warm": fixtures.make("warm", 1, per, 20),
            "one": fixtures.make("one", count, per),
            "two": fixtures.make("two", count, per),
        }
        target = Target("steady", setup.server_env(url), meetings, log_dir)
        n = plan.workers_participants
        # A channel of this run's own: other runs on the same Redis must not cross-talk.
        channel = f"steady-bench-{uuid.uuid4().hex[:8]}"
        sized = Plan(**{**asdict(plan), "realistic_seconds": plan.workers_seconds})
        one = timed("one worker", scenarios.realistic, target, sized, n, 1, "one")
        queue = {"REDIS_URL": setup.REDIS, "STEADY_SOCKETIO_CHANNEL": channel}
        two = timed("two workers", lambda: scenarios.realistic(target, sized, n, 2, "two", **queue))
    commands = [c.replace(url, "postgresql://.../steady_bench_<run>") for c in fixtures.commands]
    added = {
        f"added_{q}_ms": round(two["step"]["latency_ms"][q] - one["step"]["latency_ms"][q], 2)
        for q in ("p50", "p99")
    }
    return {"one_worker": one, "two_workers": two, **added}, commands


def run(plan: Plan, smoke: bool, keep: bool = False) -> dict[str, Any]:
    loadgen.ensure_installed()
    work = Path(tempfile.mkdtemp(prefix="steady-bench-"))
    log_dir = work / "logs"
    log_dir.mkdir()
    started = time.monotonic()
    result: dict[str, Any] = {"machine": machine.describe(), "plan": asdict(plan), "smoke": smoke}
    try:
        found, commands = one_worker_scenarios(plan, work, log_dir)
        workers, pg_commands = across_workers(plan, work, log_dir)
    except BaseException:
        print(f"bench: failed; logs kept in {log_dir}", file=sys.stderr)
        raise
    result["scenarios"] = {**found, "workers": workers}
    result["setup_commands"] = [c.replace(str(work), "$WORK") for c in commands + pg_commands]
    result["duration_s"] = round(time.monotonic() - started)
    result["ratios"] = report.ratios(result)
    if keep:
        print(f"bench: servers' and generator's logs kept in {log_dir}", file=sys.stderr)
    else:
        shutil.rmtree(work, ignore_errors=True)
    return result


def _command(argv: list[str] | None) -> str:
    return " ".join(["python -m bench.run", *(argv if argv is not None else sys.argv[1:])])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="a tiny plan, for the test suite")
    parser.add_argument("--json", type=Path, help="write the full report here as JSON")
    parser.add_argument("--docs", type=Path, help="write performance.md and latency.svg here")
    parser.add_argument("--keep", action="store_true", help="keep the servers' logs")
    parser.add_argument("--render", type=Path, help="only rewrite the docs from this JSON report")
    args = parser.parse_args(argv)
    if args.render:
        result = json.loads(args.render.read_text())
    else:
        result = run(scenarios.SMOKE if args.smoke else scenarios.FULL, args.smoke, args.keep)
    result.setdefault("command", _command(argv))
    if args.json and not args.render:
        args.json.write_text(json.dumps(result, indent=1))
    if args.docs:
        report.write(result, args.docs, result["command"])
    print(report.summary(result))


if __name__ == "__main__":
    main()
