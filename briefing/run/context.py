"""The run context, built once per run and passed to every stage function: settings, the
prompt library and the version of every stage the run uses, the recorder (recordings,
cache, budget) and the model behind it."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.brief import RunInfo
from briefing.llm import Budget, CallLog, ChatModel, Recorder, RecordingStore, StructuredCaller
from briefing.prompting import PromptLibrary
from briefing.redact import redact
from briefing.settings import Settings

DEFAULT_CHUNK_TOKENS = 800
REDUCE_STAGES = ("proposals", "disputes", "outlook", "summary")
STAGES = ("extract", *REDUCE_STAGES)
# What `briefing eval` uses besides the brief's own stages.
EVAL_STAGES = (*STAGES, "judge", "baseline")


def prompt_versions(
    library: PromptLibrary, overrides: Mapping[str, str], stages: Sequence[str] = STAGES
) -> dict[str, str]:
    """Stage -> version for this run; every used version must be unchanged if released."""
    versions = {stage: library.active(stage, overrides).version for stage in stages}
    for stage, version in versions.items():
        library.check_released(library.get(stage, version))
    return versions


def chunk_budget(settings: Settings, library: PromptLibrary, versions: Mapping[str, str]) -> int:
    """Tokens per chunk: the setting, else what the extract prompt was written for."""
    extract = library.active("extract", versions).meta.chunk_tokens
    return settings.chunk_tokens or extract or DEFAULT_CHUNK_TOKENS


def cache_folder(settings: Settings) -> Path:
    """The response cache of this endpoint: answers from one server are never served as
    another's (the folder is named by the endpoint's URL, credentials left out)."""
    url = redact(settings.base_url or "https://api.openai.com/v1").rstrip("/")
    return settings.cache_dir / f"endpoint-{hashlib.sha256(url.encode()).hexdigest()[:12]}"


@dataclass(frozen=True)
class RunContext:
    """Everything a stage needs besides its input; ``live`` answers recording misses."""

    settings: Settings
    library: PromptLibrary
    versions: dict[str, str]
    chunk_tokens: int
    recorder: Recorder
    budget: Budget | None

    @classmethod
    def create(
        cls,
        settings: Settings,
        live: ChatModel | None,
        overrides: Mapping[str, str] | None = None,
        stages: Sequence[str] = STAGES,
    ) -> RunContext:
        """The context of one run; ``overrides`` pins prompt versions (``--variant``)."""
        library = PromptLibrary(settings.prompts_dir)
        versions = prompt_versions(library, overrides or {}, stages)
        cache = None if settings.no_cache else RecordingStore(cache_folder(settings))
        capped = settings.max_cost_usd is not None or settings.max_tokens_total is not None
        budget = Budget(settings) if capped and settings.mode != "replay" else None
        recorder = Recorder(
            RecordingStore(settings.recordings_dir), settings.mode, live, cache, budget
        )
        tokens = chunk_budget(settings, library, versions)
        return cls(settings, library, versions, tokens, recorder, budget)

    def caller(self, log: CallLog) -> StructuredCaller:
        """A caller that logs into ``log``."""
        return StructuredCaller(self.recorder, self.settings, log)

    def run_info(self) -> RunInfo:
        """Model and the brief's prompt versions, as recorded in the brief."""
        prompts = {
            stage: f"{version} {self.library.get(stage, version).sha256[:12]}"
            for stage, version in self.versions.items()
            if stage in STAGES
        }
        return RunInfo(model=self.settings.model, prompts=prompts, chunk_tokens=self.chunk_tokens)
