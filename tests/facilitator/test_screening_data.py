"""Shape of the extra screening data: the training sets and the fresh evaluation batch."""

from __future__ import annotations

import json
from pathlib import Path

from facilitator.screening import CATEGORIES

DATA = Path(__file__).parent
FILES = {
    "screening_devset.jsonl": {"dev", "holdout"},
    "screening_train.jsonl": {"train", "train2"},
    "screening_fresh.jsonl": {"fresh"},
}


def load(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_files_are_well_formed():
    for name, splits in FILES.items():
        for row in load(name):
            assert set(row) <= {"text", "labels", "split"}, name
            assert set(row["labels"]) <= set(CATEGORIES), name
            assert row.get("split", "dev") in splits, name
            assert row["text"].strip(), name


def test_no_message_is_in_two_places():
    texts = [r["text"].lower() for name in FILES for r in load(name)]
    assert len(texts) == len(set(texts))


def test_fresh_batch_has_the_planned_mix():
    rows = load("screening_fresh.jsonl")
    crisis = sum("crisis" in r["labels"] for r in rows)
    danger = sum("danger" in r["labels"] for r in rows)
    clean = sum(not r["labels"] for r in rows)
    assert crisis >= 85 and danger >= 85 and clean >= 115
