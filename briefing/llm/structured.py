"""Structured calls: render a prompt, ask, validate the answer, re-ask when it is invalid.

Invalid answers (not JSON, schema violations, cut off by ``max_tokens``) are re-asked at
most ``max_reasks`` times. Each re-ask is the original conversation plus one error turn (the
last bad answer and what was wrong with it), so the context never grows by more than that.
An answer cut off by ``max_tokens`` keeps what it got right: its complete items before the
cut are parsed (pydantic-core reads partial JSON) and, when there is at least one, taken
as the answer and logged "cut off, kept" (code checks them like any other); a small model
that loops would otherwise be re-asked at two and three times the budget and loop again.
Only a cut-off answer with no complete item is re-asked, with room for a longer one.
An answer the adapter stopped because it looped (finish reason ``repeating``) is
salvaged the same way, its repeated items kept once, and logged "repeating, kept"; with
no complete item it is re-asked at the same budget (more room would only loop longer).
Refusals are reported, never re-asked. Every request, re-asks included, is logged.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from typing import Any, TypeVar

import pydantic_core
from pydantic import BaseModel, ValidationError

from briefing.errors import InvalidModelOutput, ModelRefusal, PromptError
from briefing.llm.calls import CallLog, CallRecord
from briefing.llm.pricing import cost
from briefing.llm.recorder import CallTag, Recorder
from briefing.llm.schema import strict_schema
from briefing.llm.types import ChatRequest, Completion
from briefing.prompting import Message, PromptTemplate
from briefing.settings import Settings

_BAD_ANSWER_CHARS = 4000
# Incomplete items dropped, at most, before a cut-off answer is re-asked instead.
_SALVAGE_TRIES = 4
T = TypeVar("T", bound=BaseModel)


class _Invalid(Exception):
    """The answer did not validate; the message says why, for the error turn."""


class _CutOff(_Invalid):
    """The answer reached ``max_tokens``."""


class _Repeating(_CutOff):
    """The answer was stopped because it looped."""


def _errors(exc: ValidationError) -> str:
    shown = [
        f"{'.'.join(str(p) for p in e['loc']) or 'answer'}: {e['msg']}" for e in exc.errors()[:4]
    ]
    return "; ".join(shown)


def parse_answer(completion: Completion, output: type[T], name: str) -> T:
    """Validate the answer as ``output``; _Invalid when it must be re-asked."""
    if completion.refusal:
        raise ModelRefusal(f"the model refused {name}: {completion.refusal}", "rephrase the prompt")
    if completion.finish_reason == "repeating":
        raise _Repeating("the answer repeated itself; answer again, each item once")
    if completion.finish_reason == "length":
        raise _CutOff("the answer was cut off; answer again with fewer and shorter items")
    if not completion.content:
        raise _Invalid("the answer was empty")
    try:
        return output.model_validate_json(completion.content)
    except ValidationError as exc:
        raise _Invalid(f"the answer did not match the schema: {_errors(exc)}") from exc


def _list_field(output: type[BaseModel], name: str) -> bool:
    return typing.get_origin(output.model_fields[name].annotation) is list


def _once(answer: T) -> T:
    """The answer with each list's repeated items kept once: in an answer that was cut
    off (often because it looped), a second copy is the loop, not a second fact."""
    update = {}
    for name in type(answer).model_fields:
        value = getattr(answer, name)
        if isinstance(value, list):
            seen: dict[str, Any] = {}
            for item in value:
                key = item.model_dump_json() if isinstance(item, BaseModel) else repr(item)
                seen.setdefault(key, item)
            update[name] = list(seen.values())
    return answer.model_copy(update=update)


def salvage(content: str, output: type[T]) -> T | None:
    """The complete items of an answer cut off by ``max_tokens``, or None when it holds
    none. The item being written at the cut is dropped; lists the answer never reached
    are empty (nothing was received for them)."""
    try:
        data = pydantic_core.from_json(content, allow_partial=True)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    for _ in range(_SALVAGE_TRIES):
        for name in output.model_fields:
            if name not in data and _list_field(output, name):
                data[name] = []
        try:
            answer = output.model_validate(data)
        except ValidationError:
            if not data:
                return None
            last = list(data)[-1]
            if isinstance(data[last], list) and data[last]:
                data[last].pop()
            else:
                del data[last]
            continue
        items = [v for v in answer.model_dump().values() if isinstance(v, list)]
        return _once(answer) if any(items) else None
    return None


def _reask(
    base: ChatRequest, bad: str | None, problem: str, ask: int, *, cut_off: bool
) -> ChatRequest:
    # The attempt number and seed make each re-ask a new request: the same bad answer
    # twice must not come back from the cache (or a deterministic model) a second time.
    max_tokens = base.max_tokens * ask if cut_off else base.max_tokens
    turns = (
        Message(role="assistant", content=(bad or "")[:_BAD_ANSWER_CHARS]),
        Message(
            role="user",
            content=f"Attempt {ask}: {problem}. Reply again with JSON that fits the schema.",
        ),
    )
    update = {"messages": base.messages + turns, "seed": base.seed + ask, "max_tokens": max_tokens}
    return base.model_copy(update=update)


class StructuredCaller:
    """Runs prompts against the recorder and returns validated pydantic objects."""

    def __init__(self, recorder: Recorder, settings: Settings, log: CallLog) -> None:
        self.recorder, self.settings, self.log = recorder, settings, log

    def request(
        self, prompt: PromptTemplate, variables: Mapping[str, Any], output: type[BaseModel]
    ) -> ChatRequest:
        """The first request for ``prompt`` with ``variables``."""
        if prompt.meta.output != output.__name__:
            raise PromptError(
                f"prompt {prompt.name} declares output {prompt.meta.output}, "
                f"the {prompt.stage} stage expects {output.__name__}",
                "fix the template's metadata block",
            )
        return ChatRequest(
            model=self.settings.model,
            messages=tuple(prompt.render(variables)),
            schema_name=output.__name__,
            json_schema=strict_schema(output),
            temperature=prompt.meta.temperature,
            max_tokens=prompt.meta.max_tokens,
            seed=self.settings.seed,
        )

    async def call(
        self, prompt: PromptTemplate, variables: Mapping[str, Any], output: type[T], subject: str
    ) -> T:
        """Ask until the answer validates as ``output`` or the re-asks run out."""
        tag = CallTag(
            stage=prompt.stage, version=prompt.version, prompt_sha256=prompt.sha256, subject=subject
        )
        base = request = self.request(prompt, variables, output)
        for ask in range(1, self.settings.max_reasks + 2):
            completion, source = await self.recorder.complete(request, tag)
            answer, outcome, problem = self._parse(completion, output, prompt.name)
            self._log(
                tag,
                request=request,
                completion=completion,
                source=source,
                ask=ask,
                outcome=outcome,
            )
            if answer is not None:
                return answer
            if outcome == "refused":
                raise ModelRefusal(
                    f"{problem} (on {subject})",
                    "rephrase the prompt in a new version, or try another model",
                )
            cut_off = outcome == "cut off"  # not "repeating": more room would loop longer
            request = _reask(base, completion.content, problem, ask + 1, cut_off=cut_off)
        raise InvalidModelOutput(
            f"{prompt.name} on {subject}: still invalid after {self.settings.max_reasks} re-asks "
            f"({problem})",
            "try a stronger model (--model) or a prompt version with shorter output",
        )

    @staticmethod
    def _parse(completion: Completion, output: type[T], name: str) -> tuple[T | None, str, str]:
        """The answer (or None), the outcome for the log, and what was wrong."""
        try:
            return parse_answer(completion, output, name), "ok", ""
        except ModelRefusal as exc:
            return None, "refused", exc.message
        except _CutOff as exc:
            kept = salvage(completion.content or "", output)
            how = "repeating" if isinstance(exc, _Repeating) else "cut off"
            return kept, how if kept is None else f"{how}, kept", str(exc)
        except _Invalid as exc:
            return None, "invalid", str(exc)

    def _log(
        self,
        tag: CallTag,
        *,
        request: ChatRequest,
        completion: Completion,
        source: str,
        ask: int,
        outcome: str,
    ) -> None:
        self.log.add(
            CallRecord(
                stage=tag.stage,
                version=tag.version,
                prompt_sha256=tag.prompt_sha256,
                request_key=request.key(),
                subject=tag.subject,
                model=request.model,
                ask=ask,
                outcome=outcome,
                prompt_tokens=completion.usage.prompt_tokens,
                completion_tokens=completion.usage.completion_tokens,
                duration_s=completion.duration_s,
                transport_attempts=completion.attempts,
                cost_usd=cost(request.model, completion.usage, self.settings.prices),
                source=source,
            )
        )
