"""Evaluate facilitator.screening against the labelled development set.

Usage:
    .venv/bin/python scripts/screening_eval.py [--verbose] [--split all|dev|holdout]
        [--devset PATH]

Prints precision / recall / F1 per category for the full set, the development split and the
held-back split, then the mean and p99 cost of `screen()` per message in microseconds.
With --verbose, lists every false negative and false positive with what fired.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.screening import CATEGORIES, screen  # noqa: E402

DEFAULT_DEVSET = ROOT / "tests" / "facilitator" / "screening_devset.jsonl"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(rows: list[dict]) -> tuple[dict[str, Score], list[tuple[str, str, dict, list]]]:
    """Per-category scores and the list of mistakes (kind, category, row, findings)."""
    scores = {c: Score() for c in CATEGORIES}
    mistakes = []
    for row in rows:
        findings = screen(row["text"])
        got = {f.category for f in findings}
        want = set(row["labels"])
        for cat in CATEGORIES:
            if cat in got and cat in want:
                scores[cat].tp += 1
            elif cat in got:
                scores[cat].fp += 1
                mistakes.append(("FP", cat, row, findings))
            elif cat in want:
                scores[cat].fn += 1
                mistakes.append(("FN", cat, row, findings))
    return scores, mistakes


def print_table(title: str, rows: list[dict], verbose: bool) -> dict[str, Score]:
    scores, mistakes = evaluate(rows)
    print(f"\n== {title}: {len(rows)} messages ==")
    print(f"{'category':<12} {'prec':>6} {'recall':>7} {'f1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for cat, s in scores.items():
        print(
            f"{cat:<12} {s.precision:>6.3f} {s.recall:>7.3f} {s.f1:>6.3f}"
            f" {s.tp:>4} {s.fp:>4} {s.fn:>4}"
        )
    if verbose:
        for kind, cat, row, findings in sorted(mistakes, key=lambda m: (m[1], m[0])):
            fired = ", ".join(f"{f.category}/{f.label}:{f.matched!r}" for f in findings) or "-"
            print(f"  {kind} {cat:<11} {row['text']!r}\n      fired: {fired}")
    return scores


def timing(rows: list[dict], rounds: int = 5) -> dict[str, float]:
    """Cost of `screen()` per message in microseconds.

    Two views: every timed call ("wall", which includes whatever else the machine is doing), and
    the best of `rounds` calls per message ("intrinsic", the cost of the code itself). Garbage
    collection is paused while timing so one collection does not land on one message.
    """
    texts = [r["text"] for r in rows]
    for t in texts:  # warm-up: compile caches, phone metadata
        screen(t)
    every, best = [], []
    gc.disable()
    try:
        for t in texts:
            runs = []
            for _ in range(rounds):
                t0 = time.perf_counter_ns()
                screen(t)
                runs.append((time.perf_counter_ns() - t0) / 1000)
            every += runs
            best.append(min(runs))
    finally:
        gc.enable()
    every.sort()
    best.sort()
    return {
        "wall_mean": statistics.fmean(every),
        "wall_p99": every[int(len(every) * 0.99) - 1],
        "mean": statistics.fmean(best),
        "p99": best[int(len(best) * 0.99) - 1],
        "max": best[-1],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list FNs and FPs")
    parser.add_argument("--split", choices=("all", "dev", "holdout"), default="all")
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    args = parser.parse_args(argv)

    rows = load(args.devset)
    dev = [r for r in rows if r.get("split") != "holdout"]
    holdout = [r for r in rows if r.get("split") == "holdout"]
    print(
        f"{len(rows)} messages ({sum(not r['labels'] for r in rows)} clean), "
        f"{len(dev)} dev, {len(holdout)} holdout"
    )
    if args.split == "all":
        print_table("full set", rows, False)
    if args.split in ("all", "dev"):
        print_table("dev split", dev, args.verbose)
    if args.split in ("all", "holdout"):
        print_table("holdout split", holdout, args.verbose)
    cost = timing(rows)
    print(
        f"\ncost per message (intrinsic, best of 5): mean {cost['mean']:.0f} us,"
        f" p99 {cost['p99']:.0f} us, max {cost['max']:.0f} us"
    )
    print(
        f"cost per message (wall, all runs): mean {cost['wall_mean']:.0f} us,"
        f" p99 {cost['wall_p99']:.0f} us"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
