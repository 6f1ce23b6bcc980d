"""``flask --app server schedule-meetings``: make the meetings of every running weekly schedule
for the weeks ahead. Safe to run as often as you like (cron, a deploy hook): it never makes the
same meeting twice."""

from __future__ import annotations

import click

from server.services import schedules
from server.services.errors import ServiceError


@click.command("schedule-meetings")
@click.option(
    "--weeks",
    type=int,
    default=None,
    help=f"How many weeks ahead [default: STEADY_SCHEDULE_WEEKS or {schedules.WEEKS_AHEAD}].",
)
def schedule_meetings(weeks: int | None) -> None:
    """Make the coming meetings of every weekly schedule."""
    try:
        made = schedules.materialise_all(weeks)
    except ServiceError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(f"{made} new meeting(s) scheduled.")
