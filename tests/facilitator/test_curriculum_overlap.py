"""Own words only: no curriculum file shares a run of ten consecutive words with a seed document."""

from __future__ import annotations

from pathlib import Path

from facilitator.curriculum import shared_runs, words

REPO = Path(__file__).resolve().parents[2]
CURRICULA = REPO / "curricula"
SEEDS = REPO.parent / "shared" / "seeds"
RUN = 10


def seed_texts() -> dict[str, str]:
    # Missing seeds must fail, not skip: a skipped check would let copied text through unnoticed.
    assert SEEDS.is_dir(), f"seed documents not found at {SEEDS}"
    texts = {path.name: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}
    assert texts, f"no seed documents (*.txt) in {SEEDS}"
    return texts


def test_no_curriculum_file_shares_a_ten_word_run_with_a_seed() -> None:
    seeds = seed_texts()
    files = sorted(path for path in CURRICULA.rglob("*") if path.is_file())
    assert CURRICULA / "README.md" in files
    offences = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        for seed_name, seed in seeds.items():
            for run in shared_runs(text, [seed], RUN):
                offences.append(f"{path.relative_to(REPO)} shares with {seed_name}: {run!r}")
    assert not offences, "text copied from a seed:\n" + "\n".join(offences)


def test_the_check_catches_a_copied_passage_despite_case_and_punctuation() -> None:
    seed = next(iter(seed_texts().values()))
    passage = " ".join(words(seed)[40:52])
    disguised = "Intro. " + passage.upper().replace(" ", ", ", 3) + "! Outro."
    assert shared_runs(disguised, [seed], RUN)


def test_shared_runs_counts_exactly_n_words() -> None:
    seed = "one two three four five six seven eight nine ten eleven"
    assert shared_runs("zero one two three four five six seven eight nine", [seed], RUN) == []
    assert shared_runs("One, two; three four five six seven eight nine TEN.", [seed], RUN) == [
        "one two three four five six seven eight nine ten"
    ]
    assert shared_runs("anything at all", [], RUN) == []
