"""``flask --app server curricula check|load``: validate the curriculum files and store them."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import click
from flask import current_app

from facilitator import curriculum as content
from server.services import curricula


def content_dirs() -> tuple[Path, Path | None]:
    """The curricula directory and the seeds directory (None: seeds are not checked)."""
    seeds = current_app.config.get("STEADY_SEEDS_DIR")
    return Path(current_app.config["STEADY_CURRICULA_DIR"]), Path(seeds) if seeds else None


def _shown(problem: content.Problem) -> str:
    # Relative to where the command runs, when possible: short enough to read and to click.
    try:
        file = str(Path(problem.file).resolve().relative_to(Path.cwd()))
    except ValueError:
        file = problem.file
    return f"{file}:{problem.line}: {problem.message}"


def _fail(problems: list[content.Problem]) -> NoReturn:
    for problem in problems:
        click.echo(_shown(problem))
    count = len(problems)
    raise click.ClickException(f"{count} problem{'s' if count != 1 else ''} found.")


@click.group("curricula")
def curricula_cli() -> None:
    """Check and load the curricula (STEADY_CURRICULA_DIR)."""


@curricula_cli.command("check")
def check() -> None:
    """Validate every curriculum; print each problem as file:line: message."""
    root, seeds = content_dirs()
    problems = content.check_tree(root, seeds)
    if problems:
        _fail(problems)
    for item in content.load_tree(root, seeds):
        click.echo(
            f"{item.id}: {len(item.modules)} modules, {len(item.sessions)} sessions, no problems."
        )
    if seeds is None:
        click.echo("No seeds directory configured: seed file names were not checked.")


@curricula_cli.command("load")
def load() -> None:
    """Check, then store each curriculum whose content changed as a new version."""
    root, seeds = content_dirs()
    try:
        results = curricula.load_all(root, seeds)
    except content.CurriculumError as exc:
        _fail(exc.problems)
    for item in results:
        if item.outcome == "new":
            click.echo(f"{item.slug}: new version {item.number} ({item.sessions} sessions).")
        elif item.outcome == "restored":
            click.echo(f"{item.slug}: back to version {item.number}, the files match it again.")
        else:
            click.echo(f"{item.slug}: unchanged (version {item.number}).")
