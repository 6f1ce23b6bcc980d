"""Train the learned screening stage and pick its thresholds by k-fold cross-validation.

Usage:
    .venv/bin/python scripts/train_screening_model.py [--data PATH ...] [--folds 5]
        [--min-precision 0.87] [--max-everyday-flagged 0.05] [--everyday-weight 3]
        [--sentence-margin 1.0] [--out facilitator/screening_model.json.gz] [--dry-run]

The defaults are the shipped settings: a plain run rewrites the shipped model byte for byte.
The other values let a candidate be trained to a scratch --out and scored with
`scripts/screening_eval.py --model PATH` (docs/screening.md, "Round six, threshold decision").

1. Reads the labelled messages: the dev set, the training sets (train to train11) and the unseen
   batches that have already had their scoring (fresh to fresh18, everyday to everyday3).
2. For crisis, danger and agreement: k-fold out-of-fold probabilities, combined with what the
   rules find, then the lowest threshold whose combined cross-validated precision is at least
   --min-precision on every source split, the fresh batches pooled as one (recall is what is
   being bought; precision is the constraint).
3. Prints the cross-validated estimate (rules alone, rules + model) per source split.
4. Trains on all the data and writes the gzip JSON model that facilitator.screening loads.

Every data file in tests/facilitator that is not in DEFAULT_DATA (a new fresh batch) stays out
of --data: such files are the held-out checks, and scripts/screening_eval.py reads which they are
from the model file. Since round thirteen every batch is trained on and none is held out; a new
unseen batch must stay out until the final system has scored it once (see docs/screening.md).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.screening import screen  # noqa: E402
from facilitator.screening_features import features  # noqa: E402
from facilitator.screening_learn import Params, out_of_fold, train  # noqa: E402
from facilitator.screening_model import (  # noqa: E402
    FORMAT,
    MODEL_PATH,
    RULE_AWARE,
    SENTENCE_MARGIN,
    SENTENCE_SCORED,
    rule_features,
)
from facilitator.screening_text import normalise  # noqa: E402

DATA = ROOT / "tests" / "facilitator"
# Each fresh batch joined the training data only after its one untuned scoring by the final
# system (docs/screening.md has those scores). The files not listed here stay out: held-out
# checks.
DEFAULT_DATA = [
    DATA / "screening_devset.jsonl",
    DATA / "screening_train.jsonl",
    DATA / "screening_fresh.jsonl",
    DATA / "screening_train3.jsonl",
    DATA / "screening_fresh2.jsonl",
    DATA / "screening_train4.jsonl",
    DATA / "screening_fresh4.jsonl",
    DATA / "screening_train5.jsonl",
    DATA / "screening_fresh6.jsonl",
    DATA / "screening_train6.jsonl",
    DATA / "screening_train7.jsonl",
    DATA / "screening_train8.jsonl",
    DATA / "screening_train9.jsonl",
    DATA / "screening_train10.jsonl",
    DATA / "screening_everyday.jsonl",
    # Round ten: the batches held out until round nine, each scored before it was trained on.
    DATA / "screening_fresh3.jsonl",
    DATA / "screening_fresh5.jsonl",
    DATA / "screening_fresh7.jsonl",
    DATA / "screening_fresh8.jsonl",
    DATA / "screening_fresh9.jsonl",
    DATA / "screening_fresh10.jsonl",
    DATA / "screening_fresh11.jsonl",
    DATA / "screening_fresh12.jsonl",
    DATA / "screening_fresh13.jsonl",
    DATA / "screening_fresh14.jsonl",
    DATA / "screening_everyday2.jsonl",
    DATA / "screening_train11.jsonl",
    # Round eleven: round ten's blind batches, after their one scoring (docs/screening.md).
    DATA / "screening_fresh15.jsonl",
    DATA / "screening_fresh16.jsonl",
    # Round eleven: 695 lines of ordinary session chat, for the crisis model's false alarms.
    DATA / "screening_everyday3.jsonl",
    # Round twelve: round eleven's blind batches, after their one scoring (docs/screening.md).
    DATA / "screening_fresh17.jsonl",
    DATA / "screening_fresh18.jsonl",
    # Round thirteen: round twelve's blind batch, after its scoring.
    DATA / "screening_fresh19.jsonl",
    # After round thirteen: its blind batch, after its scoring. No batch is held out now.
    DATA / "screening_fresh20.jsonl",
]
# The floor applies to every split, so overall CV precision lands above it (about 0.90 crisis,
# 0.94 danger). On the first fresh batch precision came out 0.03 (crisis) and 0.05 (danger) below
# the overall CV estimate, and recall, not precision, fell short of its target: 0.88 buys recall
# while leaving that margin above the 0.85 target.
# Round nine: 0.87. train10's coercive-control hints are told in everyday words ("he keeps my
# ... until"), and adding them pushed the old floor's thresholds from 0.64 / 0.49 to 0.68 / 0.68
# (dev and train3 bound danger); at 0.87 they are 0.61 / 0.49, overall CV precision about 0.88
# and 0.90 (docs/screening.md, "Round nine").
MIN_PRECISION = 0.87
CATEGORIES = ("crisis", "danger", "agreement")
THRESHOLDS = [round(0.30 + 0.01 * i, 2) for i in range(70)]
MIN_ADDED = 0.5
# train5 (round four) pairs every plan, goodbye and sideways threat with an everyday sentence in
# the same words ("won't be around this weekend, camping"). Its precision is reported, not floored.
# train6 (round five) is written the same way: each preparation, go-between or tampering next to
# its everyday twin ("paid off my car loan today, debt free at last").
# train7 (round six) too: idioms with "die" and "kill", means questions, plans with no death word
# and alarms with a harmless reason, each next to its twin ("this rota is killing me").
# train8 (round seven) too: errands with and without a line that makes them final, drugs put
# aside and drugs collected, smart homes worked from his phone and from the writer's own.
# train9 (round eight) too: blame, excuses and comparisons next to a member's own story, and
# danger alarms next to the harmless twin ("he's outside, my dad I mean").
# train10 (round nine) too: hints of crisis and coercive control next to their everyday twins
# ("he keeps my insulin pen in his coat ..." / "I keep my insulin pen in my coat pocket").
MIRROR_SPLITS = frozenset({"train5", "train6", "train7", "train8", "train9", "train10", "train11"})
# Everyday group chat with nothing to flag ("I feel lighter after tonight"): most of what members
# write. It has no positives, so a precision floor means nothing there; instead the model may
# add flags to at most this share of it, cross-validated (a false urgent flag pulls a facilitator
# away and shows a member crisis lines they did not need).
EVERYDAY_SPLITS = frozenset({"everyday", "everyday2", "everyday3"})
MAX_EVERYDAY_FLAGGED = 0.05
# Round six: each everyday line also counts this many times in training. 600 lines among 7000
# hard positives and look-alikes were too few to teach the model the register of ordinary chat
# ("I slept seven hours last night!!"), which the bulk of a session is written in.
EVERYDAY_WEIGHT = 3.0
# Crisis only: the danger model adds one or two flags to the everyday split, so there is nothing
# there for the weight to buy.
EVERYDAY_WEIGHTED = frozenset({"crisis"})
PARAMS = Params()
FRESH = re.compile(r"fresh\d*")


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return rows


def prf(got: list[bool], want: list[bool]) -> tuple[float, float, int, int, int]:
    tp = sum(g and w for g, w in zip(got, want, strict=True))
    fp = sum(g and not w for g, w in zip(got, want, strict=True))
    fn = sum(w and not g for g, w in zip(got, want, strict=True))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, tp, fp, fn


def _precise(
    th: float, probs: list[float], rules: list[bool], want: list[bool], floor: float
) -> bool:
    return prf([r or p >= th for p, r in zip(probs, rules, strict=True)], want)[0] >= floor


def _added_ok(th: float, probs: list[float], rules: list[bool], want: list[bool]) -> bool:
    added = [w for p, r, w in zip(probs, rules, want, strict=True) if p >= th and not r]
    return not added or sum(added) / len(added) >= MIN_ADDED


def floor_group(split: str) -> str | None:
    """Which group a split's precision floor is checked in: None for a mirror or everyday split
    (pooled only), one group for all the session-shaped fresh batches together, else the split."""
    if split in MIRROR_SPLITS or split in EVERYDAY_SPLITS:
        return None
    return "fresh*" if FRESH.fullmatch(split) else split


def choose_threshold(
    probs: list[float],
    rules: list[bool],
    want: list[bool],
    min_precision: float,
    splits: list[str] | None = None,
    max_everyday: float = MAX_EVERYDAY_FLAGGED,
) -> float:
    """Lowest threshold (most recall) such that, cross-validated, rules+model precision meets the
    floor on *every* source split (the dev set's negatives are not like the extra training
    set's), and over all the data the flags the model adds on top of the rules are right at least
    MIN_ADDED of the time. The second condition stops a model that merely spends the precision
    budget the rules left over (the rules fit this data closely, so their CV precision is
    flattering)."""
    splits = splits or ["all"] * len(probs)
    # Every split has the floor except a mirror split, which counts only in the pooled data.
    names = sorted({floor_group(s) for s in splits} - {None})
    groups = [[i for i, s in enumerate(splits) if floor_group(s) == name] for name in names]
    groups.append(list(range(len(splits))))
    everyday = [i for i, s in enumerate(splits) if s in EVERYDAY_SPLITS]

    def sub(values: list, g: list[int]) -> list:
        return [values[i] for i in g]

    def calm(th: float) -> bool:
        # The model's own additions: what the rules flag there is theirs to fix.
        added = sum(probs[i] >= th and not rules[i] for i in everyday)
        return added <= max_everyday * len(everyday)

    for th in THRESHOLDS:
        if (
            _added_ok(th, probs, rules, want)
            and calm(th)
            and all(
                _precise(th, sub(probs, g), sub(rules, g), sub(want, g), min_precision)
                for g in groups
            )
        ):
            return th
    return THRESHOLDS[-1]


def report(cat: str, rows: list[dict], probs: list[float], rules: list[bool], th: float) -> None:
    """Cross-validated precision / recall, rules alone and rules + model, per source split."""
    splits = sorted({r.get("split", "dev") for r in rows}) + ["all"]
    for split in splits:
        idx = [i for i, r in enumerate(rows) if split in ("all", r.get("split", "dev"))]
        want = [cat in rows[i]["labels"] for i in idx]
        alone = prf([rules[i] for i in idx], want)
        both = prf([rules[i] or probs[i] >= th for i in idx], want)
        print(
            f"  {cat:<7} {split:<8} n={len(idx):<5} rules P={alone[0]:.3f} R={alone[1]:.3f}"
            f" | rules+model P={both[0]:.3f} R={both[1]:.3f} (tp {both[2]} fp {both[3]}"
            f" fn {both[4]})"
        )


def fit(
    cat: str,
    feats: list[set[str]],
    want: list[bool],
    th: float,
    p: Params,
    scale: list[float] | None = None,
) -> dict:
    examples = [(sorted(f), int(w)) for f, w in zip(feats, want, strict=True)]
    bias, weights = train(examples, p, scale)
    # Four decimals are far below what moves a decision; tiny weights are dropped for size.
    kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-3}
    return {"bias": round(bias, 4), "threshold": th, "weights": kept}


def cross_validate(
    cat: str,
    rows: list[dict],
    feats: list[set[str]],
    found: list[set[str]],
    args: argparse.Namespace,
) -> tuple[dict, dict]:
    """Pick one category's threshold by k-fold CV, report it, and fit on all the data."""
    want = [cat in r["labels"] for r in rows]
    rules = [cat in f for f in found]
    splits = [r.get("split", "dev") for r in rows]
    weight = args.everyday_weight if cat in EVERYDAY_WEIGHTED else 1.0
    scale = [weight if s in EVERYDAY_SPLITS else 1.0 for s in splits]
    probs = out_of_fold(feats, [int(w) for w in want], args.folds, PARAMS, scale)
    th = choose_threshold(probs, rules, want, args.min_precision, splits, args.max_everyday_flagged)
    print(f"{cat}: threshold {th:.2f} ({args.folds}-fold CV, floor {args.min_precision:.2f})")
    report(cat, rows, probs, rules, th)
    p, r, *_ = prf([a or b >= th for a, b in zip(rules, probs, strict=True)], want)
    meta = {"cv_precision": round(p, 4), "cv_recall": round(r, 4)}
    model = fit(cat, feats, want, th, PARAMS, scale)
    # Only sentence-scored categories use the margin; a file records it only when it differs
    # from the runtime default, so the default settings give the same bytes as before the flag.
    if cat in SENTENCE_SCORED and args.sentence_margin != SENTENCE_MARGIN:
        model["sentence_margin"] = args.sentence_margin
    return model, meta


def save(path: Path, rows: list[dict], data: list[Path], models: dict, meta: dict) -> None:
    digest = hashlib.sha256("\n".join(r["text"] for r in rows).encode()).hexdigest()[:16]
    out = {
        "format": FORMAT,
        "trained_on": len(rows),
        "data_files": [p.name for p in data],
        "data_sha256": digest,
        "cv": meta,
        "models": models,
    }
    blob = json.dumps(out, separators=(",", ":"), sort_keys=True).encode()
    # mtime=0 so the same weights give the same bytes (a retrain is a no-op in git).
    path.write_bytes(gzip.compress(blob, compresslevel=9, mtime=0))
    sizes = {c: len(m["weights"]) for c, m in models.items()}
    print(f"wrote {path} ({path.stat().st_size / 1024:.0f} kB, weights {sizes})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="+", default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--min-precision", type=float, default=MIN_PRECISION)
    parser.add_argument(
        "--max-everyday-flagged",
        type=float,
        default=MAX_EVERYDAY_FLAGGED,
        help="largest share of the everyday split the model may flag, cross-validated",
    )
    parser.add_argument(
        "--everyday-weight",
        type=float,
        default=EVERYDAY_WEIGHT,
        help="how many times each everyday line counts in the crisis model's training",
    )
    parser.add_argument(
        "--sentence-margin",
        type=float,
        default=SENTENCE_MARGIN,
        help="log-odds a single crisis sentence must clear the threshold by (runtime setting)",
    )
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--dry-run", action="store_true", help="cross-validate only")
    args = parser.parse_args(argv)

    rows = load(args.data)
    print(f"{len(rows)} messages from {', '.join(p.name for p in args.data)}")
    print(
        f"settings: floor {args.min_precision}, everyday cap {args.max_everyday_flagged},"
        f" everyday weight {args.everyday_weight}, sentence margin {args.sentence_margin}"
    )
    feats = [features(r["text"], normalise(r["text"]).text) for r in rows]
    found = [{f.category for f in screen(r["text"], model=False)} for r in rows]
    models, meta = {}, {}
    for cat in CATEGORIES:
        # The danger model sees what the rules found in the other categories, as screen() does.
        seen = feats
        if cat in RULE_AWARE:
            seen = [f | rule_features(c, cat) for f, c in zip(feats, found, strict=True)]
        models[cat], meta[cat] = cross_validate(cat, rows, seen, found, args)
    if not args.dry_run:
        save(args.out, rows, args.data, models, meta)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
