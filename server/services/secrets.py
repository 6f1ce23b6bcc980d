"""Tokens and codes: generated with ``secrets``, stored only as hashes."""

from __future__ import annotations

import hashlib
import secrets

# No 0/O, 1/I/L: codes are read aloud and typed on phones.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def hash_token(value: str) -> str:
    # Tokens and codes carry 60+ random bits, so a fast hash is enough; no salt is needed
    # because nothing low-entropy is ever hashed here.
    return hashlib.sha256(value.encode()).hexdigest()


def new_device_token() -> str:
    return secrets.token_urlsafe(32)


def new_invite_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(value: str) -> str:
    """Accept codes typed in any case, with or without dashes and spaces."""
    cleaned = "".join(ch for ch in value.upper() if ch.isalnum())
    if len(cleaned) != 12:
        return ""
    return f"{cleaned[:4]}-{cleaned[4:8]}-{cleaned[8:]}"
