"""Errors a user can cause: a stable code, a clear message, never a 500."""

from __future__ import annotations


class ServiceError(Exception):
    """Raised by services for anything the caller did wrong; carries a stable code."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}
