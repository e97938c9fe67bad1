"""The ``briefing`` command. Each command parses, makes one library call, prints.

Exit codes: 0 success (also a day with nothing new); 1 a run failed (model, recording,
output, delivery, cost cap); 2 usage or configuration error; 3 partial: files were
skipped, a feed could not be read, or chunks failed under --allow-partial (the brief is
written and says so), or `eval --fail-on-regression` found B worse on a gated metric; 70
a bug in briefing (one line; -v logs the details); 130 interrupted. Errors are one line
saying what went wrong and how to fix it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from briefing import __version__
from briefing.choices import DEFAULT_FORMATS, FORMATS, Mode
from briefing.errors import BriefingError, ConfigError
from briefing.redact import RedactingFilter, redact

if TYPE_CHECKING:
    from rich.progress import Progress

    from briefing.fetch import FetchReport
    from briefing.run import RunResult
    from briefing.run.estimate import Estimate
    from briefing.settings import Settings
    from briefing.stories import StoryInfo

# Each command imports the pipeline it runs inside its own body (hence PLC0415 there):
# `briefing --version`, `--help`, `prompts` and `schema` load no pipeline module
# (tests/test_cli.py pins it).

# Exit code for a bug in briefing itself (sysexits EX_SOFTWARE).
INTERNAL_ERROR = 70
APP_HELP = (
    "Turn a day's news articles into a brief you can check: every quote verbatim in its "
    "source, every claim with the sources that carry it.\n\n"
    "Start with `briefing daily FOLDER` (the sample articles in seeds/ without one), "
    "`briefing daily --feeds FEEDS` to fetch the day's articles from RSS or Atom feeds "
    "first, or `briefing stories FOLDER` to see how the day's articles group into "
    "stories.\n\n"
    "Exit codes: 0 done (also when there was nothing new); 1 a run failed; 2 a setting or "
    "argument is wrong; 3 done in part (files skipped, a feed unreadable or chunks "
    "failed, and the brief says so); 70 a bug in briefing; 130 interrupted."
)
app = typer.Typer(
    no_args_is_help=True, help=APP_HELP, context_settings={"help_option_names": ["-h", "--help"]}
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def _line(console: Console, label: str, style: str, text: str) -> None:
    """One line: a styled label, then ``text`` as it is (never read as markup) with any
    credentials in URLs hidden."""
    console.print(Text.assemble((label, style), " ", redact(text)), highlight=False, soft_wrap=True)


def _error(text: str) -> None:
    _line(err, "error:", "bold red", text)


def _warn(text: str) -> None:
    _line(err, "warning:", "yellow", text)


def _say(text: str, console: Console = out) -> None:
    console.print(Text(redact(text)), highlight=False, soft_wrap=True)


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except BriefingError as exc:
        _error(exc.one_line())
        raise typer.Exit(exc.exit_code) from None
    except (typer.Exit, typer.Abort, typer.BadParameter):
        raise
    except KeyboardInterrupt:
        _say("interrupted: what was already written and every answer received are kept", err)
        raise typer.Exit(130) from None
    except Exception as exc:  # a bug must still end in one line, not a traceback
        logging.getLogger(__name__).info("internal error", exc_info=True)
        _error(
            f"internal error ({type(exc).__name__}: {exc}) "
            "(fix: this is a bug in briefing; rerun with -v for the details and report them; "
            "files already written are kept)"
        )
        raise typer.Exit(INTERNAL_ERROR) from None


def _version(value: bool) -> None:
    if value:
        _say(f"briefing {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn a day's news articles into an analyst's brief you can check."""


def _logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(message)s")
    # Whatever a library logs (the HTTP client logs each request's URL), it is redacted.
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactingFilter())
    # The call log already has one line per request; the HTTP clients' would repeat it.
    for name in ("httpx", "httpcore", "openai"):
        logging.getLogger(name).setLevel(logging.WARNING)
    # The extractor's notes ("discarding data") are about its heuristics, not the run; a
    # page with no article is reported as such in the fetch report.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.ERROR)


