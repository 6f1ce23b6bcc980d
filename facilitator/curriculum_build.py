"""Turn the parsed syntax of one file into values, checking each field where it is written.

Once a file's front matter parses, its builder returns a value even if some fields were wrong
(blanks stand in for them), so the checks that span files still run and every problem is reported
in one pass. The caller must not use the result if any problem was recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator.curriculum_format import (
    RawSegment,
    Report,
    TomlBlock,
    read_front_matter,
    read_segments,
    text_between,
)
from facilitator.curriculum_model import (
    MAX_SESSION_MINUTES,
    MIN_SESSION_MINUTES,
    SEGMENT_KINDS,
    TURN_MODES,
    Module,
    Segment,
    Session,
)

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Attendees read a segment beside a live chat; longer text belongs in the facilitator notes.
ATTENDEE_TEXT_LIMIT = 1200
PROMPT_LIMIT = 300


class Fields:
    """Reads typed values out of one TOML table, reporting each problem at its key's line."""

    def __init__(
        self, data: dict[str, Any], locate: Callable[[str], int], report: Report, what: str
    ) -> None:
        self._data = data
        self._locate = locate
        self._report = report
        self._what = what
        self._seen: set[str] = set()

    def problem(self, key: str, message: str) -> None:
        self._report.add(self._locate(key), f"{self._what}: {message}")

    def _get(self, key: str, required: bool) -> Any:
        self._seen.add(key)
        if key not in self._data and required:
            self.problem(key, f"missing `{key}`")
        return self._data.get(key)

    def text(self, key: str) -> str:
        value = self._get(key, required=True)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            self.problem(key, f"`{key}` must be a non-empty string")
            return ""
        return value.strip() if value else ""

    def slug(self, key: str) -> str:
        value = self.text(key)
        if value and not SLUG.fullmatch(value):
            self.problem(key, f"`{key}` must be a slug (lowercase letters, digits, hyphens)")
            return ""
        return value

    def count(self, key: str) -> int:
        value = self._get(key, required=True)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            self.problem(key, f"`{key}` must be a whole number")
        elif isinstance(value, int) and value < 1:
            self.problem(key, f"`{key}` must be greater than 0, not {value}")
        else:
            return value or 0
        return 0

    def choice(self, key: str, options: tuple[str, ...]) -> str:
        value = self.text(key)
        if value and value not in options:
            self.problem(key, f"unknown {key} {value!r}; use one of: {', '.join(options)}")
            return ""
        return value

    def strings(self, key: str, required: bool = False, limit: int = 0) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(key, f"`{key}` must be a list of non-empty strings")
            return ()
        if limit and any(len(v) > limit for v in value):
            self.problem(key, f"each of `{key}` must be at most {limit} characters")
        return tuple(v.strip() for v in value)

    def tables(self, key: str) -> list[dict[str, Any]]:
        value = self._get(key, required=True)
        if value is not None and not (
            isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
        ):
            self.problem(key, f"`{key}` must be a non-empty array of tables ([[{key}]])")
            return []
        return value or []

    def finish(self) -> None:
        for key in self._data:
            if key not in self._seen:
                self.problem(key, f"unknown key `{key}`")


@dataclass(frozen=True)
class Head:
    """What ``curriculum.md`` declares, with the lines needed to point back at it."""

    id: str
    title: str
    summary: str
    intro: str
    modules: tuple[Module, ...]
    module_lines: dict[str, int]
    id_line: int


@dataclass(frozen=True)
class SessionSource:
    """A built session and where its front matter keys are, for the checks across files."""

    session: Session
    file: Path
    locate: Callable[[str], int]


def build_head(lines: list[str], report: Report) -> Head | None:
    front, body = read_front_matter(lines, report)
    if front is None:
        return None
    fields = Fields(front.data, front.locator(), report, "curriculum")
    head_id, title, summary = fields.slug("id"), fields.text("title"), fields.text("summary")
    modules, module_lines = _build_modules(front, fields.tables("modules"), report)
    fields.finish()
    intro = text_between(lines, body, len(lines))
    if not intro:
        report.add(
            len(lines), "curriculum: the Markdown introduction after the front matter is empty"
        )
    return Head(head_id, title, summary, intro, modules, module_lines, front.line_of("id"))


