"""More sections of docs/performance.md: other work on the machine."""

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
    return f"""## Other work on the machine

Cores used by processes that were not part of the benchmark while each scenario ran (the
machine's busy time from `/proc/stat` minus the servers', the generator's and the
orchestrator's own; in scenario 5 this includes PostgreSQL and Redis). Above about 0.1,
other work was taking CPU from the run.

{table(["scenario", "other cores"], rows)}
"""
