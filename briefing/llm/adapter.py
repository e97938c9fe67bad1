"""The model adapter: the only module that imports ``openai``.

Talks Chat Completions to OpenAI or any OpenAI-compatible server (Azure, vLLM, Ollama,
llama.cpp). The SDK's own retries are off so that one policy rules: transient failures
(429 honouring Retry-After, 5xx, timeouts, lost connections) are retried with exponential
backoff and jitter; other 4xx answers are not.

Answers are streamed (setting ``stream``) so that one caught in a loop is stopped as soon
as briefing.llm.repeats sees it, not at ``max_tokens``: it comes back with finish reason
``repeating`` and what was written before the loop, and ``request_timeout_s`` bounds the
whole answer, as it bounds a request that is not streamed.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import time
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import urlsplit

import httpx
import openai
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletion
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    stop_after_attempt,
    wait_random_exponential,
)

from briefing.chunks import count_tokens
from briefing.errors import ConfigError, EndpointError, TransientEndpointError
from briefing.llm.repeats import looping
from briefing.llm.types import BatchState, ChatRequest, Completion, Usage
from briefing.settings import Settings

_MAX_RETRY_AFTER_S = 120.0
_LOOPBACK = ("127.0.0.1", "localhost", "::1")

# Tests set this to False (tests/conftest.py): then only loopback endpoints, i.e. the
# tests' own fake servers, can be reached, and no test can call a real model by accident.
ALLOW_MODEL_REQUESTS = True
URL: Final = "/v1/chat/completions"
_OWNERS = {"llamacpp": "llama.cpp", "vllm": "vllm", "library": "ollama", "ollama": "ollama"}
# Characters streamed between two looks for a loop (a look costs about a millisecond).
_LOOK_EVERY = 256


def endpoint_label(base_url: str | None) -> str:
    """scheme://host[:port] of the endpoint, without credentials, path or query."""
    if not base_url:
        return "https://api.openai.com"
    parts = urlsplit(base_url)
    host = parts.hostname or "?"
    return f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")


def _retry_after(headers: Any) -> float | None:
    if headers is None:
        return None
    if (ms := headers.get("retry-after-ms")) is not None:
        return float(ms) / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    if value.strip().isdigit():
        return float(value)
    when = email.utils.parsedate_to_datetime(value)
    return max(0.0, when.timestamp() - time.time())


def _hint_for(status: int, endpoint: str) -> str:
    hints = {
        401: "set OPENAI_API_KEY (or BRIEFING_API_KEY) to a valid key",
        403: "check the key's permissions for this model",
        404: f"check --model and --base-url ({endpoint})",
    }
    return hints.get(status, "check the request and the endpoint's documentation")


def _translate(exc: openai.OpenAIError, endpoint: str) -> EndpointError:
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        detail = f"{endpoint} answered HTTP {status}: {exc.message}"
        if status == 429 or status >= 500:
            after = _retry_after(exc.response.headers)
            return TransientEndpointError(detail, "retry later", status, after)
        return EndpointError(detail, _hint_for(status, endpoint), status)
    if isinstance(exc, openai.APITimeoutError):
        return TransientEndpointError(f"{endpoint} timed out", "raise BRIEFING_REQUEST_TIMEOUT_S")
    if isinstance(exc, openai.APIConnectionError):
        return TransientEndpointError(
            f"cannot connect to {endpoint}", "check that the server runs and --base-url is right"
        )
    return EndpointError(f"{endpoint}: {exc}", "check the endpoint")


class _Wait(wait_random_exponential):
    """Exponential backoff with jitter, unless the server said how long to wait."""

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        error = outcome.exception() if outcome else None
        if isinstance(error, TransientEndpointError) and error.retry_after is not None:
            return min(error.retry_after, _MAX_RETRY_AFTER_S)
        return float(super().__call__(retry_state))


