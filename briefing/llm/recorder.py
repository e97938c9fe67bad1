"""Record once, replay always.

Every model request goes through the Recorder, keyed by the sha256 of its canonical body
(model, messages, schema, sampling parameters), never by URL. A recording is one
pretty-printed JSON file, ``<dir>/<stage>/<version>/<key>.json``, holding the request, the
answer and its provenance; no headers, so no credentials.

Modes:
    replay  serve recordings; a miss is an error naming the prompt, version and subject
    record  serve recordings; make the missing calls live and record them
    live    always call the model; write nothing
    auto    serve recordings; on a miss call live when an endpoint is configured,
            else the replay-miss error
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.metadata
import json
import logging
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from briefing.choices import Mode
from briefing.errors import ConfigError, CorruptRecording, RecordingError, ReplayMiss
from briefing.files import write_atomic
from briefing.llm.budget import Budget
from briefing.llm.types import ChatModel, ChatRequest, Completion

log = logging.getLogger("briefing.llm")
RECORD_COMMAND = "scripts/record_local.sh (local model) or briefing daily --mode record"
FORMAT = 1


class CallTag(BaseModel):
    """What a request is for: the prompt that produced it and the chunk or step it serves."""

    stage: str
    version: str
    prompt_sha256: str
    subject: str


class Provenance(BaseModel):
    """Where a recorded answer came from."""

    model: str
    served_model: str
    endpoint_kind: str
    recorded_at: str
    client: str


class Recording(BaseModel):
    """One recorded request and its answer."""

    format: int
    key: str
    prompt: CallTag
    provenance: Provenance
    request: dict[str, Any]
    response: Completion


@functools.cache
def _client_version() -> str:
    versions = (f"{name} {importlib.metadata.version(name)}" for name in ("briefing", "openai"))
    return ", ".join(versions)


class RecordingStore:
    """Recording files under one folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, tag: CallTag, key: str) -> Path:
        """Where the recording of ``key`` lives."""
        return self.root / tag.stage / tag.version / f"{key}.json"

    def get(self, tag: CallTag, request: ChatRequest) -> Recording | None:
        """The recording of ``request``, or None."""
        path = self.path(tag, request.key())
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            # A directory where the file should be, a truncated UTF-8 character, no access.
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 (truncated?)"
            raise CorruptRecording(
                f"recording {path} cannot be read: {reason}",
                f"delete it and record again with {RECORD_COMMAND}",
            ) from exc
        try:
            recording = Recording.model_validate_json(text)
        except ValidationError as exc:
            raise CorruptRecording(
                f"recording {path} is unreadable: {exc.error_count()} problems",
                f"delete it and record again with {RECORD_COMMAND}",
            ) from exc
        if recording.request != request.payload():
            raise CorruptRecording(
                f"recording {path} does not hold the request its name says",
                f"delete it and record again with {RECORD_COMMAND}",
            )
        return recording

    def put(self, recording: Recording) -> Path:
        """Write ``recording`` (atomically); RecordingError when the folder cannot take it."""
        path = self.path(recording.prompt, recording.key)
        text = json.dumps(recording.model_dump(), indent=2, ensure_ascii=False) + "\n"
        try:
            write_atomic(path, text)
        except OSError as exc:
            raise RecordingError(
                f"cannot write {path}: {exc.strerror or exc}",
                f"make {self.root} a writable folder",
            ) from exc
        return path

    def same_subject(self, tag: CallTag) -> list[Recording]:
        """Recordings of any version of the same stage for the same subject."""
        found = []
        for path in sorted((self.root / tag.stage).glob("*/*.json")):
            try:
                recording = Recording.model_validate_json(path.read_text(encoding="utf-8"))
            except (OSError, ValidationError):
                continue
            if recording.prompt.subject == tag.subject:
                found.append(recording)
        return found


def _miss_reason(store: RecordingStore, tag: CallTag, request: ChatRequest) -> str:
    others = store.same_subject(tag)
    if not others:
        return f"nothing is recorded for {tag.stage} on {tag.subject}"
    latest = others[-1]
    if latest.prompt.version != tag.version:
        return f"recorded with {tag.stage}/{latest.prompt.version}, now {tag.version}"
    if latest.prompt.prompt_sha256 != tag.prompt_sha256:
        return f"prompt {tag.stage}/{tag.version} changed since it was recorded"
    if latest.provenance.model != request.model:
        return f"recorded with model {latest.provenance.model}, now {request.model}"
    return "the input (article text, chunking or an earlier answer) changed"


