"""Training for the learned screening stage: logistic regression in pure Python.

Used by scripts/train_screening_model.py and the tests, never at screening time. The learner is
FTRL-proximal (per-feature learning rates with L1 and L2), which suits sparse binary features and
leaves most weights at exactly zero, so the shipped model stays small. Everything is seeded, so a
retrain on the same data gives the same weights.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Params:
    """Learner settings (chosen once by cross-validation; see the training script)."""

    alpha: float = 0.2  # base learning rate
    beta: float = 1.0
    l1: float = 0.3
    l2: float = 1.0
    epochs: int = 12
    seed: int = 7


def sigmoid(z: float) -> float:
    if z < -35:
        return 0.0
    if z > 35:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


class _Ftrl:
    """FTRL-proximal state; weights are materialised lazily from z and n."""

    def __init__(self, p: Params) -> None:
        self.p = p
        self.z: dict[str, float] = {}
        self.n: dict[str, float] = {}

    def weight(self, f: str) -> float:
        z = self.z.get(f, 0.0)
        if abs(z) <= self.p.l1:
            return 0.0
        n = self.n.get(f, 0.0)
        sign = -1.0 if z < 0 else 1.0
        return -(z - sign * self.p.l1) / ((self.p.beta + math.sqrt(n)) / self.p.alpha + self.p.l2)

    def update(self, feats: Sequence[str], label: int, weight: float) -> None:
        ws = [self.weight(f) for f in feats]
        g = (sigmoid(sum(ws)) - label) * weight
        g2 = g * g
        for f, w in zip(feats, ws, strict=True):
            n = self.n.get(f, 0.0)
            sigma = (math.sqrt(n + g2) - math.sqrt(n)) / self.p.alpha
            self.z[f] = self.z.get(f, 0.0) + g - sigma * w
            self.n[f] = n + g2


_BIAS = "__bias__"


def train(
    examples: Sequence[tuple[Sequence[str], int]],
    p: Params = Params(),
    weights: Sequence[float] | None = None,
) -> tuple[float, dict[str, float]]:
    """Fit one binary model. Returns (bias, {feature: weight}) with zero weights dropped.

    Positives are weighted up to balance the classes: a miss costs more than a false alarm, and
    the threshold (chosen separately) is what sets the precision. `weights`, when given, scales
    each example's update on top of that (round six: everyday chat counts more)."""
    pos = sum(label for _, label in examples) or 1
    pos_weight = max(1.0, (len(examples) - pos) / pos)
    ftrl = _Ftrl(p)
    rng = random.Random(p.seed)
    order = list(range(len(examples)))
    for _ in range(p.epochs):
        rng.shuffle(order)
        for i in order:
            feats, label = examples[i]
            scale = weights[i] if weights is not None else 1.0
            ftrl.update([_BIAS, *feats], label, (pos_weight if label else 1.0) * scale)
    weights = {f: ftrl.weight(f) for f in ftrl.z}
    bias = weights.pop(_BIAS, 0.0)
    return bias, {f: w for f, w in weights.items() if w != 0.0}


def score(bias: float, weights: dict[str, float], feats: set[str]) -> float:
    """The model's log-odds for one feature set."""
    return bias + sum(weights.get(f, 0.0) for f in feats)


def folds(labels: Sequence[int], k: int, seed: int = 11) -> list[int]:
    """A fold number per example, stratified so each fold has its share of positives."""
    rng = random.Random(seed)
    fold = [0] * len(labels)
    for value in (0, 1):
        idx = [i for i, y in enumerate(labels) if y == value]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            fold[i] = j % k
    return fold


def out_of_fold(
    feats: Sequence[set[str]],
    labels: Sequence[int],
    k: int,
    p: Params = Params(),
    weights: Sequence[float] | None = None,
) -> list[float]:
    """Each example's probability from a model that never saw it (k-fold)."""
    fold = folds(labels, k)
    probs = [0.0] * len(labels)
    for f in range(k):
        idx = [i for i in range(len(labels)) if fold[i] != f]
        train_set = [(sorted(feats[i]), labels[i]) for i in idx]
        scale = [weights[i] for i in idx] if weights is not None else None
        bias, weights_f = train(train_set, p, scale)
        for i in range(len(labels)):
            if fold[i] == f:
                probs[i] = sigmoid(score(bias, weights_f, feats[i]))
    return probs