def _settings(**flags: Any) -> Settings:
    from pydantic import ValidationError  # noqa: PLC0415
    from pydantic_settings import SettingsError  # noqa: PLC0415

    from briefing.settings import Settings  # noqa: PLC0415

    given = {k: v for k, v in flags.items() if v is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        raise ConfigError(
            f"setting {where}: {problem['msg']}", "fix the flag or BRIEFING_* variable"
        ) from exc
    except SettingsError as exc:  # a variable that is not even JSON (BRIEFING_PRICES)
        raise ConfigError(
            f"a setting cannot be read: {str(exc).split(' from source', 1)[0]}",
            "fix the BRIEFING_* variable (JSON for prices)",
        ) from exc


def _date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--date {value!r} is not a date", "use YYYY-MM-DD") from None


class _Bar:
    """The pipeline's Progress, drawn by rich on stderr when it is a terminal."""

    def __init__(self, bar: Progress) -> None:
        self.bar = bar
        self.task = bar.add_task("extracting chunks", total=None)

    def start(self, total: int) -> None:
        self.bar.update(self.task, total=total)

    def advance(self) -> None:
        self.bar.advance(self.task)

    def note(self, text: str) -> None:
        self.bar.update(self.task, description=text)


def _progress() -> Progress:
    from rich.progress import (  # noqa: PLC0415
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not err.is_terminal,
        transient=True,
    )


def _fetched(report: FetchReport) -> None:
    """The fetch's one-line summary, then a line per warning and per feed or page that
    failed."""
    for warning in report.warnings:
        _warn(warning)
    for feed in report.failed_feeds:
        _warn(f"feed failed: {feed.error}")
    for item in report.failed:
        _warn(f"page failed: {item.error}")
    _say(report.summary(), err)


def _skips(warnings: Sequence[str], skipped: Sequence[BriefingError]) -> None:
    """What the run will not read, or read changed: the same lines for a dry run."""
    for warning in warnings:
        _warn(warning)
    for item in skipped:
        _warn(f"skipped {item.one_line()}")


def _report(result: RunResult) -> None:
    if result.fetched:
        _fetched(result.fetched)
    _skips(result.warnings, result.skipped)
    for failure in result.missing:
        _warn(f"{failure.chunk_id} failed: {failure.error.one_line()}")
    if result.day.incomplete:
        _warn(f"{result.day.incomplete} (brief written with a banner)")
    calls = result.calls
    replayed = sum(c.replayed for c in calls)
    tokens = sum(c.prompt_tokens + c.completion_tokens for c in calls)
    briefs = result.day.stories
    _say(f"brief written to {result.folder}/brief.md")
    if not briefs:
        _say(result.day.nothing_new or "nothing new", err)
        return
    _say(
        f"{len(briefs)} {'story' if len(briefs) == 1 else 'stories'}; "
        f"{len(calls)} model calls ({replayed} replayed), {tokens} tokens; "
        f"{sum(b.counts.claims_verified for b in briefs)} verified claims, "
        f"{sum(len(b.disputed_facts) for b in briefs)} disputed facts",
        err,
    )


PathsArg = Annotated[
    list[str] | None, typer.Argument(help="Article files or folders (default: seeds/).")
]
FollowOpt = Annotated[
    bool, typer.Option("--follow-links", help="Read links that lead out of the given folders.")
]


def _paths(given: list[str] | None) -> list[Path]:
    """The paths as given; an empty one is refused rather than read as the current folder."""
    if given is None:
        return [Path("seeds")]
    if any(not p.strip() for p in given):
        raise ConfigError("an empty path was given", "pass article files or folders by name")
    return [Path(p) for p in given]


# Model options shared by `daily` and `eval`.
ModeOpt = Annotated[Mode | None, typer.Option(help="auto, replay, record or live.")]
ModelOpt = Annotated[str | None, typer.Option(help="Model name.")]
BaseUrlOpt = Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL.")]
ConcurrencyOpt = Annotated[int | None, typer.Option(help="Model calls at once.")]


FeedsOpt = Annotated[
    Path | None,
    typer.Option(help="A file of feed URLs (one per line) or an OPML export: fetch first."),
]


@app.command()
def daily(  # noqa: PLR0917 - typer maps each parameter to a CLI option
    paths: PathsArg = None,
    feeds: FeedsOpt = None,
    date: Annotated[
        str | None, typer.Option(help="Brief date, YYYY-MM-DD (default: today).")
    ] = None,
    follow_links: FollowOpt = False,
    out_dir: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("outputs"),
    mode: ModeOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    concurrency: ConcurrencyOpt = None,
    chunk_tokens: Annotated[
        int | None, typer.Option(help="Tokens per chunk (default: the extract prompt's).")
    ] = None,
    recordings: Annotated[Path | None, typer.Option(help="Recordings folder.")] = None,
    formats: Annotated[
        str, typer.Option("--format", help="Outputs: md,json,html,eml (manifest always).")
    ] = ",".join(DEFAULT_FORMATS),
    email_to: Annotated[
        str | None, typer.Option(help="Send brief.eml to ADDR[,ADDR...] by SMTP.")
    ] = None,
    variant: Annotated[
        str | None, typer.Option(help="Prompt versions, e.g. extract@v2 (default: active).")
    ] = None,
    cache_dir: Annotated[Path | None, typer.Option(help="Response cache folder.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Bypass the cache.")] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Write nothing when a chunk fails (default: brief the rest, marked; exit 3).",
        ),
    ] = False,
    allow_partial: Annotated[
        bool, typer.Option("--allow-partial", help="The default; kept for older crontabs.")
    ] = False,
    max_cost: Annotated[float | None, typer.Option(help="Cost cap in USD for live calls.")] = None,
    max_tokens: Annotated[int | None, typer.Option(help="Token cap for live calls.")] = None,
    batch: Annotated[
        bool, typer.Option("--batch", help="Map calls through the OpenAI Batch API.")
    ] = False,
    story: Annotated[
        str | None, typer.Option(help="Brief only this story (an id from `briefing stories`).")
    ] = None,
    one_story: Annotated[
        bool, typer.Option("--one-story", help="Brief all the articles as one story.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option(help="Show the stories with the calls and tokens each would cost.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every model call.")] = False,
) -> None:
    """Write today's brief (brief.md, brief.json, manifest.json) under OUT/DATE/."""
    _logging(verbose)
    with _errors():
        from briefing.deliver import send_file  # noqa: PLC0415
        from briefing.eval.variants import parse_variant  # noqa: PLC0415
        from briefing.render import Envelope  # noqa: PLC0415
        from briefing.run import estimate, run_daily  # noqa: PLC0415

        settings = _settings(
            mode=mode,
            model=model,
            base_url=base_url,
            concurrency=concurrency,
            chunk_tokens=chunk_tokens,
            recordings_dir=recordings,
            cache_dir=cache_dir,
            no_cache=no_cache or None,
            allow_partial=False if strict else (allow_partial or None),
            max_cost_usd=max_cost,
            max_tokens_total=max_tokens,
            batch=batch or None,
            one_story=one_story or None,
            follow_links=follow_links or None,
        )
        if feeds and paths:
            raise ConfigError(
                "both article paths and --feeds were given",
                "pass either article files and folders, or --feeds FILE",
            )
        targets = _paths(paths)
        day = _date(date)
        overrides = parse_variant(variant) if variant else None
        if dry_run and feeds:
            raise ConfigError("--dry-run does not fetch", "run `briefing fetch` first")
        if dry_run:
            guess = estimate(settings, targets, date=day, overrides=overrides, story=story)
            _print_estimate(guess, settings.model)
            _skips(guess.warnings, guess.skipped)
            return
        recipients = _addresses(email_to)
        chosen = _formats(formats, email=bool(recipients))
        envelope = Envelope(settings.email_from, tuple(recipients), settings.email_reply_to)
        with _progress() as bar:
            run = run_daily(
                settings,
                targets,
                date=day,
                out=out_dir,
                progress=_Bar(bar),
                formats=chosen,
                envelope=envelope,
                overrides=overrides,
                story=story,
                feeds=feeds,
            )
            result = asyncio.run(run)
        _report(result)
        if recipients:
            send_file(result.folder / "brief.eml", settings, recipients)
            _say(f"brief sent to {', '.join(recipients)}")
        if not result.complete:
            raise typer.Exit(3)


def _addresses(value: str | None) -> list[str]:
    addresses = [a.strip() for a in (value or "").split(",") if a.strip()]
    bad = [a for a in addresses if "@" not in a or any(c.isspace() for c in a)]
    if bad:
        raise ConfigError(f"not an email address: {bad[0]}", "use --email-to name@example.org")
    return addresses


def _formats(value: str, *, email: bool) -> list[str]:
    chosen = [f.strip() for f in value.split(",") if f.strip()]
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise ConfigError(
            f"unknown --format {','.join(unknown) or value!r}", f"use {','.join(FORMATS)}"
        )
    if email and "eml" not in chosen:
        chosen.append("eml")
    return list(dict.fromkeys(chosen))


@app.command(name="eval")
def eval_command(  # noqa: PLR0917 - typer maps each parameter to a CLI option
    paths: PathsArg = None,
    a: Annotated[str, typer.Option("--a", help="Variant A, e.g. extract@v1.")] = "extract@v1",
    b: Annotated[str, typer.Option("--b", help="Variant B, e.g. extract@v2.")] = "extract@v5",
    article_set: Annotated[
        str | None, typer.Option("--set", help="Named set in eval/sets.toml (default: seeds).")
    ] = None,
    gold: Annotated[Path | None, typer.Option(help="Gold annotation file.")] = None,
    judge_model: Annotated[str | None, typer.Option(help="Judge model (default: --model).")] = None,
    repeats: Annotated[int, typer.Option(min=1, max=20, help="Repeat each run (live).")] = 1,
    out_dir: Annotated[Path, typer.Option("--out", help="Report folder.")] = Path("outputs/eval"),
    mode: ModeOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    concurrency: ConcurrencyOpt = None,
    fail_on_regression: Annotated[
        bool, typer.Option(help="Exit 3 when B is worse on a gated metric (see the report).")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every call.")] = False,
) -> None:
    """Compare prompt variant B with A on the same articles; write report.{json,md,html}."""
    _logging(verbose)
    with _errors():
        from briefing.eval.run import article_set as article_set_of  # noqa: PLC0415
        from briefing.eval.run import run_evaluation  # noqa: PLC0415
        from briefing.eval.variants import parse_variant  # noqa: PLC0415

        settings = _settings(mode=mode, model=model, base_url=base_url, concurrency=concurrency)
        chosen = article_set_of(article_set or "seeds") if not paths else None
        targets = _paths(paths) if paths else (chosen.paths if chosen else [])
        gold_path = gold or (chosen.gold if chosen else None)
        variants = (parse_variant(a), parse_variant(b))
        run = run_evaluation(
            settings,
            targets,
            variants,
            gold_path=gold_path,
            judge_model=judge_model,
            repeats=repeats,
            out=out_dir,
        )
        report, folder = asyncio.run(run)
        _say(f"report written to {folder}/report.md")
        if report.judge_bias.inconclusive:
            _say(f"note: {report.judge_bias.note}", err)
        if report.regressions:
            _say(f"B is worse on: {', '.join(report.regressions)}", err)
            if fail_on_regression:
                raise typer.Exit(3)


@app.command(
    help="Fetch the day's new articles from FEEDS into OUT/DATE/articles/ (no model call)."
    "\n\nPages are read politely (robots.txt, two requests at a time per site, nothing "
    "downloaded twice) and stored with their title, outlet, author, address and date, so "
    "`briefing daily OUT/DATE/articles` briefs them offline. Items fetched before, dated "
    "outside the day, or not articles are skipped; the reasons are in OUT/DATE/fetch.json."
    "\n\nExit 3 when a feed could not be read."
)
def fetch(
    feeds: Annotated[Path, typer.Argument(help="Feed URLs, one per line, or an OPML export.")],
    date: Annotated[
        str | None, typer.Option(help="Day to fetch for, YYYY-MM-DD (default: today).")
    ] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("outputs"),
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every request.")] = False,
) -> None:
    """Fetch the day's new articles from FEEDS (see the command's help)."""
    _logging(verbose)
    with _errors():
        from briefing.fetch import fetch_day  # noqa: PLC0415

        report = asyncio.run(fetch_day(_settings(), feeds, date=_date(date), out=out_dir))
        _fetched(report)
        _say(f"articles in {report.folder}")
        if report.failed_feeds:
            raise typer.Exit(3)


@app.command()
def send(
    path: Annotated[Path, typer.Argument(help="A brief.eml written by briefing daily.")],
    to: Annotated[str | None, typer.Option(help="ADDR[,ADDR...] (default: its To).")] = None,
) -> None:
    """Send (or re-send) a written brief.eml through BRIEFING_SMTP_URL."""
    with _errors():
        from briefing.deliver import send_file  # noqa: PLC0415

        recipients = _addresses(to)
        send_file(path, _settings(), recipients)
        _say(f"sent {path}")


def _story_lines(info: StoryInfo, extra: str = "") -> str:
    """A story in three lines: rank, id, weight and dates; title; member articles."""
    from briefing.render.templates import counted  # noqa: PLC0415

    first = info.first_date.isoformat() if info.first_date else "undated"
    last = info.last_date.isoformat() if info.last_date else "undated"
    dates = first if first == last else f"{first} to {last}"
    notes = "".join(
        [" · stale" if info.stale_only else "", " · short entry" if info.short else "", extra]
    )
    return (
        f"{info.rank:>3}  {info.id}  {counted(len(info.articles), 'article')}, "
        f"{info.independent_sources} independent · {dates}{notes}\n"
        f"     {info.title}\n"
        f"     {', '.join(info.articles)}"
    )


def _print_estimate(guess: Estimate, model: str) -> None:
    from briefing.render.templates import counted  # noqa: PLC0415

    for item in guess.stories:
        extra = f" · {counted(item.calls, 'call')}, ≈ {item.prompt_tokens} prompt tokens"
        out.print(_story_lines(item.story, extra), highlight=False, markup=False)
    cost = (
        "unknown (no price for this model)" if guess.cost_usd is None else f"${guess.cost_usd:.4f}"
    )
    prompts = ", ".join(f"{stage} {v.split()[0]}" for stage, v in guess.prompts.items())
    out.print(
        f"{guess.articles} articles in {counted(len(guess.stories), 'story', 'stories')}, "
        f"{guess.chunks} chunks, {guess.source_tokens} source tokens ({prompts})\n"
        f"prompt tokens ≈ {guess.map_prompt_tokens}, output tokens ≤ {guess.max_output_tokens}\n"
        f"estimated cost ≤ {cost} with {model}",
        highlight=False,
        markup=False,
    )


@app.command()
def stories(
    paths: PathsArg = None,
    date: Annotated[
        str | None, typer.Option(help="Day the stories are ranked for (default: today).")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON document, for scripts.")
    ] = False,
    follow_links: FollowOpt = False,
) -> None:
    """List the day's stories (id, size, independent sources, dates, title); no model call."""
    with _errors():
        from briefing.stories.list import list_stories  # noqa: PLC0415

        settings = _settings(follow_links=follow_links or None)
        found = list_stories(settings, _paths(paths), _date(date))
        if as_json:
            sys.stdout.write(json.dumps(found.as_json(), indent=2, ensure_ascii=False) + "\n")
        else:
            for info in found.stories:
                out.print(_story_lines(info), highlight=False, markup=False)
        for skipped in found.skipped:
            _warn(f"skipped {skipped.one_line()}")


@app.command()
def prompts(
    release: Annotated[bool, typer.Option("--release", help="Lock unreleased versions.")] = False,
) -> None:
    """List prompt stages, versions, hashes and descriptions."""
    with _errors():
        from rich.table import Table  # noqa: PLC0415

        from briefing.prompting import PromptLibrary  # noqa: PLC0415

        library = PromptLibrary(_settings().prompts_dir)
        if release:
            for name in library.release_new():
                _say(f"released {name}")
        active = library.active_versions()
        table = Table("stage", "version", "sha256", "status", "description")
        for t in library.all():
            mark = " (active)" if active.get(t.stage) == t.version else ""
            cells = (
                t.stage,
                t.version + mark,
                t.sha256[:12],
                library.status(t),
                t.meta.description,
            )
            table.add_row(*(Text(c) for c in cells))
        out.print(table)


@app.command(
    help="Print what changed between two briefs (new and gone stories, new actors, "
    "disputes, figures, outlook), computed in code with no model call."
)
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier brief.json.")],
    new: Annotated[Path, typer.Argument(help="The later brief.json.")],
) -> None:
    """Print what changed between two briefs."""
    with _errors():
        from briefing.render.markdown import since_markdown  # noqa: PLC0415
        from briefing.since.earlier import diff_files  # noqa: PLC0415

        _say(since_markdown(diff_files(old, new)))


@app.command()
def schema() -> None:
    """Print the JSON Schema of brief.json (the day: a list of story briefs)."""
    from briefing.brief import Day  # noqa: PLC0415

    sys.stdout.write(json.dumps(Day.model_json_schema(), indent=2) + "\n")


def main() -> None:
    """Console-script entry point."""
    app()
