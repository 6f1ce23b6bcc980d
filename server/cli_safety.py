"""``flask purge``: delete transcripts past the retention window (it also runs by itself)."""

from __future__ import annotations

import click

from server.services import retention, settings


@click.command("purge")
def purge_command() -> None:
    """Delete messages and side messages of meetings that ended before the retention window
    (except messages under an open flag)."""
    result = retention.purge()
    if result.skipped:
        click.echo("Another purge is running; nothing done.")
        return
    click.echo(
        f"Deleted {result.messages} messages and {result.side_messages} side messages "
        f"(retention {settings.retention_hours()} hours)."
    )