Source = Literal["recording", "cache", "live"]


class Recorder:
    """Serves requests from recordings, the response cache and/or a live model, by mode.

    The cache (``cache``, None to bypass it) keeps every successful live answer on disk as
    soon as it arrives, keyed like the recordings, so a run that dies half-way resumes with
    only the calls still missing. A replay never reads or writes it.
    """

    def __init__(
        self,
        store: RecordingStore,
        mode: Mode,
        live: ChatModel | None,
        cache: RecordingStore | None = None,
        budget: Budget | None = None,
    ) -> None:
        if mode in ("record", "live") and live is None:
            raise ConfigError(
                f"--mode {mode} needs a model endpoint",
                "set OPENAI_API_KEY, or --base-url for an OpenAI-compatible server",
            )
        self.store, self.mode, self.live = store, mode, live
        self.cache = cache if mode != "replay" else None
        self.budget = budget
        self._kind: str | None = None

    async def complete(self, request: ChatRequest, tag: CallTag) -> tuple[Completion, Source]:
        """The answer to ``request`` and where it came from."""
        if self.mode != "live":
            recording = self.store.get(tag, request)
            if recording is not None:
                return recording.response, "recording"
        cached = self._cached(tag, request)
        if cached is not None:
            return cached.response, "cache"
        if self.live is None or self.mode == "replay":
            raise self._miss(request, tag)
        if self.budget is not None:
            self.budget.check()
        completion = await self.live.complete(request)
        if self.budget is not None:
            self.budget.charge(completion.usage)
        if self.mode == "record":
            self._kind = self._kind or await self.live.endpoint_kind()
            self.store.put(self._recording(request, tag, completion))
        self._keep(self._recording(request, tag, completion))
        return completion, "live"

    def _keep(self, recording: Recording) -> None:
        """Cache a paid answer; a cache that cannot take it costs a warning, not the run."""
        if self.cache is None:
            return
        try:
            self.cache.put(recording)
        except RecordingError as exc:
            log.warning("warning: the answer was not cached: %s", exc.one_line())

    def prefill(self, request: ChatRequest, tag: CallTag, completion: Completion) -> None:
        """Store an answer obtained outside ``complete`` (a batch) as a live one would be."""
        if self.cache is None:
            raise ConfigError("batch answers need the response cache", "drop --no-cache")
        if self.budget is not None:
            self.budget.charge(completion.usage)
        recording = self._recording(request, tag, completion)
        if self.mode == "record":
            self.store.put(recording)
        self._keep(recording)

    def has(self, request: ChatRequest, tag: CallTag) -> bool:
        """Whether ``request`` would be answered without calling the model."""
        key = request.key()
        stores = ([self.store] if self.mode != "live" else []) + (
            [self.cache] if self.cache else []
        )
        return any(store.path(tag, key).exists() for store in stores)

    def _cached(self, tag: CallTag, request: ChatRequest) -> Recording | None:
        if self.cache is None:
            return None
        try:
            return self.cache.get(tag, request)
        except CorruptRecording as exc:
            log.warning("warning: %s; asking the model again", exc.message)
            return None

    def _miss(self, request: ChatRequest, tag: CallTag) -> ReplayMiss:
        reason = _miss_reason(self.store, tag, request)
        return ReplayMiss(
            f"no recording for prompt {tag.stage}/{tag.version} on {tag.subject} "
            f"with model {request.model} ({reason})",
            f"record it: {RECORD_COMMAND}; or run live with an endpoint configured",
        )

    def _recording(self, request: ChatRequest, tag: CallTag, completion: Completion) -> Recording:
        provenance = Provenance(
            model=request.model,
            served_model=completion.served_model,
            endpoint_kind=self._kind or "not detected",
            recorded_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            client=_client_version(),
        )
        return Recording(
            format=FORMAT,
            key=request.key(),
            prompt=tag,
            provenance=provenance,
            request=request.payload(),
            response=completion,
        )
