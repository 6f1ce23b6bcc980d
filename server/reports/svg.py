"""Charts as inline SVG, built on the server: no script, no styles, nothing from other hosts.

Pages send a strict Content-Security-Policy, so the markup carries presentation attributes
(``fill``, ``font-size``) and never ``style``. Text uses ``currentColor`` to follow the page's
light or dark colours. Every chart has a ``<title>`` and ``<desc>`` for screen readers, visible
text labels, and a ``<title>`` on each bar naming its category, series and value.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
BAR = 14  # bar thickness
BAR_GAP = 3  # between bars of one group
GROUP_GAP = 14  # between groups
LEGEND = 28  # height of the legend row
AXIS = 26  # height of the axis row under the bars
VALUE_ROOM = 64  # room right of the longest bar for its value

Shown = Callable[[float], str]


@dataclass(frozen=True)
class Series:
    """One set of bars: a name for the legend and one value per category."""

    name: str
    values: Sequence[float]
    fill: str  # a CSS colour, as an attribute value


def nice_ticks(largest: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``largest``: steps of 1, 2 or 5 times 10^n."""
    if not largest > 0 or not math.isfinite(largest):
        return [0.0, 1.0]
    rough = largest / count
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
    return [step * i for i in range(math.ceil(largest / step - 1e-9) + 1)]


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _clip(text: str, room: float) -> str:
    most = max(int(room / 7.2), 4)
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _legend(series: Sequence[Series], left: float) -> list[str]:
    parts, x = [], left
    for item in series:
        parts.append(f'<rect x="{x:.1f}" y="6" width="12" height="12" fill="{escape(item.fill)}"/>')
        parts.append(f'<text x="{x + 17:.1f}" y="16">{escape(item.name)}</text>')
        x += 32 + 7.5 * len(item.name)
    return parts


def _axis(ticks: list[float], left: float, scale: float, top: float, bottom: float) -> list[str]:
    parts = [
        f'<line x1="{left:.1f}" y1="{top:.1f}" x2="{left:.1f}" y2="{bottom:.1f}" '
        'stroke="currentColor" stroke-opacity="0.6"/>'
    ]
    for tick in ticks:
        x = left + tick * scale
        parts.append(
            f'<line x1="{x:.1f}" y1="{top:.1f}" x2="{x:.1f}" y2="{bottom:.1f}" '
            'stroke="currentColor" stroke-opacity="0.15"/>'
        )
        parts.append(
            f'<text x="{x:.1f}" y="{bottom + 16:.1f}" text-anchor="middle">{_fmt(tick)}</text>'
        )
    return parts


@dataclass(frozen=True)
class _Layout:
    left: float  # where bars start
    top: float  # where the first group starts
    scale: float  # pixels per unit
    group: float  # height of one group of bars


def _category(name: str, row: int, series: Sequence[Series], at: _Layout, show: Shown) -> list[str]:
    y = at.top + row * (at.group + GROUP_GAP)
    parts = [
        f"<g><title>{escape(name)}</title>"
        f'<text x="{at.left - 8}" y="{y + at.group / 2 + 4:.1f}" text-anchor="end">'
        f"{escape(_clip(name, at.left - 12))}</text></g>"
    ]
    for n, item in enumerate(series):
        value, by = item.values[row], y + n * (BAR + BAR_GAP)
        length = max(value, 0.0) * at.scale
        label = f"{name}, {item.name}: {show(value)}"
        parts.append(
            f'<rect x="{at.left}" y="{by:.1f}" width="{length:.1f}" height="{BAR}" '
            f'fill="{escape(item.fill)}"><title>{escape(label)}</title></rect>'
        )
        parts.append(
            f'<text x="{at.left + length + 4:.1f}" y="{by + BAR - 3:.1f}">'
            f"{escape(show(value))}</text>"
        )
    return parts


def grouped_bar_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    title: str,
    description: str,
    unit: str = "",
    chart_id: str = "chart",
    width: int = 640,
    label_width: int = 190,
    value_text: Shown | None = None,
) -> Markup:
    """A horizontal grouped bar chart: one group per category, one bar per series.

    ``value_text`` writes a value for people (default: the number and ``unit``); ``chart_id``
    must be unique on the page, since the title and description are referenced by id.
    """
    if any(len(item.values) != len(categories) for item in series):
        raise ValueError("every series needs one value per category")
    show = value_text or (lambda v: f"{_fmt(v)} {unit}".strip())
    ticks = nice_ticks(max((v for item in series for v in item.values), default=0.0))
    group = len(series) * (BAR + BAR_GAP) - BAR_GAP
    at = _Layout(label_width, LEGEND + 6, (width - label_width - VALUE_ROOM) / ticks[-1], group)
    bottom = at.top + len(categories) * (group + GROUP_GAP)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" '
        f'viewBox="0 0 {width} {bottom + AXIS:.0f}" width="100%" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'font-family="{FONT}" font-size="12" fill="currentColor">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
        *_legend(series, at.left),
        *_axis(ticks, at.left, at.scale, at.top - 4, bottom - GROUP_GAP / 2),
    ]
    for row, name in enumerate(categories):
        parts.extend(_category(name, row, series, at, show))
    parts.append("</svg>")
    return Markup("\n".join(parts))
