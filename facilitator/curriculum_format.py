"""The hand-written syntax of curriculum files, kept apart from what the values mean.

A file is a list of lines. TOML sits between ``+++`` lines (front matter at the top of a file, and
a small header under each ``## Segment`` heading); everything else is Markdown split at headings.
Every piece remembers the 1-based line it came from, so each problem can point at its line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from facilitator.curriculum_model import Problem

FENCE = "+++"
PART_NAMES = {"for attendees": "attendee_text", "facilitator notes": "facilitator_notes"}

# tomllib (3.11) reports where it failed only inside its message, so the position is read there.
_TOML_WHERE = re.compile(r"\s*\(at (?:line (\d+), column \d+|end of document)\)\s*$")
_CODE_FENCE = re.compile(r"^\s*(```|~~~)")


class Report:
    """Collects the problems of one file into a shared list."""

    def __init__(self, file: str, sink: list[Problem]) -> None:
        self.file = file
        self._sink = sink

    def add(self, line: int, message: str) -> None:
        self._sink.append(Problem(self.file, max(line, 1), message))


@dataclass(frozen=True)
class TomlBlock:
    data: dict[str, Any]
    lines: tuple[str, ...]
    first_line: int  # file line of lines[0]
    fence_line: int  # file line of the opening +++

    def line_of(self, key: str, start: int = 0, end: int | None = None, default: int = 0) -> int:
        """The file line where ``key = ...`` is written, searching lines[start:end]."""
        pattern = re.compile(rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\")\s*=")
        stop = len(self.lines) if end is None else end
        for index in range(start, stop):
            if pattern.match(self.lines[index]):
                return self.first_line + index
        return default or self.fence_line

    def locator(self, start: int = 0, end: int | None = None) -> Callable[[str], int]:
        default = self.first_line + start if start else self.fence_line
        return lambda key: self.line_of(key, start, end, default)

    def table_starts(self, name: str) -> list[int]:
        """Indexes (into ``lines``) of each ``[[name]]`` header, to locate keys per table."""
        pattern = re.compile(rf"^\s*\[\[\s*{re.escape(name)}\s*\]\]")
        return [index for index, line in enumerate(self.lines) if pattern.match(line)]


@dataclass(frozen=True)
class Section:
    title: str
    line: int  # file line of the heading
    start: int  # index of the first body line
    end: int  # index one past the last body line


@dataclass(frozen=True)
class RawSegment:
    title: str
    line: int
    header: TomlBlock | None
    parts: dict[str, tuple[str, int]]  # part name -> (Markdown, file line of its heading)


def split_lines(text: str) -> list[str]:
    # Not str.splitlines(): it also breaks at form feeds and Unicode separators, which editors
    # do not count, and the line numbers in problems would drift.
    return text.replace("\r\n", "\n").split("\n")


def first_content(lines: list[str], start: int, end: int) -> int | None:
    for index in range(start, end):
        if lines[index].strip():
            return index
    return None


def text_between(lines: list[str], start: int, end: int) -> str:
    return "\n".join(line.rstrip() for line in lines[start:end]).strip()


def read_front_matter(lines: list[str], report: Report) -> tuple[TomlBlock | None, int]:
    """The TOML block a file must open with, and the index where the Markdown body starts."""
    if not lines or lines[0].strip() != FENCE:
        report.add(1, "the file must start with a +++ line opening its TOML front matter")
        return None, 0
    return read_toml_block(lines, 0, len(lines), report)


def read_toml_block(
    lines: list[str], opening: int, end: int, report: Report
) -> tuple[TomlBlock | None, int]:
    """Parse the +++ block opening at ``opening``; returns it and the index just after it."""
    closing = next((i for i in range(opening + 1, end) if lines[i].strip() == FENCE), None)
    if closing is None:
        report.add(opening + 1, "this +++ block is never closed by a matching +++ line")
        return None, end
    body = lines[opening + 1 : closing]
    try:
        data = tomllib.loads("\n".join(body))
    except tomllib.TOMLDecodeError as error:
        line, message = _toml_error_position(error, body, opening + 2)
        report.add(line, f"invalid TOML: {message}")
        return None, closing + 1
    return TomlBlock(data, tuple(body), opening + 2, opening + 1), closing + 1


def _toml_error_position(
    error: tomllib.TOMLDecodeError, body: list[str], first_line: int
) -> tuple[int, str]:
    where = _TOML_WHERE.search(str(error))
    message = _TOML_WHERE.sub("", str(error))
    if where and where.group(1):
        return first_line + int(where.group(1)) - 1, message
    # "End of document" errors are nearly always an unfinished last value: point at it.
    last = max((i for i, line in enumerate(body) if line.strip()), default=0)
    return first_line + last, message


def split_sections(lines: list[str], start: int, end: int, level: int) -> tuple[list[Section], int]:
    """Sections under headings of exactly ``level`` hashes; also returns the first heading's index.

    Lines inside fenced code blocks are never headings, so examples can show heading syntax.
    """
    heading = re.compile(rf"^{'#' * level}[ \t]+(.*?)[ \t#]*$")
    found: list[tuple[int, str]] = []
    in_code = False
    for index in range(start, end):
        if _CODE_FENCE.match(lines[index]):
            in_code = not in_code
        elif not in_code and (match := heading.match(lines[index])):
            found.append((index, match.group(1).strip()))
    sections = [
        Section(title, index + 1, index + 1, found[n + 1][0] if n + 1 < len(found) else end)
        for n, (index, title) in enumerate(found)
    ]
    return sections, found[0][0] if found else end


def read_segments(lines: list[str], start: int, report: Report) -> list[RawSegment]:
    sections, first_heading = split_sections(lines, start, len(lines), level=2)
    stray = first_content(lines, start, first_heading)
    if stray is not None:
        report.add(
            stray + 1, "text before the first '## ' segment heading is not part of any segment"
        )
    if not sections:
        report.add(len(lines), "a session needs at least one '## ' segment")
    return [_read_segment(lines, section, report) for section in sections]


def _read_segment(lines: list[str], section: Section, report: Report) -> RawSegment:
    header: TomlBlock | None = None
    body_start = section.start
    first = first_content(lines, section.start, section.end)
    if first is None or lines[first].strip() != FENCE:
        report.add(section.line, f"segment {section.title!r} needs a +++ header under its heading")
    else:
        header, body_start = read_toml_block(lines, first, section.end, report)
    if not section.title:
        report.add(section.line, "a segment heading needs a title")
    parts = _read_parts(lines, section, body_start, report)
    return RawSegment(section.title, section.line, header, parts)


def _read_parts(
    lines: list[str], section: Section, start: int, report: Report
) -> dict[str, tuple[str, int]]:
    subsections, first_heading = split_sections(lines, start, section.end, level=3)
    stray = first_content(lines, start, first_heading)
    if stray is not None:
        report.add(
            stray + 1,
            "text after a segment header belongs under '### For attendees' or "
            "'### Facilitator notes'",
        )
    parts: dict[str, tuple[str, int]] = {}
    for sub in subsections:
        name = PART_NAMES.get(sub.title.lower())
        if name is None:
            report.add(
                sub.line,
                f"unknown subsection {sub.title!r}; use 'For attendees' or 'Facilitator notes'",
            )
        elif name in parts:
            report.add(sub.line, f"subsection {sub.title!r} appears twice in this segment")
        else:
            parts[name] = (text_between(lines, sub.start, sub.end), sub.line)
    return parts
