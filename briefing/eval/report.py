"""Write an evaluation's report.json, report.md, report.html (inline SVG chart), and the
whole set's briefs by A, B and the baseline (a.md, b.md, baseline.md) to read side by
side."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import jinja2

from briefing.eval.runner import Briefs, Delta, Report
from briefing.files import write_atomic
from briefing.render import story_markdown

_ROW, _WIDTH, _LABEL, _PLOT = 26, 760, 230, 460


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("briefing.eval", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pct"] = lambda x: f"{100 * x:.0f}%"
    return env


def _bar(delta: Delta, row: int, scale: float) -> dict[str, float | str]:
    """Coordinates of one metric's interval on a shared scale (relative to the larger mean)."""
    x0 = _LABEL + _PLOT / 2

    def x(value: float) -> float:
        return round(x0 + value / scale * (_PLOT / 2), 2)

    return {
        "y": row * _ROW + 18,
        "low": x(delta.difference.low),
        "high": x(delta.difference.high),
        "mid": x(delta.difference.estimate),
        "colour": {"B better": "#1b5e20", "B worse": "#9d0208"}.get(delta.verdict, "#555555"),
    }


def chart(report: Report) -> dict[str, object]:
    """Data for the SVG chart: each metric's B - A interval, scaled to its own range."""
    rows = []
    for n, delta in enumerate(report.deltas):
        scale = max(abs(delta.difference.low), abs(delta.difference.high), 1e-9) * 1.1
        rows.append({"delta": delta, **_bar(delta, n, scale)})
    height = len(rows) * _ROW + 30
    return {"rows": rows, "width": _WIDTH, "height": height, "zero": _LABEL + _PLOT / 2}


def write_report(report: Report, briefs: Briefs, folder: Path) -> Path:
    """report.json, report.md, report.html and the three briefs under ``folder``."""
    env = _environment()
    write_atomic(folder / "a.md", story_markdown(briefs.a, nested=False))
    write_atomic(folder / "b.md", story_markdown(briefs.b, nested=False))
    if briefs.baseline is not None:
        write_atomic(folder / "baseline.md", story_markdown(briefs.baseline, nested=False))
    data = report.model_dump(mode="json")
    write_atomic(folder / "report.json", json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    write_atomic(folder / "report.md", env.get_template("report.md.j2").render(r=report))
    html = env.get_template("report.html.j2").render(r=report, chart=chart(report))
    write_atomic(folder / "report.html", html)
    return folder
