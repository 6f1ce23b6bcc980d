"""Message screening for live sessions: crisis, danger, identifying information, agreement.

How it works (details, numbers and weak spots in docs/screening.md): rules first
(screening_crisis*.py, screening_danger*.py, screening_signals.py, screening_hints.py,
screening_control.py, since round eleven screening_warning.py, screening_farewell.py and
screening_danger_signs.py, screening_agreement*.py, and
screening_pii.py with its phone, name, place, workplace and handle helpers), each vetoed by context
guards and, for crisis and danger, by the message-level vetoes in screening_explained (a figure of
speech, a harmless cause given in the same message); then a small learned stage
(screening_model.py: logistic regression over words, word classes and negation / past-tense
/ everyday-scene cues, weights shipped in screening_model.json.gz, pure Python) that only *adds* a
crisis, danger or agreement finding (label "model_crisis" / "model_danger" / "model_agreement")
when the rules found none of that category and the model is above a threshold chosen by 5-fold
cross-validation. Retrain with `scripts/train_screening_model.py`; evaluate with
`scripts/screening_eval.py`. On a batch written blind after round thirteen (fresh20, 314
messages, scored once): crisis P 0.86 / R 0.96, danger P 0.91 / R 0.96, identifying P 1.00 /
R 1.00, agreement P 1.00 / R 1.00; earlier blind batches varied more (docs/screening.md).

Plain Python, no Flask and no database. `screen(text)` runs on every chat message before it is
posted, so everything is precompiled, a gate (screening_gate) skips the rule patterns that cannot
match, and the phone-number library is only consulted when the text holds at least seven digits.

Detection only suggests; facilitators decide. What each category means for the product:

* ``crisis`` (severity ``urgent``): risk to the writer, i.e. suicidal thoughts, self-harm, a plan or
  the means, a final goodbye. Raises an urgent flag; the sender privately sees crisis resources.
* ``danger`` (``urgent``): risk from another person now or soon, i.e. threats, the abuser outside
  or on the way, tracking, weapons, being locked in, children at risk, recent violence.
* ``identifying`` (``high``): phone numbers, emails, addresses, full names, handles, links,
  licence plates, a workplace or school with its town. The sender is asked to confirm.
* ``agreement`` (``medium`` for blaming and shaming, ``low`` otherwise): replies that break the
  group agreement. Flagged quietly to the facilitator.

Severity scale, most severe first: ``urgent`` > ``high`` > ``medium`` > ``low`` (see
`SEVERITIES`). `worst()` and `ranked()` order findings by it.

Example::

    >>> [f.label for f in screen("he's outside. text me on 07700 900123")]
    ['abuser_nearby', 'phone']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import (
    screening_agreement,
    screening_agreement_excuses,
    screening_agreement_more,
    screening_agreement_watch,
    screening_control,
    screening_crisis,
    screening_crisis_errands,
    screening_crisis_extra,
    screening_crisis_means,
    screening_crisis_more,
    screening_crisis_plain,
    screening_crisis_tail,
    screening_crisis_watch,
    screening_danger,
    screening_danger_extra,
    screening_danger_homes,
    screening_danger_more,
    screening_danger_signs,
    screening_danger_tail,
    screening_danger_watch,
    screening_farewell,
    screening_hints,
    screening_model,
    screening_signals,
    screening_warning,
)
from .screening_explained import explained, hyperbole
from .screening_features import Token, name_spans, tokens
from .screening_gate import Gate
from .screening_pii import find_identifying
from .screening_text import Norm, normalise, run_rules

CATEGORIES: tuple[str, ...] = ("crisis", "danger", "identifying", "agreement")
SEVERITIES: tuple[str, ...] = ("urgent", "high", "medium", "low")

# Agreement breaches that hurt a member directly rank above advice and well-meant excuses.
_MEDIUM_LABELS = frozenset({"victim_blaming", "shaming"})
_RULES = (
    screening_crisis.RULES
    + screening_crisis_more.RULES
    + screening_crisis_extra.RULES
    + screening_crisis_tail.RULES
    + screening_crisis_watch.RULES
    + screening_crisis_plain.RULES
    + screening_crisis_means.RULES
    + screening_crisis_errands.RULES
    + screening_signals.RULES
    + screening_hints.RULES
    + screening_warning.RULES
    + screening_farewell.RULES
    + screening_agreement.RULES
    + screening_agreement_more.RULES
    + screening_agreement_watch.RULES
    + screening_agreement_excuses.RULES
)
_DANGER_RULES = (
    screening_danger.RULES
    + screening_danger_more.RULES
    + screening_danger_extra.RULES
    + screening_danger_tail.RULES
    + screening_danger_watch.RULES
    + screening_danger_homes.RULES
    + screening_signals.DANGER_RULES
    + screening_control.RULES
    + screening_danger_signs.RULES
)
# Most patterns cannot match most messages; the gates skip those (screening_gate).
_GATE = Gate(_RULES)
_DANGER_GATE = Gate(_DANGER_RULES)
# Messages are chat lines; a pasted essay is screened in full but capped to keep the cost bounded.
MAX_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a facilitator may want to look at. `start`/`end` index the original text."""

    category: str
    severity: str
    start: int
    end: int
    matched: str
    label: str
    reason: str

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Most severe first, then by category order, then by position."""
        return SEVERITIES.index(self.severity), CATEGORIES.index(self.category), self.start


def severity_for(category: str, label: str) -> str:
    """The fixed severity of a finding's category and label."""
    if category in ("crisis", "danger"):
        return "urgent"
    if category == "identifying":
        return "high"
    return "medium" if label in _MEDIUM_LABELS else "low"


