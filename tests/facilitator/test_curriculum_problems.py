"""Malformed curriculum files: every problem names the right file and the right line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.curriculum import CurriculumError, Problem, check_tree, parse_curriculum

HEAD = """+++
id = "tiny"
title = "Tiny"
summary = "A curriculum for tests."

[[modules]]
id = "m"
title = "Module"
summary = "The only module."
+++

Welcome.
"""

SESSION = """+++
id = "first"
module = "m"
order = 1
title = "First"
purpose = "Test the parser."
seeds = ["seed.txt"]
+++

## Arriving

+++
kind = "arrival"
minutes = 10
turn_mode = "silent"
+++

### For attendees

Settle in.

### Facilitator notes

Greet people.

## Talking

+++
kind = "discussion"
minutes = 50
turn_mode = "open"
prompts = ["What brought you here?"]
+++

### For attendees

Share if you like.

### Facilitator notes

Watch for advice-giving.
"""


def build(tmp_path: Path, sessions: dict[str, str], head: str = HEAD) -> Path:
    """A curriculum directory ``curricula/tiny``, beside a seeds directory holding seed.txt."""
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "seed.txt").write_text("source text", encoding="utf-8")
    root = tmp_path / "curricula" / "tiny"
    root.mkdir(parents=True)
    (root / "curriculum.md").write_text(head, encoding="utf-8")
    for name, text in sessions.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def check(tmp_path: Path, sessions: dict[str, str], head: str = HEAD) -> list[Problem]:
    root = build(tmp_path, sessions, head)
    return check_tree(root.parent, tmp_path / "seeds")


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the ``occurrence``-th line containing ``needle``."""
    return [n for n, line in enumerate(text.split("\n"), 1) if needle in line][occurrence - 1]


def only(problems: list[Problem], fragment: str) -> Problem:
    matching = [problem for problem in problems if fragment in problem.message]
    assert len(matching) == 1, problems
    return matching[0]


def test_a_valid_tiny_curriculum_has_no_problems(tmp_path: Path) -> None:
    assert check(tmp_path, {"01-first.md": SESSION}) == []


def at(needle: str, occurrence: int = 1) -> Callable[[str], int]:
    return lambda text: line_of(text, needle, occurrence)


MALFORMED = [
    pytest.param("order = 1", "order = = 1", "invalid TOML", at("order = ="), id="bad-toml"),
    pytest.param(
        'turn_mode = "open"', 'turn_mode = "open', "invalid TOML", at('"open'), id="bad-toml-string"
    ),
    pytest.param('"arrival"', '"lecture"', "unknown kind 'lecture'", at("lecture"), id="kind"),
    # A missing key is reported at the opening +++ of the header it is missing from.
    pytest.param("minutes = 50\n", "", "missing `minutes`", at("+++", 5), id="missing-minutes"),
    pytest.param(
        'turn_mode = "silent"', 'turn_mode = "free"', "turn_mode 'free'", at("free"), id="turn"
    ),
    pytest.param("minutes = 10", 'minutes = "ten"', "whole number", at("ten"), id="minutes-text"),
    pytest.param("minutes = 10", "minutes = 0", "greater than 0", at("= 0"), id="minutes-zero"),
    # The total belongs to the whole session, so it is reported at the top of the file.
    pytest.param("minutes = 50", "minutes = 85", "add up to 95", at("+++"), id="too-long"),
    pytest.param("minutes = 50", "minutes = 20", "add up to 30", at("+++"), id="too-short"),
    pytest.param('"seed.txt"', '"gone.txt"', "'gone.txt'", at("seeds"), id="unknown-seed"),
    pytest.param('module = "m"', 'module = "x"', "unknown module 'x'", at("module"), id="module"),
    pytest.param("order = 1", "order = 1\ncolour = 1", "`colour`", at("colour"), id="unknown-key"),
    pytest.param('id = "first"', 'id = "First One"', "slug", at("First One"), id="bad-slug"),
    pytest.param(
        "### Facilitator notes\n\nWatch for advice-giving.\n",
        "",
        "'### Facilitator notes'",
        at("## Talking"),
        id="missing-notes",
    ),
    pytest.param(
        "### For attendees\n\nShare",
        "### For everyone\n\nShare",
        "'For everyone'",
        at("For everyone"),
        id="unknown-subsection",
    ),
    pytest.param("Settle in.", "", "is empty", at("For attendees"), id="empty-attendee-text"),
    pytest.param(
        "+++\n\n## Arriving", "+++\nHello.\n## Arriving", "any segment", at("Hello."), id="stray"
    ),
    pytest.param(
        '+++\nkind = "discussion"',
        'kind = "discussion"',
        "needs a +++ header",
        at("## Talking"),
        id="no-header",
    ),
]


