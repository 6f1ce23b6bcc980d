"""Ratios, goals and docs/performance.md (with docs/latency.svg) from one run's results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench import chart, report_md

NOTES = Path(__file__).resolve().parent / "NOTES.md"


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a is not None and b else None


def _cpu_ms_per_message(knee: dict[str, Any]) -> float | None:
    """Server CPU per message in, from the steps where the server still had idle time."""
    costs = [
        1000 * s["server_cores"] / s["achieved_in_per_s"]
        for s in knee["steps"]
        if s["achieved_in_per_s"] and s["server_cores"] < 0.8
    ]
    return round(sum(costs) / len(costs), 2) if costs else None


def ratios(result: dict[str, Any]) -> dict[str, Any]:
    """Steady as a multiple of the baseline, measured in the same run."""
    sc = result["scenarios"]
    knee = {k: sc["knee"][k]["knee_deliveries_per_s"] for k in ("steady", "baseline")}
    cost = {k: _cpu_ms_per_message(sc["knee"][k]) for k in ("steady", "baseline")}
    storm = {k: sc["storm"][k][0]["joined_and_caught_up_ms"]["p99"] for k in knee}
    memory = {k: sc["storm"][k][0]["memory"]["kb_per_connection"] for k in knee}
    plain = {k: sc["knee"][k]["memory"]["kb_per_connection"] for k in knee}
    real = {k: sc["realistic"][k][-1]["step"]["latency_ms"]["p99"] for k in knee}
    return {
        "knee_deliveries": _ratio(knee["steady"], knee["baseline"]),
        "cpu_per_message": _ratio(cost["steady"], cost["baseline"]),
        "cpu_ms_per_message": cost,
        "storm_p99": _ratio(storm["steady"], storm["baseline"]),
        "memory_per_connection": _ratio(memory["steady"], memory["baseline"]),
        "memory_per_connection_no_compression": _ratio(plain["steady"], plain["baseline"]),
        "realistic_p99": _ratio(real["steady"], real["baseline"]),
    }


def goals(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's goals for one worker, each with what was measured and whether it holds."""
    sc, limit = result["scenarios"], result["plan"]["p99_limit_ms"]
    knee_ratio = result["ratios"]["knee_deliveries"]
    real = sc["realistic"]["steady"][-1]
    real_p99 = real["step"]["latency_ms"]["p99"]
    real_kb = real["memory"]["kb_per_connection"]
    storm = sc["storm"]["steady"][0]
    storm_p99 = storm["joined_and_caught_up_ms"]["p99"]
    added = sc["workers"]["added_p99_ms"]
    # Added latency only counts when both runs delivered everything they were sent.
    clean = all(_clean(sc["workers"][n]["step"]) for n in ("one_worker", "two_workers"))
    n = real["participants"]
    real_ok = _le(real_p99, limit) and real["step"]["lost"] == 0
    storm_ok = _le(storm_p99, limit) and storm["caught_up"] == storm["members"]
    storm_name = f"Join storm ({storm['members']} in {storm['window_s']:g} s), p99"
    return [
        _goal("Fan-out knee vs baseline", ">= 0.6x", knee_ratio, _ge(knee_ratio, 0.6), "x"),
        _goal(f"{n} participants, p99", f"<= {limit:g} ms", real_p99, real_ok, " ms"),
        _goal(f"{n} participants, memory", "<= 60 KB/conn", real_kb, _le(real_kb, 60), " KB"),
        _goal(storm_name, f"<= {limit:g} ms", storm_p99, storm_ok, " ms"),
        _goal("Across workers, p99 added", "<= 5 ms", added, _le(added, 5) and clean, " ms"),
    ]


def _clean(step: dict[str, Any]) -> bool:
    refused = sum(step["send_errors"].values()) + step["unacked"]
    return refused == 0 and step["lost"] == 0 and step["duplicated"] == 0


def _ge(value: float | None, limit: float) -> bool:
    return value is not None and value >= limit


def _le(value: float | None, limit: float) -> bool:
    return value is not None and value <= limit


def _goal(name: str, target: str, value: Any, met: bool, unit: str) -> dict[str, Any]:
    shown = "n/a" if value is None else f"{value:g}{unit}"
    return {"goal": name, "target": target, "measured": shown, "met": met}


def summary(result: dict[str, Any]) -> str:
    lines = [f"bench: {result['duration_s']} s, ratios {result['ratios']}"]
    for goal in goals(result):
        mark = "met" if goal["met"] else "NOT met"
        lines.append(f"  {goal['goal']}: {goal['measured']} (goal {goal['target']}) {mark}")
    return "\n".join(lines)


def write(result: dict[str, Any], docs: Path, command: str) -> None:
    """docs/performance.md and docs/latency.svg; the hand-written notes are appended as-is."""
    docs.mkdir(parents=True, exist_ok=True)
    knees = {k: result["scenarios"]["knee"][k] for k in ("baseline", "steady")}
    series = {
        name: [
            (s["deliveries_per_s"], s["latency_ms"]["p50"], s["latency_ms"]["p99"])
            for s in knee["steps"]
            if s["latency_ms"]["p99"] is not None
        ]
        for name, knee in knees.items()
    }
    (docs / "latency.svg").write_text(chart.latency_svg(series, result["plan"]["p99_limit_ms"]))
    notes = NOTES.read_text() if NOTES.exists() else ""
    text = report_md.render(result, goals(result), command, "latency.svg", notes)
    (docs / "performance.md").write_text(text)
