"""Message screening for live sessions: crisis, danger, identifying information, agreement.

Plain Python, no Flask and no database. `screen(text)` runs on every chat message before it is
posted, so everything is precompiled and the phone-number library is only consulted when the text
holds at least seven digits.

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

from . import screening_agreement, screening_crisis, screening_danger
from .screening_pii import find_identifying
from .screening_text import Norm, normalise, run_rules

CATEGORIES: tuple[str, ...] = ("crisis", "danger", "identifying", "agreement")
SEVERITIES: tuple[str, ...] = ("urgent", "high", "medium", "low")

# Agreement breaches that hurt a member directly rank above advice and well-meant excuses.
_MEDIUM_LABELS = frozenset({"victim_blaming", "shaming"})
_RULES = screening_crisis.RULES + screening_danger.RULES + screening_agreement.RULES
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


def _rule_findings(norm: Norm) -> Iterable[Finding]:
    for rule, start, end in run_rules(_RULES, norm.text):
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


def screen(text: str) -> list[Finding]:
    """Screen one chat message. Returns findings in text order (use `ranked` to sort by urgency)."""
    if not text or not text.strip():
        return []
    norm = normalise(text[:MAX_CHARS])
    found = list(_rule_findings(norm))
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