@pytest.mark.parametrize(("old", "new", "message", "expected_line"), MALFORMED)
def test_a_malformed_session_names_its_file_and_line(
    tmp_path: Path, old: str, new: str, message: str, expected_line: Callable[[str], int]
) -> None:
    assert old in SESSION
    text = SESSION.replace(old, new, 1)
    problem = only(check(tmp_path, {"01-first.md": text}), message)
    assert Path(problem.file) == tmp_path / "curricula" / "tiny" / "01-first.md"
    assert problem.line == expected_line(text)


def test_a_duplicate_id_is_reported_in_the_second_file(tmp_path: Path) -> None:
    second = SESSION.replace("order = 1", "order = 2")
    problems = check(tmp_path, {"01-first.md": SESSION, "02-again.md": second})
    problem = only(problems, "id 'first' is already used")
    assert Path(problem.file).name == "02-again.md"
    assert problem.line == line_of(second, 'id = "first"')
    assert "01-first.md" in problem.message


def test_a_duplicate_order_within_a_module_is_reported(tmp_path: Path) -> None:
    second = SESSION.replace('id = "first"', 'id = "second"')
    problem = only(check(tmp_path, {"a.md": SESSION, "b.md": second}), "order 1 in module 'm'")
    assert (Path(problem.file).name, problem.line) == ("b.md", line_of(second, "order"))


def test_a_toml_error_at_the_end_of_a_block_points_at_its_last_line(tmp_path: Path) -> None:
    head = HEAD.replace('summary = "The only module."', "summary =")
    problem = only(check(tmp_path, {"01-first.md": SESSION}, head), "invalid TOML")
    assert Path(problem.file).name == "curriculum.md"
    assert problem.line == line_of(head, "summary =", 2)


def test_an_unclosed_header_is_reported_at_its_opening_line(tmp_path: Path) -> None:
    text = SESSION.replace('turn_mode = "open"\nprompts = ["What brought you here?"]\n+++', "", 1)
    problem = only(check(tmp_path, {"01-first.md": text}), "never closed")
    assert problem.line == line_of(text, "## Talking") + 2


def test_a_module_without_sessions_is_reported_in_curriculum_md(tmp_path: Path) -> None:
    head = HEAD.replace(
        "+++\n\nWelcome", '\n[[modules]]\nid = "n"\ntitle = "N"\nsummary = "N"\n+++\n\nWelcome'
    )
    problem = only(check(tmp_path, {"01-first.md": SESSION}, head), "module 'n' has no sessions")
    assert (Path(problem.file).name, problem.line) == ("curriculum.md", line_of(head, 'id = "n"'))


def test_the_curriculum_id_must_match_its_directory(tmp_path: Path) -> None:
    head = HEAD.replace('id = "tiny"', 'id = "other"')
    problem = only(check(tmp_path, {"01-first.md": SESSION}, head), "directory name")
    assert problem.line == 2


