"""Curricula: parse and validate the hand-written files under ``curricula/``.

The format is documented in ``curricula/README.md``. This module is the public face: the syntax
lives in ``curriculum_format``, the field checks in ``curriculum_build`` and the values in
``curriculum_model``. Nothing here knows about Flask or the database; the server stores
``Curriculum.to_dict()`` together with ``content_hash()`` as one version of a curriculum.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from facilitator.curriculum_build import Head, SessionSource, build_head, build_session
from facilitator.curriculum_format import Report, split_lines
from facilitator.curriculum_model import (
    FORMAT_VERSION,
    MAX_SESSION_MINUTES,
    MIN_SESSION_MINUTES,
    SEGMENT_KINDS,
    TURN_MODES,
    Curriculum,
    CurriculumError,
    Module,
    Problem,
    Segment,
    Session,
    attendee_view,
)

__all__ = [
    "FORMAT_VERSION",
    "MAX_SESSION_MINUTES",
    "MIN_SESSION_MINUTES",
    "SEGMENT_KINDS",
    "TURN_MODES",
    "Curriculum",
    "CurriculumError",
    "Module",
    "Problem",
    "Segment",
    "Session",
    "attendee_view",
    "check_tree",
    "content_hash",
    "find_curricula",
    "load_tree",
    "parse_curriculum",
    "shared_runs",
    "words",
]

HEAD_FILE = "curriculum.md"


def parse_curriculum(path: Path, seeds_dir: Path | None = None) -> Curriculum:
    """Parse the curriculum directory ``path``; raise ``CurriculumError`` listing every problem.

    With ``seeds_dir``, each session's ``seeds`` must name files that exist there.
    """
    problems: list[Problem] = []
    curriculum = _parse(path, seeds_dir, problems)
    if problems or curriculum is None:
        raise CurriculumError(problems)
    return curriculum


def find_curricula(root: Path) -> list[Path]:
    """The curriculum directories directly under ``root`` (hidden and ``_`` names are skipped)."""
    return sorted(
        child
        for child in root.iterdir()
        if child.is_dir() and not child.name.startswith((".", "_"))
    )


def check_tree(root: Path, seeds_dir: Path | None = None) -> list[Problem]:
    """Every problem in every curriculum under ``root``; never raises for bad content."""
    if not root.is_dir():
        return [Problem(str(root), 1, "curricula directory not found")]
    problems: list[Problem] = []
    if seeds_dir is not None and not seeds_dir.is_dir():
        problems.append(Problem(str(seeds_dir), 1, "seeds directory not found"))
        seeds_dir = None
    directories = find_curricula(root)
    if not directories:
        problems.append(Problem(str(root), 1, "no curriculum directories found"))
    for directory in directories:
        _parse(directory, seeds_dir, problems)
    return problems


def load_tree(root: Path, seeds_dir: Path | None = None) -> list[Curriculum]:
    """Every curriculum under ``root``, or ``CurriculumError`` if anything in the tree is wrong."""
    problems = check_tree(root, seeds_dir)
    if problems:
        raise CurriculumError(problems)
    return [parse_curriculum(directory, seeds_dir) for directory in find_curricula(root)]


def content_hash(curriculum: Curriculum) -> str:
    """sha256 of the canonical JSON form: equal content, equal hash, on any machine or run."""
    canonical = json.dumps(
        curriculum.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    """Lowercased words with punctuation dropped: the unit the own-words rule counts in."""
    return re.sub(r"[^\w\s]", "", text.lower()).split()


def shared_runs(text: str, seed_texts: Iterable[str], n: int = 10) -> list[str]:
    """The runs of ``n`` consecutive words that ``text`` shares with any of ``seed_texts``."""
    seen: set[tuple[str, ...]] = set()
    for seed in seed_texts:
        seed_words = words(seed)
        seen.update(tuple(seed_words[i : i + n]) for i in range(len(seed_words) - n + 1))
    own = words(text)
    runs = {tuple(own[i : i + n]) for i in range(len(own) - n + 1)}
    return sorted(" ".join(run) for run in runs & seen)


def _read(file: Path, report: Report) -> list[str] | None:
    try:
        # utf-8-sig: editors on Windows may add a byte-order mark, which would hide the first +++.
        return split_lines(file.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        report.add(1, "file not found")
    except (OSError, UnicodeDecodeError) as error:
        report.add(1, f"cannot read the file: {error}")
    return None


def _session_files(path: Path) -> list[Path]:
    # README files are allowed beside sessions so authors can leave notes for each other.
    return sorted(
        file
        for file in path.rglob("*.md")
        if file != path / HEAD_FILE
        and file.name.lower() != "readme.md"
        and not any(part.startswith((".", "_")) for part in file.relative_to(path).parts)
    )


def _parse(path: Path, seeds_dir: Path | None, problems: list[Problem]) -> Curriculum | None:
    head_report = Report(str(path / HEAD_FILE), problems)
    head_lines = _read(path / HEAD_FILE, head_report)
    head = build_head(head_lines, head_report) if head_lines is not None else None
    files = _session_files(path)
    sources = [source for file in files if (source := _read_session(file, seeds_dir, problems))]
    if head is None:
        return None
    if head.id and head.id != path.name:
        head_report.add(head.id_line, f"curriculum id {head.id!r} must match its directory name")
    _check_sessions(head, sources, problems)
    # A session whose front matter could not be read may well belong to any module, so saying a
    # module has no sessions would only send the author looking in the wrong place.
    if len(sources) == len(files):
        _check_modules_used(head, head_report, sources)
    return _assemble(head, sources)


def _read_session(
    file: Path, seeds_dir: Path | None, problems: list[Problem]
) -> SessionSource | None:
    report = Report(str(file), problems)
    lines = _read(file, report)
    return build_session(file, lines, report, seeds_dir) if lines is not None else None


def _check_sessions(head: Head, sources: list[SessionSource], problems: list[Problem]) -> None:
    for source in sources:
        module = source.session.module
        if module and module not in head.module_lines:
            line = source.locate("module")
            Report(str(source.file), problems).add(line, f"session: unknown module {module!r}")
    _check_unique(sources, "id", lambda s: f"id {s.id!r}" if s.id else None, problems)
    _check_unique(
        sources,
        "order",
        lambda s: f"order {s.order} in module {s.module!r}" if s.order else None,
        problems,
    )


def _check_modules_used(head: Head, head_report: Report, sources: list[SessionSource]) -> None:
    for module_id, line in head.module_lines.items():
        if not any(source.session.module == module_id for source in sources):
            head_report.add(line, f"module {module_id!r} has no sessions")


def _check_unique(
    sources: list[SessionSource],
    key: str,
    label: Callable[[Session], str | None],
    problems: list[Problem],
) -> None:
    """Report each session whose ``label`` an earlier file (in path order) already has."""
    first: dict[str, Path] = {}
    for source in sources:
        found = label(source.session)
        if found is None:
            continue
        if found in first:
            message = f"session: {found} is already used by {first[found]}"
            Report(str(source.file), problems).add(source.locate(key), message)
        else:
            first[found] = source.file


def _assemble(head: Head, sources: list[SessionSource]) -> Curriculum:
    index = {module.id: n for n, module in enumerate(head.modules)}
    ordered = sorted(
        (source.session for source in sources),
        key=lambda session: (index.get(session.module, len(index)), session.order, session.id),
    )
    return Curriculum(head.id, head.title, head.summary, head.intro, head.modules, tuple(ordered))