def _finding(text: str, category: str, label: str, reason: str, start: int, end: int) -> Finding:
    severity = severity_for(category, label)
    return Finding(category, severity, start, end, text[start:end], label, reason)


def _names_as_pronouns(norm: Norm, toks: list[Token]) -> str:
    """The normalised text with each first name read as "he" ("Dave's" as "his"), padded so every
    offset stays put. Danger rules then treat "Craig is parked across the road" like "he is";
    crisis rules keep the plain text, where a name usually means someone else's story."""
    if norm.index is not None:  # a shortened letter run moved the offsets; keep it simple
        return norm.text
    text = norm.text
    for start, end, possessive in name_spans(norm.original, toks):
        pronoun = "his" if possessive else "he"
        if end - start >= len(pronoun):
            text = text[:start] + pronoun.ljust(end - start) + text[end:]
    return text


def _rule_findings(norm: Norm, toks: list[Token]) -> Iterable[Finding]:
    hits = [
        (rule, start, end)
        for rule, start, end in run_rules(_GATE.candidates(norm.text), norm.text)
        if rule.category != "crisis" or not hyperbole(norm.text, start, end)
    ]
    danger_text = _names_as_pronouns(norm, toks)
    hits += [
        hit
        for hit in run_rules(_DANGER_GATE.candidates(danger_text), danger_text)
        if not explained(danger_text, hit[1], hit[2])
    ]
    for rule, start, end in hits:
        o_start, o_end = norm.span(start, end)
        yield _finding(norm.original, rule.category, rule.label, rule.reason, o_start, o_end)


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """Drop a finding whose span lies inside another of the same category (an email is also a
    link; "kill myself" sits inside "thoughts of killing myself"), keeping the wider one."""
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if any(k.category == f.category and k.start <= f.start and f.end <= k.end for k in kept):
            continue
        kept.append(f)
    return kept


def _model_findings(norm: Norm, toks: list[Token], found: list[Finding]) -> Iterable[Finding]:
    """The learned stage, only for a category (crisis, danger, agreement) the rules did not find."""
    have = {f.category for f in found}
    for category, start, end in screening_model.predict(norm.original, norm.text, have, toks=toks):
        label = screening_model.LABELS[category]
        reason = screening_model.REASONS[category]
        yield _finding(norm.original, category, label, reason, start, end)


def screen(text: str, *, model: bool = True) -> list[Finding]:
    """Screen one chat message. Returns findings in text order (use `ranked` to sort by urgency).
    `model=False` runs the rules alone (for evaluation and training)."""
    if not text or not text.strip():
        return []
    norm = normalise(text[:MAX_CHARS])
    toks = tokens(norm.original)  # shared by the name reading and the learned stage
    found = list(_rule_findings(norm, toks))
    if model:
        found.extend(_model_findings(norm, toks, found))
    for label, reason, start, end in find_identifying(norm):
        found.append(_finding(norm.original, "identifying", label, reason, start, end))
    return _dedupe(found)


def ranked(findings: Iterable[Finding]) -> list[Finding]:
    """Findings ordered most urgent first."""
    return sorted(findings, key=lambda f: f.sort_key)


def worst(findings: Iterable[Finding]) -> Finding | None:
    """The single most urgent finding, or None when there are none."""
    return min(findings, key=lambda f: f.sort_key, default=None)


def categories(findings: Iterable[Finding]) -> set[str]:
    """The categories present (for routing: urgent flag, confirm prompt, quiet flag)."""
    return {f.category for f in findings}
