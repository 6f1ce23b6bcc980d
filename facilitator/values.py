"""What the package's state values share: the error a refused transition raises, checks for
untrusted numbers, and the plain JSON form of a value.

This is the root of the package's import graph: the agenda, rounds, hands and chat modules
and the meeting state all raise ``TransitionError`` and build their ``to_dict`` on ``jsonable``.
"""

import math
from dataclasses import fields, is_dataclass
from typing import Any


class TransitionError(Exception):
    """An invalid transition or argument: ``code`` is stable, ``message`` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


def check_int(value: object, bounds: tuple[int, int], name: str) -> int:
    """An int (never a bool, which Python counts as one) within ``bounds`` inclusive."""
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise TransitionError("bad_argument", f"{name} must be a whole number {low}..{high}.")
    return value


def check_time(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TransitionError("bad_argument", "A time must be a finite number of seconds.")
    return float(value)


def jsonable(value: Any) -> Any:
    """Dataclasses to dicts, tuples to lists and sets to sorted lists, for ``json.dumps``."""
    if is_dataclass(value) and not isinstance(value, type):
        return {field.name: jsonable(getattr(value, field.name)) for field in fields(value)}
    if isinstance(value, tuple | list):
        return [jsonable(item) for item in value]
    if isinstance(value, frozenset | set):
        return sorted(value)
    return value
