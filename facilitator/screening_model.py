"""The learned second stage of screening: three small linear models (crisis, danger, agreement).

Rules stay the primary detector. This stage only *adds* a crisis or danger finding when the rules
found none of that category and the model is confident (its threshold was chosen by k-fold
cross-validation for precision; see scripts/train_screening_model.py). The finding spans the
sentence that contributes most to the score.

The weights ship in the repository as `screening_model.json.gz` (a few hundred kB), are read once
on first use and never fetched from anywhere. If the file is missing, screening falls back to the
rules alone.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .screening_features import Token, features, sentences

MODEL_PATH = Path(__file__).with_name("screening_model.json.gz")
FORMAT = 1
LABELS = {"crisis": "model_crisis", "danger": "model_danger", "agreement": "model_agreement"}
REASONS = {
    "crisis": "The wording suggests a risk to the writer's own life or safety",
    "danger": "The wording suggests danger from another person now or soon",
    "agreement": "The wording may blame, judge or direct another member",
}

# Round six: a sentence alone must clear the threshold by this much (log-odds). Cross-validated
# on the training data (crisis, threshold 0.70), the flags that sentence scoring alone added were
# right 9 times in 36 at no margin and 7 in 17 at 1.0: the margin keeps most of the recall and
# drops most of the false alarms (one short cheerful sentence scored on its own, "Night!").
# A model file may carry its own ("sentence_margin", written by the training script's
# --sentence-margin only when it differs from this).
SENTENCE_MARGIN = 1.0


@dataclass(frozen=True, slots=True)
class LinearModel:
    """One category's weights; `cut` is the decision threshold as log-odds."""

    bias: float
    weights: dict[str, float]
    threshold: float
    # Crisis only: how far a single sentence must clear the threshold (see SENTENCE_MARGIN).
    margin: float = SENTENCE_MARGIN

    @property
    def cut(self) -> float:
        return math.log(self.threshold / (1.0 - self.threshold))

    def logit(self, feats: set[str]) -> float:
        get = self.weights.get
        return self.bias + sum(get(f, 0.0) for f in feats)

    def probability(self, feats: set[str]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-35.0, min(35.0, self.logit(feats)))))


def read_models(path: Path) -> dict[str, LinearModel]:
    """Parse a model file written by the training script."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    if data.get("format") != FORMAT:
        raise ValueError(f"unsupported screening model format in {path}")
    # A model file records its sentence margin only when it differs from SENTENCE_MARGIN, so
    # files written before round six's threshold decision read as they always did.
    return {
        cat: LinearModel(
            m["bias"], m["weights"], m["threshold"], m.get("sentence_margin", SENTENCE_MARGIN)
        )
        for cat, m in data["models"].items()
    }


@cache
def models() -> dict[str, LinearModel]:
    """The shipped models, loaded once. Empty when the file is absent (rules only). Reads
    MODEL_PATH when first called, so scripts/screening_eval.py --model can point it elsewhere."""
    if not MODEL_PATH.exists():
        return {}
    return read_models(MODEL_PATH)


def _best_sentence(text: str, model: LinearModel) -> tuple[int, int]:
    """The sentence that scores highest, so the facilitator sees what raised the flag."""
    spans = sentences(text)
    if len(spans) <= 1:
        return spans[0] if spans else (0, len(text))
    return max(spans, key=lambda s: model.logit(features(text[s[0] : s[1]])))


def predict(
    original: str,
    lowered: str,
    skip: set[str],
    table: dict[str, LinearModel] | None = None,
    toks: list[Token] | None = None,
) -> list[tuple[str, int, int]]:
    """(category, start, end) for each model category not in `skip` that fires on the message.
    `original` is the message as sent, `lowered` its normalised form (for the cue patterns),
    `toks` its tokens when the caller already has them."""
    table = models() if table is None else table
    wanted = [(cat, m) for cat, m in table.items() if cat not in skip]
    if not wanted:
        return []
    feats = features(original, lowered, toks)
    out = []
    for cat, model in wanted:
        seen = feats | rule_features(skip, cat) if cat in RULE_AWARE else feats
        whole = model.logit(seen) >= model.cut
        if whole or (cat in SENTENCE_SCORED and _one_sentence_fires(original, model)):
            start, end = _best_sentence(original, model)
            out.append((cat, start, end))
    return out


# Round five: with the rules' other findings as evidence, danger's CV threshold fell from 0.70 to
# 0.57-0.59 at the same precision floor; crisis lost recall at its floor, so it goes without.
RULE_AWARE = frozenset({"danger"})


def rule_features(found: set[str], category: str) -> set[str]:
    """What the rules found in the *other* categories, as evidence: a crisis or agreement message
    that mentions "him" is less likely to be danger (the danger model's commonest false alarm).
    A model never runs when the rules found its own category, so that one is left out."""
    return {"r:" + c for c in found if c != category}


# Crisis only: recall is what falls short there, and on the labelled data sentence scoring added
# 7 false alarms to crisis but 21 to danger, where recall is already high.
SENTENCE_SCORED = frozenset({"crisis"})


def _one_sentence_fires(text: str, model: LinearModel) -> bool:
    """A long, mostly cheerful share can dilute one grim sentence below the threshold when the
    whole message is scored; scoring each sentence on its own keeps that sentence visible."""
    spans = sentences(text)
    if len(spans) <= 1:
        return False
    cut = model.cut + model.margin
    return any(model.logit(features(text[a:b])) >= cut for a, b in spans)
