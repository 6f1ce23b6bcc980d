"""A curriculum as plain values, and the JSON form a stored version is kept in.

The dataclasses are frozen and hold tuples so that a parsed curriculum can be shared between
requests and hashed without anyone mutating it underneath. ``to_dict`` gives plain JSON types
(lists, not tuples) so the result can go straight into a JSON column; ``from_dict`` reads it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Bumped when the stored shape changes, so old stored versions can be recognised.
FORMAT_VERSION = 1

SEGMENT_KINDS: tuple[str, ...] = (
    "arrival",
    "check-in",
    "teaching",
    "discussion",
    "exercise",
    "reflection",
    "check-out",
    "closing",
)
TURN_MODES: tuple[str, ...] = ("open", "round", "hands", "silent")
MIN_SESSION_MINUTES = 60
MAX_SESSION_MINUTES = 90


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a curriculum file, at a 1-based line."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        # The compiler-style form lets editors and terminals jump straight to the line.
        return f"{self.file}:{self.line}: {self.message}"


class CurriculumError(Exception):
    """A curriculum could not be parsed; ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class Segment:
    title: str
    kind: str
    minutes: int
    turn_mode: str
    attendee_text: str
    facilitator_notes: str
    prompts: tuple[str, ...] = ()
    advisories: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "kind": self.kind,
            "minutes": self.minutes,
            "turn_mode": self.turn_mode,
            "attendee_text": self.attendee_text,
            "prompts": list(self.prompts),
            "advisories": list(self.advisories),
            "facilitator_notes": self.facilitator_notes,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Segment:
        return cls(
            title=data["title"],
            kind=data["kind"],
            minutes=data["minutes"],
            turn_mode=data["turn_mode"],
            attendee_text=data["attendee_text"],
            facilitator_notes=data["facilitator_notes"],
            prompts=tuple(data["prompts"]),
            advisories=tuple(data["advisories"]),
        )


def attendee_view(segment: Segment) -> dict[str, Any]:
    """Everything an attendee may see of a segment: all of it except the facilitator notes."""
    view = segment.to_dict()
    del view["facilitator_notes"]
    return view


@dataclass(frozen=True)
class Session:
    id: str
    module: str
    order: int
    title: str
    purpose: str
    seeds: tuple[str, ...]
    segments: tuple[Segment, ...]
    advisories: tuple[str, ...] = ()

    @property
    def minutes(self) -> int:
        return sum(segment.minutes for segment in self.segments)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "module": self.module,
            "order": self.order,
            "title": self.title,
            "purpose": self.purpose,
            "seeds": list(self.seeds),
            "advisories": list(self.advisories),
            # Derived, but stored so reports can read the plan without summing segments.
            "minutes": self.minutes,
            "segments": [segment.to_dict() for segment in self.segments],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Session:
        return cls(
            id=data["id"],
            module=data["module"],
            order=data["order"],
            title=data["title"],
            purpose=data["purpose"],
            seeds=tuple(data["seeds"]),
            advisories=tuple(data["advisories"]),
            segments=tuple(Segment.from_dict(item) for item in data["segments"]),
        )


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    summary: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "summary": self.summary}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Module:
        return cls(id=data["id"], title=data["title"], summary=data["summary"])


@dataclass(frozen=True)
class Curriculum:
    id: str
    title: str
    summary: str
    intro: str
    modules: tuple[Module, ...]
    sessions: tuple[Session, ...]

    def module(self, module_id: str) -> Module:
        for module in self.modules:
            if module.id == module_id:
                return module
        raise KeyError(module_id)

    def session(self, session_id: str) -> Session:
        for session in self.sessions:
            if session.id == session_id:
                return session
        raise KeyError(session_id)

    def sessions_in(self, module_id: str) -> tuple[Session, ...]:
        return tuple(session for session in self.sessions if session.module == module_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "id": self.id,
            "title": self.title,
            "summary": self.summary,
            "intro": self.intro,
            "modules": [module.to_dict() for module in self.modules],
            "sessions": [session.to_dict() for session in self.sessions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Curriculum:
        if data.get("format") != FORMAT_VERSION:
            raise ValueError(f"unsupported curriculum format: {data.get('format')!r}")
        return cls(
            id=data["id"],
            title=data["title"],
            summary=data["summary"],
            intro=data["intro"],
            modules=tuple(Module.from_dict(item) for item in data["modules"]),
            sessions=tuple(Session.from_dict(item) for item in data["sessions"]),
        )
