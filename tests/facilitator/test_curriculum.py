"""The shipped curriculum, the stored form, the content hash and the attendee view."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.curriculum import (
    Curriculum,
    attendee_view,
    check_tree,
    content_hash,
    parse_curriculum,
)

REPO = Path(__file__).resolve().parents[2]
CURRICULA = REPO / "curricula"
SEEDS = REPO.parent / "shared" / "seeds"
SHIPPED = CURRICULA / "trauma-bond-recovery"
MODULE_ORDER = ["recognising", "boundaries", "identity", "relationships"]


@pytest.fixture(scope="module")
def shipped() -> Curriculum:
    return parse_curriculum(SHIPPED, SEEDS)


def test_every_shipped_file_validates() -> None:
    assert check_tree(CURRICULA, SEEDS) == []


def test_four_modules_in_the_stated_order(shipped: Curriculum) -> None:
    assert [module.id for module in shipped.modules] == MODULE_ORDER
    words = ["recognising", "boundaries", "identity", "healthy"]
    for module, word in zip(shipped.modules, words, strict=True):
        assert word in module.title.lower()


def test_each_module_has_three_or_more_sessions_of_60_to_90_minutes(shipped: Curriculum) -> None:
    for module in shipped.modules:
        sessions = shipped.sessions_in(module.id)
        assert len(sessions) >= 3, module.id
        assert [session.order for session in sessions] == list(range(1, len(sessions) + 1))
        for session in sessions:
            assert 60 <= session.minutes <= 90, session.id


def test_sessions_are_sorted_by_module_then_order(shipped: Curriculum) -> None:
    keys = [(MODULE_ORDER.index(s.module), s.order) for s in shipped.sessions]
    assert keys == sorted(keys)
    assert len(shipped.sessions) >= 12


def test_shipped_sessions_follow_the_group_rhythm(shipped: Curriculum) -> None:
    for session in shipped.sessions:
        kinds = [segment.kind for segment in session.segments]
        assert kinds[0] == "arrival" and kinds[-1] == "closing", session.id
        rounds = {s.kind for s in session.segments if s.turn_mode == "round"}
        assert {"check-in", "check-out"} <= rounds, session.id
        assert {"teaching", "discussion", "exercise"} & set(kinds), session.id


def test_every_check_in_tells_facilitators_how_to_respond_to_a_crisis(
    shipped: Curriculum,
) -> None:
    for session in shipped.sessions:
        check_in = next(s for s in session.segments if s.kind == "check-in")
        notes = check_in.facilitator_notes.lower()
        assert "pause" in notes and "private" in notes and "crisis" in notes, session.id


def test_every_seed_is_drawn_on(shipped: Curriculum) -> None:
    used = {seed for session in shipped.sessions for seed in session.seeds}
    assert used == {path.name for path in SEEDS.glob("*.txt")}


def test_attendee_text_never_directs_anyone_to_leave_or_confront(shipped: Curriculum) -> None:
    directive = re.compile(
        r"\byou (should|must|need to|have to) (leave|confront|contact|cut|block|tell)"
    )
    for session in shipped.sessions:
        for segment in session.segments:
            shown = " ".join([segment.attendee_text, *segment.prompts]).lower()
            assert not directive.search(shown), (session.id, segment.title)


def test_attendee_view_has_everything_but_the_facilitator_notes(shipped: Curriculum) -> None:
    for session in shipped.sessions:
        for segment in session.segments:
            view = attendee_view(segment)
            full = segment.to_dict()
            assert "facilitator_notes" not in view
            assert segment.facilitator_notes not in json.dumps(view)
            assert view == {k: v for k, v in full.items() if k != "facilitator_notes"}


def test_stored_form_is_json_and_reads_back_equal(shipped: Curriculum) -> None:
    stored = json.loads(json.dumps(shipped.to_dict()))
    assert Curriculum.from_dict(stored) == shipped
    assert stored["sessions"][0]["minutes"] == shipped.sessions[0].minutes


def test_content_hash_is_stable_within_a_run(shipped: Curriculum) -> None:
    again = parse_curriculum(SHIPPED, SEEDS)
    assert content_hash(again) == content_hash(shipped)
    assert re.fullmatch(r"[0-9a-f]{64}", content_hash(shipped))


def test_content_hash_is_stable_across_runs(shipped: Curriculum) -> None:
    # A different hash seed in a fresh interpreter would expose any dependence on set/dict order.
    code = (
        "from pathlib import Path; from facilitator.curriculum import parse_curriculum, "
        f"content_hash; print(content_hash(parse_curriculum(Path({str(SHIPPED)!r}))))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == content_hash(shipped)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Be gentle with yourself", "Be kind to yourself"),  # attendee text
        ("Post the closing text", "Share the closing text"),  # facilitator notes
        ("minutes = 12", "minutes = 13"),  # a number, not only text
    ],
)
def test_content_hash_changes_when_content_changes(
    tmp_path: Path, shipped: Curriculum, old: str, new: str
) -> None:
    copy = tmp_path / SHIPPED.name
    shutil.copytree(SHIPPED, copy)
    session_file = copy / "01-recognising" / "01-what-a-trauma-bond-is.md"
    text = session_file.read_text(encoding="utf-8")
    assert old in text
    session_file.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert content_hash(parse_curriculum(copy)) != content_hash(shipped)


def test_the_worked_example_in_the_readme_is_valid(tmp_path: Path) -> None:
    readme = (CURRICULA / "README.md").read_text(encoding="utf-8")
    head, session = re.findall(r"```markdown\n(.*?)```", readme, flags=re.DOTALL)
    root = tmp_path / "example"
    (root / "recognising").mkdir(parents=True)
    (root / "curriculum.md").write_text(head, encoding="utf-8")
    (root / "recognising" / "01-a-first-look.md").write_text(session, encoding="utf-8")
    curriculum = parse_curriculum(root, SEEDS)
    assert [s.minutes for s in curriculum.sessions] == [60]
