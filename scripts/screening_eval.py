"""Evaluate facilitator.screening against the labelled message sets.

Usage:
    .venv/bin/python scripts/screening_eval.py [--verbose] [--rules-only] [--no-cost]
        [--split all|dev|holdout|train|train2|...|fresh|fresh2|...|everyday|everyday2]
        [--devset PATH ...] [--model PATH]

Prints precision / recall / F1 per category for each split: "dev" and "holdout" (the dev set),
"train", "train2", ... (messages written to train the learned stage and, from train3 on, to cover
the weak spots and identifying formats), and the unseen batches "fresh", "fresh2", ... (each
written before the work it measures and scored once; see docs/screening.md). Every
tests/facilitator/screening_*.jsonl file is read, so a new batch needs no edit here.
A split whose file the shipped model was not trained on is *held out* (the model file lists
what it was trained on; the run prints the held-out splits):
it is left out of the combined table and its mistakes are listed only when asked for by name
(--split fresh5 -v), so they cannot leak into tuning by accident.
Then the mean and p99 cost of `screen()` per message, with and without the learned stage.
With --verbose, lists every false negative and false positive with what fired.
With --model, the learned stage is read from that file instead of the shipped one (a candidate
written by `scripts/train_screening_model.py --out PATH`).
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator import screening_model  # noqa: E402
from facilitator.screening import CATEGORIES, screen  # noqa: E402

DATA = ROOT / "tests" / "facilitator"
_KINDS = ("devset", "train", "fresh", "everyday")


def _stem(path: Path) -> str:
    return path.stem.removeprefix("screening_")


def _order(path: Path) -> tuple[int, str, int]:
    """The dev set, then training sets, then fresh batches, then everyday chat, each by number."""
    stem = _stem(path)
    name = stem.rstrip("0123456789")
    rank = _KINDS.index(name) if name in _KINDS else len(_KINDS)
    return rank, name, int(stem[len(name) :] or 1)


# Every labelled file beside the tests, so a new batch needs no edit here.
DEFAULT_SETS = sorted(DATA.glob("screening_*.jsonl"), key=_order)
# A file's split is its name without "screening_", except the dev set (dev, holdout) and the
# first training file (train, train2), which each hold two.
_SHARED = {"devset": ("dev", "holdout"), "train": ("train", "train2")}
SPLITS = tuple(split for path in DEFAULT_SETS for split in _SHARED.get(_stem(path), (_stem(path),)))


def trained_on() -> set[str]:
    """The data files the model in use was trained on (empty when there is no model)."""
    path = screening_model.MODEL_PATH
    if not path.exists():
        return set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return set(json.load(fh).get("data_files", []))


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


def load(paths: list[Path]) -> list[dict]:
    """Rows of every file that exists, each tagged with the file it came from."""
    rows = []
    for path in paths:
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            rows += [dict(json.loads(line), file=path.name) for line in fh if line.strip()]
    return rows


def evaluate(
    rows: list[dict], model: bool = True
) -> tuple[dict[str, Score], list[tuple[str, str, dict, list]]]:
    """Per-category scores and the list of mistakes (kind, category, row, findings)."""
    scores = {c: Score() for c in CATEGORIES}
    mistakes = []
    for row in rows:
        findings = screen(row["text"], model=model)
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


def print_table(title: str, rows: list[dict], verbose: bool, model: bool) -> dict[str, Score]:
    scores, mistakes = evaluate(rows, model)
    print(f"\n== {title}: {len(rows)} messages ==")
    print(f"{'category':<12} {'prec':>6} {'recall':>7} {'f1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for cat, s in scores.items():
        print(
            f"{cat:<12} {s.precision:>6.3f} {s.recall:>7.3f} {s.f1:>6.3f}"
            f" {s.tp:>4} {s.fp:>4} {s.fn:>4}"
        )
    clean = sum(not r["labels"] for r in rows)
    if clean:
        # Precision hides how often ordinary chat is flagged when a set has few positives.
        wrong = [row for kind, _, row, _ in mistakes if kind == "FP" and not row["labels"]]
        flagged = len({id(row) for row in wrong})
        print(f"clean messages flagged (any category): {flagged} of {clean}")
    if verbose:
        for kind, cat, row, findings in sorted(mistakes, key=lambda m: (m[1], m[0])):
            fired = ", ".join(f"{f.category}/{f.label}:{f.matched!r}" for f in findings) or "-"
            print(f"  {kind} {cat:<11} {row['text']!r}\n      fired: {fired}")
    return scores


def timing(rows: list[dict], rounds: int = 5, model: bool = True) -> dict[str, float]:
    """Cost of `screen()` per message in microseconds.

    Two views: every timed call ("wall", which includes whatever else the machine is doing), and
    the best of `rounds` calls per message ("intrinsic", the cost of the code itself). Garbage
    collection is paused while timing so one collection does not land on one message.
    """
    texts = [r["text"] for r in rows]
    for t in texts:  # warm-up: compile caches, phone metadata, model weights
        screen(t, model=model)
    every, best = [], []
    gc.disable()
    try:
        for t in texts:
            runs = []
            for _ in range(rounds):
                t0 = time.perf_counter_ns()
                screen(t, model=model)
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


def print_cost(rows: list[dict]) -> None:
    rules = timing(rows, model=False)
    both = timing(rows)
    for name, cost in (("rules only", rules), ("rules + model", both)):
        print(
            f"cost per message, {name} (intrinsic, best of 5): mean {cost['mean']:.0f} us,"
            f" p99 {cost['p99']:.0f} us, max {cost['max']:.0f} us;"
            f" wall mean {cost['wall_mean']:.0f} us, p99 {cost['wall_p99']:.0f} us"
        )
    print(
        f"learned stage adds: mean {both['mean'] - rules['mean']:.0f} us,"
        f" p99 {both['p99'] - rules['p99']:.0f} us per message"
    )


def print_splits(rows: list[dict], args: argparse.Namespace, model: bool) -> list[dict]:
    """One table per split; returns the rows the shipped model was trained on."""
    training = trained_on()
    held_out = {r.get("split", "dev") for r in rows if r["file"] not in training}
    labelled = [r for r in rows if r.get("split", "dev") not in held_out]
    if held_out:
        print("held out (not in the shipped model's training data): " + ", ".join(sorted(held_out)))
    if args.split == "all":
        print_table("training data (in-sample)", labelled, False, model)
    for split in SPLITS:
        subset = [r for r in rows if r.get("split", "dev") == split]
        if subset and args.split in ("all", split):
            # A held-out split's mistakes are listed only when it is asked for by name.
            verbose = args.verbose and (split not in held_out or args.split == split)
            print_table(f"{split} split", subset, verbose, model)
    return labelled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list FNs and FPs")
    parser.add_argument("--rules-only", action="store_true", help="skip the learned stage")
    parser.add_argument("--split", choices=("all", *SPLITS), default="all")
    parser.add_argument("--devset", type=Path, nargs="+", default=DEFAULT_SETS)
    parser.add_argument("--no-cost", action="store_true", help="skip the timing")
    parser.add_argument("--model", type=Path, help="a model file to use instead of the shipped one")
    args = parser.parse_args(argv)
    if args.model:
        if not args.model.exists():
            parser.error(f"no model file at {args.model}")
        # Before the first screen(): the models are read once, on first use.
        screening_model.MODEL_PATH = args.model
        screening_model.models.cache_clear()
        print(f"model: {args.model}")

    rows = load(args.devset)
    model = not args.rules_only
    counts = {s: sum(r.get("split", "dev") == s for r in rows) for s in SPLITS}
    print(
        f"{len(rows)} messages ({sum(not r['labels'] for r in rows)} clean); "
        + ", ".join(f"{n} {s}" for s, n in counts.items() if n)
        + ("; rules only" if args.rules_only else "; rules + learned stage")
    )
    labelled = print_splits(rows, args, model)
    if not args.no_cost:
        print()
        print_cost(labelled)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
