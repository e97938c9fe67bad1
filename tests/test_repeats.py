"""A looping answer is stopped while it streams, and what came before the loop is kept."""

from __future__ import annotations

import json
import time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, Field

from briefing.llm import CallLog, ChatRequest, StructuredCaller
from briefing.llm.adapter import OpenAIChat
from briefing.llm.recorder import Recorder, RecordingStore
from briefing.llm.repeats import MIN_SPAN, REPEATS, looping
from briefing.llm.schema import strict_schema
from briefing.prompting import Message, PromptLibrary
from briefing.settings import Settings
from tests.fakes.openai_server import Reply, serve


class Actors(BaseModel):
    """Test output model: a list of actors, as extraction returns."""

    actors: list[str] = Field(description="Names.")


def _item(name: str) -> str:
    return json.dumps({"name": name, "kind": "organisation", "role": "port operator"}) + ",\n"


def test_seven_copies_and_a_recovery_are_not_a_loop() -> None:
    """The most a recorded answer repeated before going on (seven copies of an actor)."""
    text = '{"actors": [' + _item("Port Authority") * 7 + _item("Harbour Police") * 2
    assert not looping(text)


def test_a_list_item_written_over_and_over_is_a_loop() -> None:
    text = '{"actors": [' + _item("Mayor") + _item("Port Authority") * REPEATS
    assert looping(text)
    assert looping(text + '{"name": "Port')  # stopped mid-copy: any rotation of the unit


def test_a_short_unit_must_fill_the_span() -> None:
    assert not looping('{"a": "' + "the " * REPEATS)  # 48 characters: indentation-sized
    assert looping('{"a": "' + "the " * (MIN_SPAN // 4))


@given(st.text(min_size=1, max_size=40), st.text(max_size=200))
def test_any_unit_repeated_past_the_bar_is_a_loop(unit: str, head: str) -> None:
    copies = max(REPEATS, -(-MIN_SPAN // len(unit)))
    assert looping(head + unit * copies)


@given(st.lists(st.text(min_size=5, max_size=30), unique=True, max_size=60))
def test_distinct_items_never_loop(names: list[str]) -> None:
    assert not looping('{"actors": [' + "".join(_item(n) for n in names))


def _request() -> ChatRequest:
    return ChatRequest(
        model="m",
        messages=(Message(role="user", content="name the actors"),),
        schema_name="Actors",
        json_schema=strict_schema(Actors),
        temperature=0.0,
        max_tokens=4000,
        seed=7,
    )


def _looping_reply() -> Reply:
    """An answer that would take 30 s to stream 4,000 copies of one name."""
    content = '{"actors": ["Mayor", "Port Authority", ' + '"Harbour Police", ' * 4000
    return Reply(content=content, finish_reason="length", chunk_chars=8, chunk_delay_s=0.0005)


async def test_the_adapter_stops_a_looping_stream() -> None:
    with serve(lambda _: "{}") as (url, server):
        server.script = [_looping_reply()]
        model = OpenAIChat(Settings(base_url=url, model="m", api_key="k"), backoff_s=0)
        started = time.monotonic()
        answer = await model.complete(_request())
        await model.aclose()
    assert time.monotonic() - started < 5
    assert answer.finish_reason == "repeating"
    assert answer.content is not None
    assert answer.content.startswith('{"actors": ["Mayor", "Port Authority", "Harbour Police"')
    assert len(answer.content) < 2000
    # The stream was left before its usage event: the tokens are counted locally.
    assert answer.usage.completion_tokens > 100
    assert answer.usage.prompt_tokens > 0
    assert server.requests[0]["stream"] is True


async def test_streaming_off_waits_for_the_whole_answer() -> None:
    with serve(lambda _: json.dumps({"actors": ["Mayor"]})) as (url, server):
        model = OpenAIChat(Settings(base_url=url, model="m", api_key="k", stream=False))
        answer = await model.complete(_request())
        await model.aclose()
    assert "stream" not in server.requests[0]
    assert answer.content == '{"actors": ["Mayor"]}'
    assert answer.usage.completion_tokens == 7  # as the server reported


async def test_a_looping_answer_keeps_what_came_before_once(tmp_path: Path) -> None:
    root = tmp_path / "prompts"
    (root / "extract").mkdir(parents=True)
    (root / "extract" / "v1.j2").write_text(
        '{#\ndescription = "t"\noutput = "Actors"\ntemperature = 0.0\nmax_tokens = 4000\n#}\n'
        "{% block system %}Name actors.{% endblock %}{% block user %}{{ text }}{% endblock %}"
    )
    with serve(lambda _: "{}") as (url, server):
        server.script = [_looping_reply()]
        settings = Settings(base_url=url, model="m", api_key="k", mode="live")
        model = OpenAIChat(settings, backoff_s=0)
        log = CallLog()
        recorder = Recorder(RecordingStore(tmp_path / "rec"), settings.mode, model)
        caller = StructuredCaller(recorder, settings, log)
        prompt = PromptLibrary(root).get("extract", "v1")
        answer = await caller.call(prompt, {"text": "x"}, Actors, subject="s")
        await model.aclose()
    assert answer.actors == ["Mayor", "Port Authority", "Harbour Police"]
    assert [r.outcome for r in log.records] == ["repeating, kept"]
    assert len(server.requests) == 1, "no re-ask at two and three times the budget"
