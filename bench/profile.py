"""Profile Steady under one benchmark load with py-spy: where does a message's CPU go?

    python -m bench.profile send --rate 200 --seconds 20   # meetings of 10, fixed send rate
    python -m bench.profile join --members 2000 --window 20  # join storm with a backlog

Starts Steady on SQLite exactly as ``make bench`` does, samples it with ``py-spy record`` while
the Node.js generator runs one load, and prints the server's CPU per message (or per join) and
the functions with the largest inclusive and own shares of the samples. The raw folded stacks
are kept (``--out``) for a flame graph. py-spy is a development tool, not a project dependency:
``pip install py-spy`` first.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bench import loadgen, procs, setup


def _frame(raw: str) -> str:
    """ "post_message (server/services/chat.py:120)" -> "post_message chat.py"."""
    return raw.split(" (")[0] + " " + raw.rsplit("/", 1)[-1].split(":")[0]


def _summary(raw: Path, top: int) -> str:
    """Inclusive and own shares per function from py-spy's folded stacks ("a;b;c 12")."""
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = [_frame(f) for f in stack.split(";")]
        for name in set(frames):
            inclusive[name] += n
        own[frames[-1]] += n
    if not total:
        return "no samples"
    lines = [f"{total} samples", "", "inclusive:"]
    lines += [f"  {100 * n / total:5.1f}%  {name}" for name, n in inclusive.most_common(top)]
    lines += ["", "own:"]
    lines += [f"  {100 * n / total:5.1f}%  {name}" for name, n in own.most_common(top)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("load", choices=("send", "join"))
    parser.add_argument("--rate", type=float, default=150.0, help="messages/s in (send)")
    parser.add_argument("--seconds", type=float, default=20.0, help="how long to send")
    parser.add_argument("--meetings", type=int, default=100, help="meetings of 10 (send)")
    parser.add_argument("--members", type=int, default=2000, help="members arriving (join)")
    parser.add_argument("--window", type=float, default=20.0, help="arrival window (join)")
    parser.add_argument("--deflate", action="store_true", help="offer WebSocket compression")
    parser.add_argument("--native", action="store_true", help="sample C frames too (py-spy)")
    parser.add_argument("--no-sample", action="store_true", help="latency and CPU only, no py-spy")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--out", type=Path, default=Path("profile.txt"), help="folded stacks")
    args = parser.parse_args(argv)
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        sys.exit("bench.profile: py-spy is not installed (pip install py-spy)")
    loadgen.ensure_installed()
    work = Path(tempfile.mkdtemp(prefix="steady-profile-"))
    try:
        fixtures = setup.Fixtures(setup.sqlite_url(work), work)
        if args.load == "send":
            meetings = fixtures.make("load", args.meetings, 10)
            spec = {"mode": "load", "meetings": meetings, "drain_ms": 5000, "p99_limit_ms": 50}
            spec |= {"steps": [{"rate": args.rate, "seconds": args.seconds}]}
            count = int(args.rate * args.seconds)
        else:
            meetings = fixtures.make("storm", args.members // 10, 10, 100)
            spec = {"mode": "storm", "meetings": meetings, "backlog": 100}
            spec |= {"window_s": args.window}
            count = args.members
        warm_meetings = fixtures.make("warm", 1, 10, 20)
        server = procs.start("steady", setup.server_env(fixtures.url), work, "steady")
        try:
            warm = {"mode": "load", "servers": [server.url], "meetings": warm_meetings}
            warm |= {"deflate": args.deflate, "steps": [{"rate": 20, "seconds": 1}]}
            loadgen.run(warm, [server], work)
            server.settle()
            samplers: list[subprocess.Popen[bytes]] = []
            rss = {"before": server.rss_kb()}

            def start_sampling(_: str) -> None:
                rss["joined"] = server.rss_kb()
                if args.no_sample:
                    return
                argv = [spy, "record", "-r", "200", "-f", "raw", "-o", str(args.out)]
                argv += ["--native"] if args.native else []
                samplers.append(
                    subprocess.Popen(
                        [*argv, "-p", str(server.proc.pid)],
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                    )
                )

            spec |= {"servers": [server.url], "deflate": args.deflate}
            if args.load == "join":
                start_sampling("now")  # the storm is the whole run; it pauses only at its end
                run = loadgen.run(spec, [server], work)
            else:  # sample the sending only, from when everyone has joined
                run = loadgen.run(spec, [server], work, on_ready=start_sampling)
            for sampler in samplers:
                sampler.send_signal(signal.SIGINT)
                sampler.wait(timeout=30)
        finally:
            server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.load == "send":
        per, (start, end) = "message", ("step0:start", "step0:sent")
    else:
        per, (start, end) = "join", ("storm:start", "storm:done")
    first, last = run.mark(start), run.mark(end)
    cpu = sum(last.cpu_s) - sum(first.cpu_s)
    print(f"server CPU {cpu:.2f} s for {count} x {per}: {1000 * cpu / count:.2f} ms per {per}")
    steps = run.result.get("steps") or [run.result]
    for step in steps:
        lat = step.get("latency_ms") or step.get("joined_and_caught_up_ms") or {}
        print("latency ms:", {k: lat.get(k) for k in ("p50", "p99", "max")})
    if args.load == "send":  # read when everyone had joined, before the sampler started
        joined = args.meetings * 10
        per_kb = (rss["joined"] - rss["before"]) / joined
        print(f"memory: {per_kb:.1f} KB per connection ({joined} connected and joined)")
    if not args.no_sample:
        print(_summary(args.out, args.top))


if __name__ == "__main__":
    main()
