"""More sections of docs/performance.md: the collector what-if and other work on the machine."""

from __future__ import annotations

from typing import Any

KINDS = ("baseline", "steady")


def table(header: list[str], rows: list[list[Any]]) -> str:
    def cell(value: Any) -> str:
        if value is None:
            return "n/a"
        if isinstance(value, bool):
            return "yes" if value else "**no**"
        return f"{value:g}" if isinstance(value, float) else str(value)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def whatif(result: dict[str, Any]) -> str:
    sc = result["scenarios"]
    w = sc.get("whatif_gc")
    if not w:
        return ""
    rows = []
    for name, knee, real in (
        ("Steady (python -m server)", sc["knee"]["steady"], sc["realistic"]["steady"][-1]),
        (f"Steady (python -m {w['entry']})", w["knee"], w["realistic"]),
    ):
        lat = real["step"]["latency_ms"]
        rows.append(
            [name, knee["knee_deliveries_per_s"], real["participants"], lat["p50"], lat["p99"]]
            + [lat["max"], real["step"]["lost"], real["step"]["server_cores"]]
            + [real["memory"]["kb_per_connection"]]
        )
    header = [
        *("server", "knee deliveries/s", "participants", "p50 ms", "p99 ms", "max ms", "lost"),
        *("server cores", "KB/connection"),
    ]
    return f"""## What-if: a garbage-collector policy at the entry point

The same knee and realistic-load runs against Steady started by `bench/gc_entry.py`, which
runs the unchanged `server.__main__.main` after turning off gevent's greenlet-tree tracking,
freezing the start-up objects and raising the collection thresholds (see that file). This is
not how Steady is deployed: it measures what moving those lines into `server/__main__.py`
would buy.

{table(header, rows)}
"""


def noise(result: dict[str, Any]) -> str:
    sc = result["scenarios"]
    rows = [[f"{k} knee", sc["knee"][k]["foreign_cores"]] for k in KINDS]
    for k in KINDS:
        rows += [[f"{k} storm {s['window_s']:g} s", s["foreign_cores"]] for s in sc["storm"][k]]
        rows += [
            [f"{k} realistic {r['participants']}", r["foreign_cores"]] for r in sc["realistic"][k]
        ]
    for name in ("one_worker", "two_workers"):
        rows.append([f"across workers: {name}", sc["workers"][name]["foreign_cores"]])
    if "whatif_gc" in sc:
        rows.append(["what-if knee", sc["whatif_gc"]["knee"]["foreign_cores"]])
        rows.append(["what-if realistic", sc["whatif_gc"]["realistic"]["foreign_cores"]])
    return f"""## Other work on the machine

Cores used by processes that were not part of the benchmark while each scenario ran (the
machine's busy time from `/proc/stat` minus the servers', the generator's and the
orchestrator's own; in scenario 5 this includes PostgreSQL and Redis). Above about 0.1,
other work was taking CPU from the run.

{table(["scenario", "other cores"], rows)}
"""
