"""Run settings, from (highest first) CLI flags, environment, ``[tool.briefing]`` in
``./pyproject.toml``, then built-in defaults."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs
from pydantic import AliasChoices, BaseModel, Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    PyprojectTomlConfigSettingsSource,
    SettingsConfigDict,
)

from briefing.choices import Mode
from briefing.defaults import MAX_ARTICLE_BYTES, REWRITE_SHARE, STALE_AFTER_DAYS


class Price(BaseModel):
    """USD per million tokens."""

    input: float = Field(ge=0)
    output: float = Field(ge=0)


class _Sources(BaseSettings):
    """Where settings come from and the checks that need code: flags, then BRIEFING_*
    variables, then [tool.briefing] in ./pyproject.toml."""

    model_config = SettingsConfigDict(
        env_prefix="BRIEFING_",
        pyproject_toml_table_header=("tool", "briefing"),
        extra="forbid",
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # No .env or secrets-dir sources: keys come from the environment only.
        del dotenv_settings, file_secret_settings
        pyproject = PyprojectTomlConfigSettingsSource(settings_cls)
        return (init_settings, env_settings, pyproject)

    @field_validator("base_url", check_fields=False)
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        # Checked here so a malformed URL is a one-line setting error, never a traceback
        # from the HTTP client that quotes it (password included).
        if value is None:
            return value
        parts = urlsplit(value)
        try:
            parts.port  # noqa: B018 - raises on a password holding an unencoded / or #
        except ValueError:
            parts = parts._replace(netloc="")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(
                "not an http(s) URL with a host; percent-encode # / @ : in a user or password"
            )
        return value

    @field_validator("email_from", "email_reply_to", check_fields=False)
    @classmethod
    def _header(cls, value: str | None) -> str | None:
        if value is not None and any(unicodedata.category(c)[0] == "C" for c in value):
            raise ValueError("holds a line break or control character")
        return value


class Settings(_Sources):
    """Everything a run can be configured with; see README, "Configuration" (a table
    of every field, its variable, default and description; tests/test_cli.py checks it)."""

    model: str = Field("gpt-4o-mini", description="Model name sent to the endpoint.")
    base_url: str | None = Field(
        None,
        validation_alias=AliasChoices("base_url", "BRIEFING_BASE_URL", "OPENAI_BASE_URL"),
        description="OpenAI-compatible endpoint; None means api.openai.com.",
    )
    api_key: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("api_key", "BRIEFING_API_KEY", "OPENAI_API_KEY"),
        description="The endpoint's key (also OPENAI_API_KEY); never written anywhere.",
    )
    endpoint_kind: str | None = Field(
        None, description="Override the detected endpoint kind stored in recordings."
    )
    mode: Mode = Field("auto", description="auto, replay, record or live (see Recording).")
    concurrency: int = Field(4, ge=1, le=64, description="Model calls at once.")
    chunk_tokens: int | None = Field(
        None, ge=100, le=32000, description="Tokens per chunk; None: the extract prompt's own."
    )
    chunk_overlap_tokens: int = Field(60, ge=0, le=400, description="Tokens chunks share.")
    rewrite_share: float = Field(
        REWRITE_SHARE,
        ge=0,
        le=1,
        description="Share of own words copied from another: a rewrite (0: off).",
    )
    stale_after_days: int = Field(
        STALE_AFTER_DAYS,
        ge=0,
        description="Days before the newest reported event after which a source is stale.",
    )
    follow_links: bool = Field(
        False, description="Read links in the article folders that lead out of them."
    )
    max_article_bytes: int = Field(
        MAX_ARTICLE_BYTES, ge=1000, description="Files larger than this are skipped with a warning."
    )
    one_story: bool = Field(
        False, description="Brief every article as one story (a folder on a single subject)."
    )
    story_distance: float = Field(
        0.915, gt=0, lt=1, description="Mean cosine distance within which a lone article joins."
    )
    story_core_distance: float = Field(
        0.80, gt=0, lt=1, description="Mean cosine distance within which reports are one story."
    )
    story_window_days: int = Field(
        30, ge=1, description="Dated articles further apart must be that much more alike."
    )
    story_core_window_days: int = Field(
        7,
        ge=1,
        description="Reports further apart must be that much more alike to be one event "
        "(at most story_window_days; a lone article still joins under story_window_days).",
    )
    fetch_window_days: int = Field(
        1,
        ge=0,
        le=365,
        description="`fetch`: items published more than this many days before the brief's "
        "date are skipped (0: the brief's date only).",
    )
    fetch_timeout_s: float = Field(20.0, gt=0, description="`fetch`: seconds per request.")
    fetch_deadline_s: float = Field(
        60.0, gt=0, description="`fetch`: seconds a whole request may take (all its reads)."
    )
    fetch_attempts: int = Field(3, ge=1, le=10, description="`fetch`: tries per request.")
    fetch_backoff_s: float = Field(1.0, gt=0, description="`fetch`: base of the backoff.")
    fetch_max_bytes: int = Field(
        5_000_000, ge=10_000, description="`fetch`: larger pages and feeds are not read."
    )
    fetch_allow_hosts: list[str] = Field(
        default_factory=list,
        description="`fetch`: hosts requested even at a private or loopback address (the "
        "feed list's own hosts always are).",
    )
    fetch_per_host: int = Field(2, ge=1, le=16, description="`fetch`: requests at once per host.")
    fetch_concurrency: int = Field(8, ge=1, le=64, description="`fetch`: requests at once.")
    user_agent: str = Field(
        "briefing/{version} (daily news brief; respects robots.txt)",
        max_length=200,
        description="`fetch`: the User-Agent sent, and the name robots.txt rules are read for.",
    )
    reduce_budget_tokens: int = Field(
        5000, ge=500, description="Tokens of ranked facts the summary reads at most."
    )
    request_timeout_s: float = Field(300.0, gt=0, description="Seconds per model request.")
    max_attempts: int = Field(5, ge=1, le=20, description="Transport attempts per request.")
    max_reasks: int = Field(2, ge=0, le=2, description="Re-asks of an invalid answer.")
    stream: bool = Field(
        True, description="Stream answers, so a looping one is stopped early (off: no streaming)."
    )
    seed: int = Field(7, description="Sampling seed sent with every request.")
    recordings_dir: Path = Field(Path("recordings"), description="Recorded responses.")
    cache_dir: Path = Field(
        default_factory=lambda: Path(platformdirs.user_cache_dir("briefing")) / "responses",
        description="Where every successful live answer is kept (resume, incremental runs).",
    )
    no_cache: bool = Field(False, description="Bypass the response cache.")
    max_cost_usd: float | None = Field(None, gt=0, description="Cost cap for live calls.")
    max_tokens_total: int | None = Field(None, gt=0, description="Token cap for live calls.")
    retry_backoff_s: float = Field(1.0, gt=0, description="Base of the exponential backoff.")
    allow_partial: bool = Field(
        True,
        description="Brief what succeeded when chunks fail (marked, exit 3); false: --strict.",
    )
    batch: bool = Field(False, description="Send the map calls through the Batch API.")
    batch_poll_s: float = Field(5.0, gt=0, description="First wait between batch polls.")
    prompts_dir: Path | None = Field(None, description="Prompt folder (default: prompts/).")
    prices: dict[str, Price] = Field(
        default_factory=dict, description="USD per million tokens by model (JSON)."
    )
    smtp_url: SecretStr | None = Field(
        None, description="smtp://[user[:password]@]host[:port] (STARTTLS) or smtps://..."
    )
    smtp_password: SecretStr | None = Field(None, description="Or user:password@ in the URL.")
    smtp_timeout_s: float = Field(30.0, gt=0, description="Seconds per SMTP step.")
    email_from: str = Field("briefing@localhost", description="The From header of brief.eml.")
    email_reply_to: str | None = Field(None, description="Its Reply-To header.")

    def endpoint_configured(self) -> bool:
        """True when a live call has somewhere to go (a key or an explicit endpoint)."""
        return self.api_key is not None or self.base_url is not None