def _completion(response: Any, started: float, attempts: int) -> Completion:
    choice = response.choices[0]
    usage = response.usage
    return Completion(
        content=choice.message.content,
        refusal=getattr(choice.message, "refusal", None),
        finish_reason=choice.finish_reason or "unknown",
        usage=Usage(
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
        ),
        served_model=response.model or "",
        duration_s=round(time.monotonic() - started, 3),
        attempts=attempts,
    )


@dataclass
class _Streamed:
    """What a streamed answer delivered, piece by piece."""

    parts: list[str] = field(default_factory=list)
    refusal: list[str] = field(default_factory=list)
    finish_reason: str = "unknown"
    usage: Usage | None = None
    model: str = ""
    since_look: int = 0

    def add(self, chunk: Any) -> None:
        self.model = chunk.model or self.model
        if chunk.usage:
            self.usage = Usage(
                prompt_tokens=chunk.usage.prompt_tokens,
                completion_tokens=chunk.usage.completion_tokens,
            )
        for choice in chunk.choices[:1]:
            if choice.delta.content:
                self.parts.append(choice.delta.content)
                self.since_look += len(choice.delta.content)
            if getattr(choice.delta, "refusal", None):
                self.refusal.append(choice.delta.refusal)
            self.finish_reason = choice.finish_reason or self.finish_reason

    def loops(self) -> bool:
        if self.since_look < _LOOK_EVERY:
            return False
        self.since_look = 0
        return looping("".join(self.parts))

    def completion(self, request: ChatRequest, started: float, attempts: int) -> Completion:
        content = "".join(self.parts)
        # A stopped stream never gets to the usage chunk (and some servers send none):
        # then the tokens are counted here, so the log and the cost cap still see them.
        usage = self.usage or Usage(
            prompt_tokens=sum(count_tokens(m.content) for m in request.messages),
            completion_tokens=count_tokens(content),
        )
        return Completion(
            content=content or None,
            refusal="".join(self.refusal) or None,
            finish_reason=self.finish_reason,
            usage=usage,
            served_model=self.model,
            duration_s=round(time.monotonic() - started, 3),
            attempts=attempts,
        )


def completion_from_body(body: dict[str, Any], duration_s: float = 0.0) -> Completion:
    """A Completion from a chat completion JSON body (as Batch API result lines carry)."""
    response = ChatCompletion.model_validate(body)
    completion = _completion(response, time.monotonic(), attempts=1)
    return completion.model_copy(update={"duration_s": duration_s})


class _BatchMethods:
    """The OpenAI Batch API, for OpenAIChat."""

    _client: AsyncOpenAI
    endpoint: str

    async def batch_submit(self, lines: list[tuple[str, ChatRequest]]) -> str:
        """Upload the requests as JSONL and create a batch; returns its id."""
        jsonl = "\n".join(
            json.dumps({"custom_id": cid, "method": "POST", "url": URL, "body": r.payload()})
            for cid, r in lines
        )
        try:
            upload = await self._client.files.create(
                file=("briefing-batch.jsonl", jsonl.encode()), purpose="batch"
            )
            batch = await self._client.batches.create(
                input_file_id=upload.id, endpoint=URL, completion_window="24h"
            )
        except openai.OpenAIError as exc:
            raise _translate(exc, self.endpoint) from exc
        return batch.id

    async def batch_state(self, batch_id: str) -> BatchState:
        """Where the batch stands."""
        try:
            batch = await self._client.batches.retrieve(batch_id)
        except openai.OpenAIError as exc:
            raise _translate(exc, self.endpoint) from exc
        counts = batch.request_counts
        return BatchState(
            status=batch.status,
            total=counts.total if counts else 0,
            done=(counts.completed + counts.failed) if counts else 0,
            output_file_id=batch.output_file_id,
            error_file_id=batch.error_file_id,
        )

    async def batch_lines(self, file_id: str) -> list[dict[str, Any]]:
        """The JSON lines of a batch's output or error file."""
        try:
            content = await self._client.files.content(file_id)
        except openai.OpenAIError as exc:
            raise _translate(exc, self.endpoint) from exc
        return [json.loads(line) for line in content.text.splitlines() if line.strip()]


