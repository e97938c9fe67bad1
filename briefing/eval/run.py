"""The library call behind `briefing eval`: resolve the set, evaluate, write the report."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ValidationError

from briefing.errors import ConfigError
from briefing.eval.gold import load_gold
from briefing.eval.report import write_report
from briefing.eval.runner import Report, evaluate
from briefing.run import endpoint
from briefing.settings import Settings

SETS_FILE = Path("eval/sets.toml")


class ArticleSet(BaseModel):
    """A named set of articles, with its gold file if it has one."""

    paths: list[Path]
    gold: Path | None = None


def article_set(name: str, sets_file: Path = SETS_FILE) -> ArticleSet:
    """The set called ``name`` in eval/sets.toml."""
    try:
        sets = tomllib.loads(sets_file.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{sets_file}: {exc}", "define [NAME] paths = [...] there") from exc
    if name not in sets:
        raise ConfigError(
            f"no article set {name!r} in {sets_file}", f"use one of: {', '.join(sets)}"
        )
    try:
        return ArticleSet.model_validate(sets[name])
    except ValidationError as exc:
        raise ConfigError(f"{sets_file} [{name}]: {exc.errors()[0]['msg']}", "fix the set") from exc


def folder_name(report: Report) -> str:
    """A safe folder name for the report: 'extract-v1-vs-extract-v2'."""
    return re.sub(r"[^\w.-]+", "-", report.name).strip("-")


async def run_evaluation(
    settings: Settings,
    paths: Sequence[Path],
    variants: tuple[dict[str, str], dict[str, str]],
    *,
    gold_path: Path | None,
    judge_model: str | None,
    repeats: int,
    out: Path,
) -> tuple[Report, Path]:
    """Evaluate and write report.json, report.md and report.html under out/<name>/."""
    gold = load_gold(gold_path) if gold_path else None
    async with endpoint(settings) as live:
        report, briefs = await evaluate(
            settings,
            paths,
            variants,
            live=live,
            gold=gold,
            gold_path=str(gold_path) if gold_path else None,
            judge_model=judge_model,
            repeats=repeats,
        )
    return report, write_report(report, briefs, out / folder_name(report))
