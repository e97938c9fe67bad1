"""The command line: outputs, errors as one line with a fix, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from briefing.files import LOCK_FILE
from briefing.prompting import PromptLibrary
from briefing.settings import Settings
from tests.conftest import SEEDS
from tests.fakes.openai_server import serve
from tests.fakes.runs import seed_chunks
from tests.fakes.schema_answers import answer

runner = CliRunner()


def test_daily_replays_the_seeds_offline(tmp_path: Path) -> None:
    result = runner.invoke(app, ["daily", "--date", "2026-01-07", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "2026-01-07"
    assert f"brief written to {folder}/brief.md" in result.stdout
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["brief.html", "brief.json", "brief.md", "manifest.json"]


def test_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["daily", "--date", "tomorrow", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "use YYYY-MM-DD" in result.output


def test_replay_miss_is_one_line_naming_prompt_chunk_and_fix(tmp_path: Path) -> None:
    article = tmp_path / "new.txt"
    article.write_text("A brand new article that nobody has recorded yet.\n")
    result = runner.invoke(app, ["daily", str(article), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    line = " ".join(result.output.split())
    assert f"extract/{PromptLibrary().active('extract').version} on new#1" in line
    assert "record_local.sh" in line
    assert not (tmp_path / "o").exists()


def test_no_usable_articles_names_the_path(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["daily", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert str(tmp_path) in result.output


def test_a_day_with_nothing_new_is_a_short_brief_and_exit_0(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    out = tmp_path / "o"
    args = ["daily", str(tmp_path / "in"), "--out", str(out), "--date", "2026-04-22"]
    result = runner.invoke(app, [*args, "--format", "md,json,html,eml"])
    assert result.exit_code == 0, result.output
    brief = (out / "2026-04-22" / "brief.md").read_text(encoding="utf-8")
    assert brief.startswith("# Brief for 2026-04-22: nothing new")
    assert f"No new articles in {tmp_path / 'in'}." in brief
    assert (
        "Subject: Brief 2026-04-22: nothing new" in (out / "2026-04-22" / "brief.eml").read_text()
    )
    missing = runner.invoke(app, ["daily", str(tmp_path / "typo"), "--out", str(out)])
    assert missing.exit_code == 2


def test_record_mode_without_endpoint_says_what_to_set(tmp_path: Path) -> None:
    result = runner.invoke(app, ["daily", str(SEEDS), "--mode", "record", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.output


def test_dry_run_estimates_without_calls(tmp_path: Path) -> None:
    result = runner.invoke(app, ["daily", "--dry-run", "--model", "gpt-4o-mini"])
    assert result.exit_code == 0, result.output
    assert f"5 articles in 1 story, {seed_chunks()} chunks" in result.stdout
    assert "$" in result.stdout


def test_dry_run_counts_the_chosen_variant(tmp_path: Path) -> None:
    """The estimate uses the run's own context: --variant changes the prompts counted."""
    base = ["daily", "--dry-run", "--model", "gpt-4o-mini"]
    v1 = runner.invoke(app, [*base, "--variant", "extract@v1"])
    v5 = runner.invoke(app, [*base, "--variant", "extract@v5"])
    assert v1.exit_code == v5.exit_code == 0, v1.output + v5.output
    assert "extract v1" in v1.stdout
    assert "extract v5" in v5.stdout
    tokens = [line for r in (v1, v5) for line in r.stdout.splitlines() if "prompt tokens" in line]
    assert tokens[0] != tokens[1]


def test_schema_prints_the_brief_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "Day"
    assert "stories" in schema["properties"]
    assert "disputed_facts" in schema["$defs"]["Brief"]["properties"]


def test_prompts_lists_versions() -> None:
    result = runner.invoke(app, ["prompts"])
    assert result.exit_code == 0
    for stage in ("extract", "disputes", "outlook", "summary", "judge", "baseline"):
        assert stage in result.stdout