def _build_modules(
    front: TomlBlock, tables: list[dict[str, Any]], report: Report
) -> tuple[tuple[Module, ...], dict[str, int]]:
    starts = front.table_starts("modules")
    modules: list[Module] = []
    lines: dict[str, int] = {}
    for n, table in enumerate(tables):
        start = starts[n] if n < len(starts) else 0
        end = starts[n + 1] if n + 1 < len(starts) else None
        locate = front.locator(start, end)
        fields = Fields(table, locate, report, f"module {n + 1}")
        module = Module(fields.slug("id"), fields.text("title"), fields.text("summary"))
        fields.finish()
        if module.id in lines:
            fields.problem("id", f"module id {module.id!r} is used twice")
        elif module.id:
            lines[module.id] = locate("id")
        modules.append(module)
    return tuple(modules), lines


def build_session(
    file: Path, lines: list[str], report: Report, seeds_dir: Path | None
) -> SessionSource | None:
    front, body = read_front_matter(lines, report)
    segments = tuple(_build_segment(raw, report) for raw in read_segments(lines, body, report))
    if front is None:
        return None
    fields = Fields(front.data, front.locator(), report, "session")
    session = Session(
        id=fields.slug("id"),
        module=fields.slug("module"),
        order=fields.count("order"),
        title=fields.text("title"),
        purpose=fields.text("purpose"),
        seeds=_seeds(fields, seeds_dir),
        advisories=fields.strings("advisories"),
        segments=segments,
    )
    fields.finish()
    _check_total(session, report)
    return SessionSource(session, file, front.locator())


def _seeds(fields: Fields, seeds_dir: Path | None) -> tuple[str, ...]:
    seeds = fields.strings("seeds", required=True)
    for name in seeds:
        if Path(name).name != name:
            fields.problem("seeds", f"seed {name!r} must be a bare file name")
        elif seeds_dir is not None and not (seeds_dir / name).is_file():
            fields.problem("seeds", f"seed {name!r} is not in {seeds_dir}")
    return seeds


def _check_total(session: Session, report: Report) -> None:
    if not session.segments or any(segment.minutes == 0 for segment in session.segments):
        return  # a segment without valid minutes is already reported; a sum would mislead
    if not MIN_SESSION_MINUTES <= session.minutes <= MAX_SESSION_MINUTES:
        plan = " + ".join(str(segment.minutes) for segment in session.segments)
        report.add(
            1,
            f"session: segments add up to {session.minutes} minutes ({plan}); a session must "
            f"plan {MIN_SESSION_MINUTES} to {MAX_SESSION_MINUTES} minutes",
        )


def _build_segment(raw: RawSegment, report: Report) -> Segment:
    # A segment without a header is already reported; its missing fields would only add noise.
    fields_report = report if raw.header else Report(report.file, [])
    header = raw.header or TomlBlock({}, (), raw.line, raw.line)
    fields = Fields(header.data, header.locator(), fields_report, f"segment {raw.title!r}")
    segment = Segment(
        title=raw.title,
        kind=fields.choice("kind", SEGMENT_KINDS),
        minutes=fields.count("minutes"),
        turn_mode=fields.choice("turn_mode", TURN_MODES),
        attendee_text=_part(raw, "attendee_text", "For attendees", report),
        facilitator_notes=_part(raw, "facilitator_notes", "Facilitator notes", report),
        prompts=fields.strings("prompts", limit=PROMPT_LIMIT),
        advisories=fields.strings("advisories"),
    )
    fields.finish()
    return segment


def _part(raw: RawSegment, name: str, heading: str, report: Report) -> str:
    if name not in raw.parts:
        report.add(raw.line, f"segment {raw.title!r} needs a '### {heading}' subsection")
        return ""
    text, line = raw.parts[name]
    if not text:
        report.add(line, f"segment {raw.title!r}: '### {heading}' is empty")
    elif name == "attendee_text" and len(text) > ATTENDEE_TEXT_LIMIT:
        report.add(
            line,
            f"segment {raw.title!r}: attendee text has {len(text)} characters; "
            f"keep it under {ATTENDEE_TEXT_LIMIT}",
        )
    return text
