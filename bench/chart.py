"""Latency against load as a hand-written SVG: no plotting library on the machine or in CI."""

from __future__ import annotations

import math
from html import escape

WIDTH, HEIGHT = 800, 440
LEFT, RIGHT, TOP, BOTTOM = 70, 210, 40, 60
COLOURS = {"baseline": "#1f77b4", "steady": "#d62728", "steady, gc_entry": "#ff9f1c"}
Y_MIN, Y_MAX = 0.5, 20000.0  # milliseconds, on a log scale: latencies span four decades


def _x(value: float, x_max: float) -> float:
    return LEFT + (WIDTH - LEFT - RIGHT) * value / x_max


def _y(ms: float) -> float:
    ms = min(max(ms, Y_MIN), Y_MAX)
    share = (math.log10(ms) - math.log10(Y_MIN)) / (math.log10(Y_MAX) - math.log10(Y_MIN))
    return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * share


def _nice_max(value: float) -> float:
    magnitude = 10 ** math.floor(math.log10(max(value, 1)))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _axes(x_max: float, limit_ms: float) -> list[str]:
    parts = []
    for i in range(6):
        value = x_max * i / 5
        x = _x(value, x_max)
        parts.append(f'<line x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{HEIGHT - BOTTOM}" />')
        label = f"{value / 1000:g}k" if x_max >= 1000 else f"{value:g}"
        parts.append(f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 18}" class="c">{label}</text>')
    for ms in (1, 10, 100, 1000, 10000):
        y = _y(ms)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" />')
        parts.append(f'<text x="{LEFT - 8}" y="{y + 4:.1f}" class="r">{ms:g} ms</text>')
    y = _y(limit_ms)
    parts.append(
        f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" class="limit" />'
        f'<text x="{WIDTH - RIGHT + 6}" y="{y + 4:.1f}">p99 goal {limit_ms:g} ms</text>'
    )
    return parts


def _series(name: str, points: list[tuple[float, float, float]], x_max: float) -> list[str]:
    colour = COLOURS.get(name, "#555")
    parts = []
    for index, dash in ((2, ""), (1, ' stroke-dasharray="5 4"')):
        path = " ".join(f"{_x(p[0], x_max):.1f},{_y(p[index]):.1f}" for p in points)
        parts.append(f'<polyline points="{path}" stroke="{colour}" fill="none"{dash} />')
    for x, p50, p99 in points:
        for ms in (p50, p99):
            parts.append(
                f'<circle cx="{_x(x, x_max):.1f}" cy="{_y(ms):.1f}" r="3" fill="{colour}" />'
            )
    return parts


def _legend(names: list[str]) -> list[str]:
    parts, y = [], TOP + 10
    for name in names:
        colour = COLOURS.get(name, "#555")
        for label, dash in (("p99", ""), ("p50", ' stroke-dasharray="5 4"')):
            x = WIDTH - RIGHT + 10
            parts.append(
                f'<line x1="{x}" y1="{y}" x2="{x + 26}" y2="{y}" stroke="{colour}"{dash} />'
            )
            parts.append(f'<text x="{x + 32}" y="{y + 4}">{escape(name)} {label}</text>')
            y += 20
    return parts


def latency_svg(series: dict[str, list[tuple[float, float, float]]], limit_ms: float) -> str:
    """``series``: name -> [(deliveries per second, p50 ms, p99 ms)] in load order."""
    x_max = _nice_max(max((p[0] for pts in series.values() for p in pts), default=1))
    body = ['<g class="grid">', *_axes(x_max, limit_ms), "</g>"]
    for name, points in series.items():
        if points:
            body += _series(name, points, x_max)
    body += _legend(list(series))
    title = "Send-to-deliver latency against load (meetings of 10, one worker)"
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
            f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
            "<style>.grid line{stroke:#ddd}.limit{stroke:#888;stroke-dasharray:2 3}"
            ".c{text-anchor:middle}.r{text-anchor:end}polyline{stroke-width:2}</style>",
            '<rect width="100%" height="100%" fill="white" />',
            f'<text x="{LEFT}" y="22" font-size="14">{escape(title)}</text>',
            *body,
            f'<text x="{(LEFT + WIDTH - RIGHT) / 2}" y="{HEIGHT - 18}" class="c">'
            "deliveries per second (messages in x 10)</text>",
            "</svg>",
        ]
    )
