"""Helpers for the curriculum tests: where the shipped content is, and a leak detector."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

SHIPPED = Path(__file__).resolve().parents[2] / "curricula"
SLUG = "trauma-bond-recovery"


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def leaked(notes: str, seen: str, width: int = 10) -> bool:
    """Whether any run of ``width`` words of ``notes`` shows up in ``seen`` (text or HTML).

    Words, not characters: a leak through JSON escaping or rendered Markdown still matches.
    """
    haystack = " " + " ".join(words(seen)) + " "
    own = words(notes)
    windows = range(0, max(len(own) - width, 0) + 1, width // 2)
    return any(f" {' '.join(own[i : i + width])} " in haystack for i in windows)


def all_strings(value: Any) -> str:
    """Every key and string inside a payload, joined: all a client could read from it."""
    if isinstance(value, dict):
        return "\n".join(f"{key}\n{all_strings(item)}" for key, item in value.items())
    if isinstance(value, list | tuple):
        return "\n".join(all_strings(item) for item in value)
    return value if isinstance(value, str) else ""
