"""Tests for facilitator.screening: API, spans, each category, hard negatives, dev-set targets."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.screening import (
    CATEGORIES,
    SEVERITIES,
    Finding,
    categories,
    ranked,
    screen,
    severity_for,
    worst,
)

DEVSET = Path(__file__).with_name("screening_devset.jsonl")


def cats(text: str) -> set[str]:
    return categories(screen(text))


# --- API -----------------------------------------------------------------------------------------


def test_finding_is_frozen_with_documented_fields():
    (finding,) = [f for f in screen("i want to kill myself") if f.category == "crisis"]
    assert isinstance(finding, Finding)
    assert {f.name for f in dataclasses.fields(Finding)} == {
        "category",
        "severity",
        "start",
        "end",
        "matched",
        "label",
        "reason",
    }
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.category = "agreement"  # type: ignore[misc]


def test_categories_and_severity_scale():
    assert CATEGORIES == ("crisis", "danger", "identifying", "agreement")
    assert SEVERITIES == ("urgent", "high", "medium", "low")
    assert severity_for("crisis", "suicidal_ideation") == "urgent"
    assert severity_for("danger", "threat") == "urgent"
    assert severity_for("identifying", "phone") == "high"
    assert severity_for("agreement", "victim_blaming") == "medium"
    assert severity_for("agreement", "unsolicited_advice") == "low"


def test_empty_and_blank_messages():
    assert screen("") == []
    assert screen("   \n ") == []


def test_worst_and_ranked_put_urgent_first():
    findings = screen("you need to leave him. my number is 07700 900123. he's outside right now")
    assert {f.category for f in findings} == {"agreement", "identifying", "danger"}
    assert worst(findings).category == "danger"
    assert [f.severity for f in ranked(findings)] == ["urgent", "high", "low"]
    assert worst([]) is None


def test_reason_and_label_are_filled_in():
    for f in screen("he said he'd kill me if I left. email me at jo.b@gmail.com"):
        assert f.label and f.label.islower() and " " not in f.label
        assert f.reason and len(f.reason) < 80


# --- spans ---------------------------------------------------------------------------------------

SPAN_CASES = [
    ("honestly I just want to die tonight", "want to die"),
    ("text me on 07700 900123 ok", "07700 900123"),
    ("my email is jane (at) gmail [dot] com thanks", "jane (at) gmail [dot] com"),
    ("I live at 42 Elm Street now", "42 Elm Street"),
    ("my ex is Daniel Whitaker", "Daniel Whitaker"),
    ("His car is OUTSIDE right now", "His car is OUTSIDE"),
    ("why didn't you just leave?", "why didn't you just leave"),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_CASES)
def test_spans_point_at_the_matched_text(text, expected):
    findings = screen(text)
    assert findings, text
    for f in findings:
        assert text[f.start : f.end] == f.matched
        assert f.matched
    assert any(expected in f.matched or f.matched in expected for f in findings)


def test_spans_survive_normalisation():
    # curly apostrophe and a stretched word: offsets must still index the original text
    text = "ugh I’m sooo tired… I wanna KILLLL MYSELF"
    (f,) = [f for f in screen(text) if f.category == "crisis"]
    assert text[f.start : f.end] == f.matched
    assert f.matched.endswith("KILLLL MYSELF")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_valid_spans(text):
    for f in screen(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.matched
        assert f.category in CATEGORIES and f.severity in SEVERITIES


# --- representative cases per category ----------------------------------------------------------

POSITIVES = [
    # crisis: direct, indirect, text-speak, self-harm, plan/means, goodbye
    ("crisis", "I don't want to be here anymore"),
    ("crisis", "honestly everyone would be better off without me"),
    ("crisis", "I can't do this anymore, I've made up my mind"),
    ("crisis", "ngl i want to kms"),
    ("crisis", "been thinking about unaliving myself"),
    ("crisis", "might ctb this weekend"),
    ("crisis", "i relapsed and cut again last night"),
    ("crisis", "i've been saving up my pills"),
    ("crisis", "i bought a rope today"),
    ("crisis", "i keep thinking about the bridge"),
    ("crisis", "this is my last session. thank you all for everything, goodbye"),
    # danger: threats, nearby, tracking, weapons, locked in, children
    ("danger", "he said he'd kill me if I left"),
    ("danger", "his car is outside"),
    ("danger", "he's on his way"),
    ("danger", "he tracks my phone"),
    ("danger", "he found where I'm staying"),
    ("danger", "he keeps a gun in the wardrobe"),
    ("danger", "he locked me in the bedroom"),
    ("danger", "he hits the kids when he's drunk"),
    # identifying: every sub-kind
    ("identifying", "call me on +1 (415) 555-0132"),
    ("identifying", "ring 0412 345 678"),
    ("identifying", "my email is jane at gmail dot com"),
    ("identifying", "flat 3, 12 Baker Rd"),
    ("identifying", "we're in the apartment on 5th Avenue"),
    ("identifying", "my name is Sarah Connelly"),
    ("identifying", "@jane_doe99 on insta"),
    ("identifying", "my snap is hollyb_22"),
    ("identifying", "see www.example.org/about"),
    ("identifying", "his reg is KX19 ABC"),
    ("identifying", "I work at the Tesco on High Street in Leeds"),
    ("identifying", "my kids go to Lincoln Elementary in Springfield"),
    # agreement: blaming, advice, minimising, shaming, defending
    ("agreement", "why didn't you just leave"),
    ("agreement", "you chose to stay"),
    ("agreement", "you need to leave him"),
    ("agreement", "you should just block him"),
    ("agreement", "at least he didn't hit you"),
    ("agreement", "that's not really abuse"),
    ("agreement", "how could you be so stupid"),
    ("agreement", "maybe he was just stressed"),
    ("agreement", "he sounds like he really loves you"),
]


@pytest.mark.parametrize(("category", "text"), POSITIVES)
def test_representative_cases_are_caught(category, text):
    assert category in cats(text), screen(text)


def test_crisis_and_danger_are_urgent():
    for text in ("i want to die", "he's outside my door"):
        assert worst(screen(text)).severity == "urgent"


# --- hard negatives ------------------------------------------------------------------------------

HARD_NEGATIVES = [
    "this week killed me",
    "I'm dying to see the new film",
    "I could kill for a coffee",
    "years ago he threatened me, but I'm safe now",
    "@Sam thank you",
    "I've been out 3 years",
    "session 4 starts soon",
    "see you at 7:30pm",
    "he took £1,200 from me",
    "the 1-2-3 breathing helps",
    "I left on 12/03/2021",
    "I moved to Leeds",
    "I told my therapist",
    "you might find journaling helps",
    "you don't have to share if you're not ready",
    "I kept telling myself at least he didn't hit me",
    "my sister asked why I didn't just leave",
    "I'm not suicidal, just tired",
    "I used to self harm as a teen but I've been free of it for years",
    "I cut him out of my life",
    "my mum will kill me if I forget her birthday lol",
    "this is my last session before the summer break, see you in September",
    "he used to track my phone when we were together, I'm safe now",
    "I blocked him on insta",
    "I work at a hospital",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_pass(text):
    assert screen(text) == [], screen(text)


def test_past_threat_without_safety_cue_is_still_danger():
    assert "danger" in cats("he said he'd kill me if I ever left him")
    assert "danger" not in cats(
        "he said he'd kill me if I left, but that was 2015 and he's in prison"
    )


def test_bare_mention_is_not_a_handle_but_platform_cue_is():
    assert cats("@Jess same here") == set()
    assert cats("@jess_r99 on tiktok") == {"identifying"}


# --- the dev set ---------------------------------------------------------------------------------


def load_devset() -> list[dict]:
    with DEVSET.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def scores(rows: list[dict]) -> dict[str, tuple[float, float]]:
    """(precision, recall) per category."""
    counts = {c: [0, 0, 0] for c in CATEGORIES}  # tp, fp, fn
    for row in rows:
        got, want = cats(row["text"]), set(row["labels"])
        for c in CATEGORIES:
            counts[c][0] += c in got and c in want
            counts[c][1] += c in got and c not in want
            counts[c][2] += c in want and c not in got
    return {
        c: (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)
        for c, (tp, fp, fn) in counts.items()
    }


def test_devset_is_well_formed():
    rows = load_devset()
    assert len(rows) >= 450
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate messages"
    for row in rows:
        assert set(row) <= {"text", "labels", "split"}
        assert set(row["labels"]) <= set(CATEGORIES)
        assert row.get("split", "dev") in {"dev", "holdout"}
    clean = sum(not r["labels"] for r in rows)
    assert clean / len(rows) > 0.25
    holdout = sum(r.get("split") == "holdout" for r in rows)
    assert 0.15 <= holdout / len(rows) <= 0.3
    for c in CATEGORIES:
        assert sum(c in r["labels"] for r in rows) >= 50, c


# (min precision, min recall) per category on the full set
TARGETS = {
    "crisis": (0.85, 0.95),
    "danger": (0.85, 0.95),
    "identifying": (0.95, 0.95),
    "agreement": (0.80, 0.80),
}


def test_devset_meets_targets():
    result = scores(load_devset())
    for category, (min_p, min_r) in TARGETS.items():
        precision, recall = result[category]
        assert precision >= min_p, f"{category} precision {precision:.3f}"
        assert recall >= min_r, f"{category} recall {recall:.3f}"


def test_typical_message_is_fast():
    # Budget: well under 1 ms per message. Best of several runs so a busy machine doesn't fail it.
    texts = [r["text"] for r in load_devset()[:300]]
    for t in texts:
        screen(t)
    best = []
    for _ in range(3):
        t0 = time.perf_counter()
        for t in texts:
            screen(t)
        best.append((time.perf_counter() - t0) / len(texts))
    assert min(best) < 0.001


@pytest.mark.parametrize(
    "text",
    ["a." * 5000, "he " * 3000, "my ex " * 2000, "jane at " * 2000, "a.b.c.d " * 2000 + "@"],
)
def test_pathological_input_stays_linear(text):
    # Regexes that backtrack quadratically would take seconds here; linear ones take milliseconds.
    t0 = time.perf_counter()
    screen(text)
    assert time.perf_counter() - t0 < 2.0
