"""Staff accounts: creation, sign-in checks and signing out everywhere."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from server.extensions import db
from server.models import StaffRole, StaffUser
from server.models.base import utcnow
from server.services.errors import ServiceError

_hasher = PasswordHasher()
# Verifying against a real hash when the email is unknown keeps both paths equally slow,
# so timing does not reveal which staff emails exist.
_DUMMY_HASH = _hasher.hash("steady-timing-equaliser")

MIN_PASSWORD_LENGTH = 12


def find_staff_by_email(email: str) -> StaffUser | None:
    query = select(StaffUser).where(func.lower(StaffUser.email) == email.strip().lower())
    return db.session.execute(query).scalar_one_or_none()


def create_staff(email: str, display_name: str, password: str, role: StaffRole) -> StaffUser:
    user = add_staff(email, display_name, password, role)
    db.session.commit()
    return user


def add_staff(email: str, display_name: str, password: str, role: StaffRole) -> StaffUser:
    """Check and add a staff account to the current transaction; the caller commits."""
    email = email.strip().lower()
    if "@" not in email or len(email) > 254:
        raise ServiceError("bad_email", "Enter a valid email address.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ServiceError(
            "weak_password", f"Use a password of at least {MIN_PASSWORD_LENGTH} characters."
        )
    if find_staff_by_email(email) is not None:
        raise ServiceError("email_taken", "A staff account with that email already exists.")
    user = StaffUser(
        email=email,
        display_name=display_name.strip()[:80] or email.split("@")[0],
        password_hash=_hasher.hash(password),
        role=role,
    )
    db.session.add(user)
    return user


def set_password(user: StaffUser, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ServiceError(
            "weak_password", f"Use a password of at least {MIN_PASSWORD_LENGTH} characters."
        )
    user.password_hash = _hasher.hash(password)
    user.session_version += 1
    db.session.commit()


def authenticate(email: str, password: str) -> StaffUser | None:
    """Return the active staff user these credentials belong to, or None."""
    user = find_staff_by_email(email)
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = utcnow()
    db.session.commit()
    return user


def load_session_user(user_id: str) -> StaffUser | None:
    """Flask-Login loader: the cookie's id carries the session version it was issued for."""
    ident, _, version = user_id.partition(":")
    if not ident.isdigit() or not version.isdigit():
        return None
    user = db.session.get(StaffUser, int(ident))
    if user is None or not user.active or user.session_version != int(version):
        return None
    return user
