"""A cheap pre-check that skips rule patterns which cannot match a message.

Most of screening's cost is running ~75 rule patterns over every message, and most patterns
cannot match most messages. For each pattern we work out, once, a set of literal strings one of
which every match must contain ("kill", "myself", "outside" ...), and index one three-letter
piece of each literal. A message is scanned once for its three-letter pieces; each literal whose
piece is there is then looked for whole, which gives the set of rules worth running; the others
are skipped. The check is sound: a skipped pattern has no
required literal in the text, so it could not have matched (a test compares gated and ungated
results over every labelled message). A pattern whose literals cannot be worked out, or are
shorter than three letters, always runs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

from .screening_text import Rule

try:  # the standard library's own regex parser; if it moves, every rule simply runs
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    _c = _p = None

# Rough English letter frequencies: the rarer a three-letter piece, the fewer messages it lets in.
_LETTERS = "etaoinshrdlcumwfgypbvkjxqz"
_PERCENT = (12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8, 2.4, 2.4, 2.2, 2.0)
_PERCENT += (2.0, 1.9, 1.5, 1.0, 0.8, 0.15, 0.15, 0.1, 0.07)
_FREQ = dict(zip(_LETTERS, _PERCENT, strict=True))


def _rarity(piece: str) -> float:
    return math.prod(_FREQ.get(ch, 3.0) / 100 for ch in piece)


def _cost(lits: set[str]) -> float:
    """How often one of `lits` is likely to turn up in a message (lower is a better gate)."""
    return sum(1.0 if len(s) < 3 else _chance(s) for s in lits)


def _chance(lit: str) -> float:
    """About how likely `lit` is to turn up in a chat message of a hundred letters."""
    return min(1.0, 100 * min(map(_rarity, _pieces(lit))) * 0.5 ** (len(lit) - 3))


def _pieces(lit: str) -> list[str]:
    return [lit[i : i + 3] for i in range(len(lit) - 2)]


def _sequence(items: Sequence) -> set[str] | None:
    """Literals one of which any match of this sequence contains (None: unknown)."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append({run})
            run = ""
        got = _node(op, av)
        if got:
            options.append(got)
    if run:
        options.append({run})
    return min(options, key=_cost) if options else None


def _node(op: Any, av: Any) -> set[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(av[3])
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op is _c.ASSERT:  # a lookahead or lookbehind still needs its text to be there
        return _sequence(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return _sequence(av[2]) if av[0] >= 1 else None
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _sequence(branch)
            if got is None:
                return None
            out |= got
        return out
    return None


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which every match of `pattern` contains, or None when there is no useful
    set (unknown, case-insensitive, or a literal shorter than three characters)."""
    if _p is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        lits = _sequence(_p.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unparsable pattern just runs ungated
        return None
    if not lits or min(map(len, lits)) < 3:
        return None
    return tuple(sorted(lits))


class Gate:
    """Which of `rules` may match a text: one bit per rule, from one scan of its pieces.

    Each literal is indexed under its rarest three-letter piece; a piece found in the text then
    has each of its literals looked for whole, so a rule runs only when one of its literals is
    really there ("myself" is not let in by "selfish")."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        self.always = 0
        self.table: dict[str, tuple[tuple[str, int], ...]] = {}
        for bit, rule in enumerate(self.rules):
            lits = required_literals(rule.pattern)
            if lits is None:
                self.always |= 1 << bit
                continue
            for lit in lits:
                piece = min(_pieces(lit), key=_rarity)
                self.table[piece] = (*self.table.get(piece, ()), (lit, 1 << bit))
        self.pieces = frozenset(self.table)

    def mask(self, text: str) -> int:
        """Bits of the rules that may match `text`."""
        found = self.always
        table = self.table
        for piece in self.pieces.intersection([text[i : i + 3] for i in range(len(text) - 2)]):
            for lit, bit in table[piece]:
                if not found & bit and lit in text:
                    found |= bit
        return found

    def candidates(self, text: str, mask: int | None = None) -> list[Rule]:
        """The rules worth running on `text`, in their original order."""
        mask = self.mask(text) if mask is None else mask
        return [rule for bit, rule in enumerate(self.rules) if mask >> bit & 1]
