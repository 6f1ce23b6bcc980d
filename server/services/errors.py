"""Errors a user can cause: a stable code, a clear message, never a 500."""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    """Raised by services for anything the caller did wrong; carries a stable code."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


# The largest value a 64-bit integer column holds: ids, sequence numbers and versions above it
# cannot exist, and the database driver would fail on them rather than find nothing.
LARGEST_ID = 2**63 - 1


def checked_int(value: Any, what: str, minimum: int = 0) -> int:
    """An integer a client sent, as the database can hold it, or ``bad_request``."""
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= LARGEST_ID:
        floor = "a positive" if minimum == 1 else "a non-negative" if minimum == 0 else "an"
        raise ServiceError("bad_request", f"{what} must be {floor} integer.")
    return value
