"""The retry policy (against a local fake OpenAI-compatible server), re-asks and the recorder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, Field

from briefing.errors import (
    ConfigError,
    CorruptRecording,
    EndpointError,
    InvalidModelOutput,
    ModelRefusal,
    ReplayMiss,
    TransientEndpointError,
)
from briefing.llm import CallLog, ChatRequest, StructuredCaller
from briefing.llm.adapter import OpenAIChat
from briefing.llm.recorder import CallTag, Recorder, RecordingStore
from briefing.llm.schema import strict_schema
from briefing.prompting import Message, PromptLibrary
from briefing.settings import Settings
from tests.fakes.models import ScriptedChatModel, completion
from tests.fakes.openai_server import Reply, serve

SECRET = "sk-test-" + "x7Q" * 12


class Answer(BaseModel):
    """Test output model."""

    words: list[str] = Field(max_length=2, description="Some words.")


def _request(text: str = "hello") -> ChatRequest:
    return ChatRequest(
        model="m",
        messages=(Message(role="user", content=text),),
        schema_name="Answer",
        json_schema=strict_schema(Answer),
        temperature=0.0,
        max_tokens=50,
        seed=7,
    )


def _settings(url: str, **extra: Any) -> Settings:
    return Settings(base_url=url, api_key=SECRET, model="m", max_attempts=3, **extra)


def _valid(_: dict[str, Any]) -> str:
    return json.dumps({"words": ["ok"]})


async def test_429_is_retried_honouring_retry_after() -> None:
    with serve(_valid) as (url, server):
        server.script = [Reply(status=429, headers={"retry-after": "0"}), Reply(status=503)]
        chat = OpenAIChat(_settings(url), backoff_s=0.01)
        answer = await chat.complete(_request())
        await chat.aclose()
    assert answer.attempts == 3
    assert len(server.requests) == 3
    assert answer.content == json.dumps({"words": ["ok"]})


async def test_400_is_not_retried() -> None:
    with serve(_valid) as (url, server):
        server.script = [Reply(status=400)]
        chat = OpenAIChat(_settings(url), backoff_s=0.01)
        with pytest.raises(EndpointError) as caught:
            await chat.complete(_request())
        await chat.aclose()
    assert not isinstance(caught.value, TransientEndpointError)
    assert caught.value.status == 400
    assert len(server.requests) == 1


async def test_persistent_5xx_gives_up_after_max_attempts_naming_the_endpoint() -> None:
    with serve(_valid) as (url, server):
        server.script = [Reply(status=500)] * 3
        chat = OpenAIChat(_settings(url), backoff_s=0.01)
        with pytest.raises(TransientEndpointError, match=r"127\.0\.0\.1.*HTTP 500"):
            await chat.complete(_request())
        await chat.aclose()
    assert len(server.requests) == 3


async def test_refused_connection_is_a_clear_error() -> None:
    chat = OpenAIChat(_settings("http://127.0.0.1:9/v1"), backoff_s=0.01)
    with pytest.raises(TransientEndpointError) as caught:
        await chat.complete(_request())
    await chat.aclose()
    assert "cannot connect to http://127.0.0.1:9" in caught.value.one_line()


def test_real_endpoints_are_blocked_in_tests() -> None:
    with pytest.raises(ConfigError, match="disabled"):
        OpenAIChat(Settings(api_key=SECRET))


def _caller(tmp_path: Path, live: Any, mode: str = "live") -> tuple[StructuredCaller, CallLog]:
    settings = Settings(model="m", mode=mode, recordings_dir=tmp_path)
    log = CallLog()
    recorder = Recorder(RecordingStore(tmp_path), settings.mode, live)
    return StructuredCaller(recorder, settings, log), log


def _prompt(tmp_path: Path) -> Any:
    root = tmp_path / "prompts"
    (root / "extract").mkdir(parents=True)
    (root / "extract" / "v1.j2").write_text(
        '{#\ndescription = "t"\noutput = "Answer"\ntemperature = 0.0\nmax_tokens = 50\n#}\n'
        "{% block system %}Say words.{% endblock %}{% block user %}{{ text }}{% endblock %}"
    )
    return PromptLibrary(root).get("extract", "v1")


async def test_invalid_json_is_reasked_with_one_error_turn(tmp_path: Path) -> None:
    model = ScriptedChatModel(
        [
            completion("{not json"),
            completion('{"words": ["a","b","c"]}'),
            completion('{"words": ["a"]}'),
        ]
    )
    caller, log = _caller(tmp_path, model)
    answer = await caller.call(_prompt(tmp_path), {"text": "x"}, Answer, subject="s")
    assert answer.words == ["a"]
    assert [r.outcome for r in log.records] == ["invalid", "invalid", "ok"]
    first, second, third = (len(r.messages) for r in model.requests)
    assert (first, second, third) == (2, 4, 4), "one error turn at most"
    assert "at most 2 items" in model.requests[2].messages[-1].content


async def test_cut_off_answer_is_reasked_and_then_fails(tmp_path: Path) -> None:
    model = ScriptedChatModel([completion('{"words": [', finish_reason="length")] * 3)
    caller, log = _caller(tmp_path, model)
    with pytest.raises(InvalidModelOutput, match="after 2 re-asks"):
        await caller.call(_prompt(tmp_path), {"text": "x"}, Answer, subject="s")
    assert len(log.records) == 3
    assert [r.outcome for r in log.records] == ["cut off"] * 3
    budgets = [r.max_tokens for r in model.requests]
    assert budgets[1:] == [2 * budgets[0], 3 * budgets[0]], "room for a longer answer"


async def test_a_cut_off_answer_keeps_its_complete_items(tmp_path: Path) -> None:
    """A model that loops is cut at max_tokens: the items before the cut stand, no re-ask
    at two and three times the budget."""
    model = ScriptedChatModel([completion('{"words": ["a", "b", "c', finish_reason="length")])
    caller, log = _caller(tmp_path, model)
    answer = await caller.call(_prompt(tmp_path), {"text": "x"}, Answer, subject="s")
    assert answer.words == ["a", "b"]
    assert [r.outcome for r in log.records] == ["cut off, kept"]
    assert len(model.requests) == 1


async def test_refusal_is_reported_not_retried(tmp_path: Path) -> None:
    model = ScriptedChatModel([completion(None, refusal="I can't help with that")])
    caller, _ = _caller(tmp_path, model)
    with pytest.raises(ModelRefusal, match="can't help"):
        await caller.call(_prompt(tmp_path), {"text": "x"}, Answer, subject="s")
    assert len(model.requests) == 1


def test_request_key_is_stable_and_sensitive() -> None:
    assert _request().key() == _request().key()
    assert _request().key() != _request("hello!").key()
    assert _request().key() != _request().model_copy(update={"temperature": 0.5}).key()


def _tag(version: str = "v1", sha: str = "abc") -> CallTag:
    return CallTag(stage="extract", version=version, prompt_sha256=sha, subject="002#3")


async def test_record_then_replay_and_the_miss_error(tmp_path: Path) -> None:
    store = RecordingStore(tmp_path)
    recorder = Recorder(store, "record", ScriptedChatModel([completion('{"words": []}')]))
    await recorder.complete(_request(), _tag())
    replay = Recorder(store, "replay", None)
    answer, source = await replay.complete(_request(), _tag())
    assert source == "recording"
    assert answer.content == '{"words": []}'
    with pytest.raises(ReplayMiss) as caught:
        await replay.complete(_request("changed"), _tag(sha="def"))
    line = caught.value.one_line()
    assert "extract/v1" in line
    assert "002#3" in line
    assert "prompt extract/v1 changed" in line
    assert "record_local.sh" in line
    with pytest.raises(ReplayMiss, match="recorded with extract/v1, now v2"):
        await replay.complete(_request("changed"), _tag(version="v2"))


async def test_auto_without_endpoint_is_a_replay_miss(tmp_path: Path) -> None:
    with pytest.raises(ReplayMiss, match="nothing is recorded"):
        await Recorder(RecordingStore(tmp_path), "auto", None).complete(_request(), _tag())


async def test_corrupt_recording_names_the_file(tmp_path: Path) -> None:
    store = RecordingStore(tmp_path)
    path = store.path(_tag(), _request().key())
    path.parent.mkdir(parents=True)
    path.write_text("{ truncated")
    with pytest.raises(CorruptRecording) as caught:
        await Recorder(store, "replay", None).complete(_request(), _tag())
    assert str(path) in caught.value.one_line()


async def test_recordings_never_hold_the_key(tmp_path: Path) -> None:
    with serve(_valid) as (url, server):
        chat = OpenAIChat(_settings(url), backoff_s=0.01)
        recorder = Recorder(RecordingStore(tmp_path), "record", chat)
        await recorder.complete(_request(), _tag())
        await chat.aclose()
    sent = {k.lower(): v for k, v in server.headers[0].items()}
    assert sent["authorization"] == f"Bearer {SECRET}", "the key was sent"
    files = list(tmp_path.rglob("*.json"))
    assert len(files) == 1
    text = files[0].read_text()
    assert SECRET not in text
    assert "Authorization" not in text
    recording = json.loads(text)
    assert recording["provenance"]["endpoint_kind"] == "openai-compatible"
    assert recording["provenance"]["model"] == "m"


async def test_each_reask_is_a_new_request(tmp_path: Path) -> None:
    bad = completion('{"words": [', finish_reason="length")
    model = ScriptedChatModel([bad, bad, completion('{"words": ["ok"]}')])
    caller, _ = _caller(tmp_path, model)
    await caller.call(_prompt(tmp_path), {"text": "x"}, Answer, subject="s")
    keys = [r.key() for r in model.requests]
    assert len(set(keys)) == 3, "the same bad answer twice still makes a new request"
    assert [r.seed for r in model.requests] == [7, 9, 10]