class OpenAIChat(_BatchMethods):
    """A ChatModel over the openai SDK, with the retry policy and a concurrency limit."""

    def __init__(self, settings: Settings, *, backoff_s: float | None = None) -> None:
        self.endpoint = endpoint_label(settings.base_url)
        if not ALLOW_MODEL_REQUESTS and urlsplit(self.endpoint).hostname not in _LOOPBACK:
            raise ConfigError(
                f"model requests to {self.endpoint} are disabled (ALLOW_MODEL_REQUESTS=False)",
                "use replay mode or a fake server on 127.0.0.1 in tests",
            )
        key = settings.api_key.get_secret_value() if settings.api_key else "no-key-needed"
        self._client = AsyncOpenAI(
            api_key=key,
            base_url=settings.base_url,
            max_retries=0,
            timeout=settings.request_timeout_s,
        )
        self._kind = settings.endpoint_kind
        self._streaming, self._timeout_s = settings.stream, settings.request_timeout_s
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._attempts = settings.max_attempts
        self._backoff_s = backoff_s if backoff_s is not None else settings.retry_backoff_s

    def _retrying(self) -> AsyncRetrying:
        return AsyncRetrying(
            retry=retry_if_exception_type(TransientEndpointError),
            stop=stop_after_attempt(self._attempts),
            wait=_Wait(multiplier=self._backoff_s, max=60 * self._backoff_s),
            reraise=True,
        )

    async def _send(self, request: ChatRequest) -> Any:
        try:
            return await self._client.chat.completions.create(**request.payload())
        except openai.OpenAIError as exc:
            raise _translate(exc, self.endpoint) from exc

    async def _stream(self, request: ChatRequest) -> _Streamed:
        streamed = _Streamed()
        try:
            async with asyncio.timeout(self._timeout_s):
                stream = await self._client.chat.completions.create(
                    **request.payload(), stream=True, stream_options={"include_usage": True}
                )
                async with stream:
                    async for chunk in stream:
                        streamed.add(chunk)
                        if streamed.loops():
                            streamed.finish_reason = "repeating"
                            break
        except TimeoutError as exc:
            raise TransientEndpointError(
                f"{self.endpoint} timed out", "raise BRIEFING_REQUEST_TIMEOUT_S"
            ) from exc
        except openai.OpenAIError as exc:
            raise _translate(exc, self.endpoint) from exc
        except httpx.TransportError as exc:  # the connection dropped mid-answer
            raise TransientEndpointError(
                f"{self.endpoint} broke off an answer ({type(exc).__name__})", "retry later"
            ) from exc
        return streamed

    async def complete(self, request: ChatRequest) -> Completion:
        """Send ``request``, retrying transient failures by the policy."""
        async with self._slots:
            started, attempts = time.monotonic(), 0
            async for attempt in self._retrying():
                with attempt:
                    attempts += 1
                    if self._streaming:
                        streamed = await self._stream(request)
                    else:
                        response = await self._send(request)
            if self._streaming:
                return streamed.completion(request, started, attempts)
            return _completion(response, started, attempts)

    async def endpoint_kind(self) -> str:
        """openai, azure, llama.cpp, vllm, ollama or openai-compatible."""
        if self._kind:
            return self._kind
        host = urlsplit(self.endpoint).hostname or ""
        if host == "api.openai.com":
            return "openai"
        if host.endswith(".openai.azure.com"):
            return "azure"
        try:
            models = await self._client.models.list()
            owner = models.data[0].owned_by if models.data else ""
        except openai.OpenAIError:
            owner = ""
        return _OWNERS.get(owner, "openai-compatible")

    async def aclose(self) -> None:
        """Close the HTTP connections."""
        await self._client.close()