def test_a_live_run_writes_the_key_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "sk-live-" + "Zq9" * 14
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    with serve(answer) as (url, server):
        result = runner.invoke(
            app,
            [
                "daily",
                str(SEEDS),
                "--mode",
                "record",
                "--base-url",
                url,
                "--recordings",
                str(tmp_path / "rec"),
                "--out",
                str(tmp_path / "out"),
                "--date",
                "2026-01-07",
            ],
        )
    assert result.exit_code == 0, result.output
    calls = seed_chunks() + 4
    assert len(server.requests) == calls, "chunk extractions and 4 reduce calls"
    assert secret not in result.output
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != LOCK_FILE]
    assert len(written) == calls + calls + 4, "a recording and a cached answer per call, 4 outputs"
    for path in written:
        assert secret not in path.read_text(encoding="utf-8"), path


def test_a_bug_ends_in_one_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("oops")

    monkeypatch.setattr("briefing.run.run_daily", broken)
    result = runner.invoke(app, ["daily", "--out", str(tmp_path)])
    assert result.exit_code == 70
    assert "Traceback" not in result.output
    line = " ".join(result.output.split())
    assert "internal error (KeyError: 'oops')" in line
    assert "rerun with -v" in line


def _loaded_by(imports: str, packages: tuple[str, ...]) -> list[str]:
    """The modules of ``packages`` a fresh interpreter holds after ``import imports``."""
    code = (
        f"import sys, {imports}; "
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{packages!r})))"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()


def test_version_and_help_load_no_pipeline_module() -> None:
    """`briefing --version` and `-h` answer at once: importing the CLI loads no stage of
    the pipeline, no model client and no scikit-learn (each command imports its own)."""
    found = _loaded_by(
        "briefing.cli", ("briefing", "sklearn", "openai", "jinja2", "pydantic", "tiktoken", "numpy")
    )
    assert found == [
        "briefing",
        "briefing.choices",
        "briefing.cli",
        "briefing.errors",
        "briefing.redact",
    ]


def test_the_brief_and_story_models_load_without_their_builders() -> None:
    """Reading a brief (`schema`, `diff`, the renderers) needs its models, not the build
    behind them nor the clustering (numpy, SciPy)."""
    loaded = _loaded_by("briefing.brief, briefing.stories", ("briefing", "numpy", "scipy"))
    for heavy in ("numpy", "scipy", "briefing.brief.build", "briefing.stories.group"):
        assert heavy not in loaded
    from briefing.brief import build_brief
    from briefing.stories import group_stories

    assert callable(build_brief)
    assert callable(group_stories)


def test_replaying_a_day_loads_no_heavy_optional_module(tmp_path: Path) -> None:
    """A replayed day of files needs neither scikit-learn (0.7 s of import: the stories
    cluster with SciPy), nor dateparser, nor the fetch stack, nor the model client."""
    code = (
        "import sys\n"
        "from briefing.cli import main\n"
        f"sys.argv = ['briefing', 'daily', {str(SEEDS)!r}, '--out', {str(tmp_path)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "numpy" in loaded  # the run did cluster
    for heavy in ("sklearn", "dateparser", "httpx", "feedparser", "trafilatura", "openai"):
        assert heavy not in loaded


def test_h_is_help_everywhere() -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["-h"]).exit_code == 0
    result = runner.invoke(app, ["daily", "-h"])
    assert result.exit_code == 0
    assert "--dry-run" in result.output


def test_the_dry_run_says_what_the_run_would_skip(tmp_path: Path) -> None:
    folder = tmp_path / "day"
    folder.mkdir()
    (folder / "one.txt").write_text(
        (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text()
    )
    outside = tmp_path / "outside.txt"
    outside.write_text("An article outside the folder. It has sentences of its own.")
    (folder / "link.txt").symlink_to(outside)
    result = CliRunner().invoke(app, ["daily", str(folder), "--dry-run", "--date", "2026-01-07"])
    assert result.exit_code == 0
    assert "skipped" in result.output
    assert "link.txt" in result.output


def test_the_readme_configuration_table_lists_every_setting() -> None:

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = {line.split("|")[1].strip(" `") for line in table.splitlines() if line.startswith("| `")}
    assert rows == set(Settings.model_fields)