def test_a_missing_front_matter_is_reported_at_line_1(tmp_path: Path) -> None:
    problem = only(check(tmp_path, {"01-first.md": "## Hello\n"}), "must start with a +++")
    assert (Path(problem.file).name, problem.line) == ("01-first.md", 1)


def test_check_tree_collects_problems_across_files_without_raising(tmp_path: Path) -> None:
    bad = SESSION.replace('"arrival"', '"lecture"').replace("order = 1", "order = 2")
    build(tmp_path, {"01-first.md": SESSION, "02-bad.md": bad, "03-junk.md": "\x00\xff"})
    (tmp_path / "curricula" / "tiny" / "04-binary.md").write_bytes(b"\xff\xfe\x00")
    problems = check_tree(tmp_path / "curricula", tmp_path / "seeds")
    names = sorted({Path(problem.file).name for problem in problems})
    assert names == ["02-bad.md", "03-junk.md", "04-binary.md"]


def test_parse_curriculum_raises_with_every_problem(tmp_path: Path) -> None:
    bad = SESSION.replace('"arrival"', '"lecture"').replace('"open"', '"loud"')
    root = build(tmp_path, {"01-first.md": bad})
    with pytest.raises(CurriculumError) as caught:
        parse_curriculum(root)
    assert len(caught.value.problems) == 2
    assert f"{root / '01-first.md'}:{line_of(bad, 'lecture')}: " in str(caught.value)


def test_check_tree_reports_a_missing_root_and_a_missing_seeds_directory(tmp_path: Path) -> None:
    assert check_tree(tmp_path / "nowhere")[0].message == "curricula directory not found"
    build(tmp_path, {"01-first.md": SESSION})
    problems = check_tree(tmp_path / "curricula", tmp_path / "no-seeds")
    assert [problem.message for problem in problems] == ["seeds directory not found"]


def test_headings_inside_code_blocks_do_not_start_segments(tmp_path: Path) -> None:
    text = SESSION.replace("Share if you like.", "Share if you like.\n\n```\n## Not a segment\n```")
    root = build(tmp_path, {"01-first.md": text})
    segments = parse_curriculum(root).sessions[0].segments
    assert [segment.title for segment in segments] == ["Arriving", "Talking"]
    assert "## Not a segment" in segments[1].attendee_text


def test_sessions_are_ordered_by_module_then_order_not_by_file_name(tmp_path: Path) -> None:
    head = HEAD.replace(
        "+++\n\nWelcome", '\n[[modules]]\nid = "a"\ntitle = "A"\nsummary = "A"\n+++\n\nWelcome'
    )
    later = SESSION.replace('id = "first"', 'id = "later"').replace("order = 1", "order = 2")
    other = SESSION.replace('id = "first"', 'id = "other"').replace('module = "m"', 'module = "a"')
    root = build(tmp_path, {"a.md": other, "b.md": later, "c.md": SESSION}, head)
    assert [s.id for s in parse_curriculum(root).sessions] == ["first", "later", "other"]


def test_a_broken_front_matter_gives_one_problem_not_a_cascade(tmp_path: Path) -> None:
    text = SESSION.replace("order = 1", "order = = 1")
    problems = check(tmp_path, {"01-first.md": text})
    assert [(Path(p.file).name, p.line) for p in problems] == [("01-first.md", 4)]


def test_a_curriculum_without_curriculum_md_is_reported(tmp_path: Path) -> None:
    root = build(tmp_path, {"01-first.md": SESSION})
    (root / "curriculum.md").unlink()
    problem = only(check_tree(root.parent), "file not found")
    assert (Path(problem.file), problem.line) == (root / "curriculum.md", 1)


def test_windows_line_endings_and_a_byte_order_mark_keep_line_numbers(tmp_path: Path) -> None:
    text = SESSION.replace('"arrival"', '"lecture"')
    root = build(tmp_path, {})
    (root / "01-first.md").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    problem = only(check_tree(root.parent), "unknown kind")
    assert problem.line == line_of(text, "lecture")
