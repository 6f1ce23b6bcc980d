"""Tests for the learned screening stage: loading, determinism, what it adds, what it leaves."""

from __future__ import annotations

import gzip
import hashlib
import json
import time
from pathlib import Path

import pytest

from facilitator import screening_model
from facilitator.screening import screen
from facilitator.screening_features import features, sentences
from facilitator.screening_learn import Params, sigmoid, train

DATA = Path(__file__).parent

# Written after the model was trained and in none of the data files; the rules miss all of them.
HELD_OUT = [
    ("crisis", "lately i feel like i'm slipping under and i don't want to be pulled back up"),
    ("crisis", "nothing matters anymore and I'm so ready to be gone"),
    ("crisis", "I keep thinking the kids would do better if I just wasn't in the picture anymore"),
    ("crisis", "I have been thinking that the world might be a kinder place without me"),
    ("danger", "he's pulling onto my road right now"),
    ("danger", "the ex keeps circling the block in his car"),
    ("danger", "Wayne just knocked on my window"),
    ("danger", "he said tonight is the night I'll learn my lesson"),
]

HARD_NEGATIVES = [
    "the river walk this morning was so peaceful",
    "my phone is dying, brb",
    "I'm so ready for the weekend",
    "he's outside walking the dog, my new husband I mean, he's so gentle",
    "my son is coming home from uni tonight, can't wait",
    "we watched a film where the husband stalks her and I had to stop it",
    "years ago he used to turn up at my work, he moved abroad in 2019",
    "I want this week to be over lol",
    "I gave my old clothes to the charity shop today",
    "I let go of so much anger this year",
]


def test_model_file_ships_small_and_loads():
    path = screening_model.MODEL_PATH
    assert path.exists()
    assert path.stat().st_size < 2 * 1024 * 1024
    table = screening_model.models()
    assert set(table) == {"crisis", "danger", "agreement"}
    for model in table.values():
        # Chosen by cross-validation (docs/screening.md); round eleven's danger threshold is 0.48.
        assert 0.3 <= model.threshold < 1.0
        assert len(model.weights) > 1000
    assert screening_model.models() is table  # read once, then cached


def test_shipped_model_was_trained_on_the_current_data():
    """Editing a data file without retraining fails here (run scripts/train_screening_model.py)."""
    with gzip.open(screening_model.MODEL_PATH, "rt", encoding="utf-8") as fh:
        meta = json.load(fh)
    rows = []
    for name in meta["data_files"]:
        with (DATA / name).open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    digest = hashlib.sha256("\n".join(r["text"] for r in rows).encode()).hexdigest()[:16]
    assert meta["data_sha256"] == digest
    assert meta["trained_on"] == len(rows)


@pytest.mark.parametrize(("category", "text"), HELD_OUT)
def test_model_adds_findings_the_rules_miss(category, text):
    assert category not in {f.category for f in screen(text, model=False)}
    found = [f for f in screen(text) if f.category == category]
    assert [f.label for f in found] == [screening_model.LABELS[category]]
    (finding,) = found
    assert finding.severity == "urgent"
    assert finding.reason.startswith("The wording suggests") and len(finding.reason) < 80
    assert text[finding.start : finding.end] == finding.matched


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_model_stays_silent_on_hard_negatives(text):
    assert {f.category for f in screen(text)} & {"crisis", "danger"} == set()


def test_span_is_the_most_indicative_sentence():
    # The message is scored whole, so a cheerful neighbour ("Lovely weather today.") can pull a
    # buried sentence under the threshold (a known weak spot, docs/screening.md).
    text = "It rained all day. Nothing matters anymore and I'm so ready to be gone. Anyway."
    (finding,) = [f for f in screen(text) if f.category == "crisis"]
    assert finding.matched == "Nothing matters anymore and I'm so ready to be gone."


def test_model_only_adds_when_the_rules_found_nothing():
    findings = screen("I want to kill myself. nothing matters anymore and I'm so ready to be gone")
    assert [f.label for f in findings if f.category == "crisis"] == ["suicidal_ideation"]


def test_rules_alone_when_the_model_file_is_missing(monkeypatch):
    monkeypatch.setattr(screening_model, "models", dict)
    assert screen("nothing matters anymore and I'm so ready to be gone") == []
    assert "crisis" in {f.category for f in screen("I want to kill myself")}


def test_screening_and_features_are_deterministic():
    texts = [t for _, t in HELD_OUT] + HARD_NEGATIVES
    assert [screen(t) for t in texts] == [screen(t) for t in texts]
    assert [sorted(features(t)) for t in texts] == [sorted(features(t)) for t in texts]


def test_training_is_deterministic():
    examples = [(sorted(features(t)), int(c == "crisis")) for c, t in HELD_OUT]
    examples += [(sorted(features(t)), 0) for t in HARD_NEGATIVES]
    assert train(examples, Params(epochs=3)) == train(examples, Params(epochs=3))
    bias, weights = train(examples, Params(epochs=3))
    assert weights and all(w != 0.0 for w in weights.values())
    assert 0.0 < sigmoid(bias) < 1.0


def test_sentences_cover_the_text():
    text = "one. two!  three?\nfour"
    assert [text[s:e] for s, e in sentences(text)] == ["one.", "two!", "three?", "four"]


def test_learned_stage_is_cheap():
    # Budget: the learned stage adds well under 0.3 ms to a typical message. Best of several runs
    # so a busy machine does not fail it.
    with (DATA / "screening_devset.jsonl").open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh][:300]

    def per_message(model: bool) -> float:
        best = []
        for _ in range(3):
            t0 = time.perf_counter()
            for t in texts:
                screen(t, model=model)
            best.append((time.perf_counter() - t0) / len(texts))
        return min(best)

    for t in texts:  # warm-up
        screen(t)
    assert per_message(True) - per_message(False) < 0.0003
