"""Fault kinds and schedules for the fake OpenAI-compatible server."""

from __future__ import annotations

import hashlib
import json
import random
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from tests.fakes.openai_server import Reply

Schedule = Callable[[int, dict[str, Any]], Reply | None]

TRANSIENT = {
    "429": Reply(status=429, headers={"retry-after": "0"}),
    "500": Reply(status=500),
    "503": Reply(status=503),
    "reset": Reply(reset=True),
}
CONTENT = {
    "invalid-json": Reply(content='{"actors": [ not json'),
    "schema-violation": Reply(content='{"actors": "none", "claims": 3}'),
    "length": Reply(content='{"actors": [{"name": "Cu', finish_reason="length"),
    "empty": Reply(content=""),
}
FAULTS = {
    **TRANSIENT,
    **CONTENT,
    "hang": Reply(hang_s=1.5),
    "refusal": Reply(content=None, refusal="I can't help with that."),
}


def every_nth(n: int, fault: Reply) -> Schedule:
    """Fail every nth call."""
    return lambda call, _body: fault if call % n == 0 else None


def at_calls(calls: set[int], fault: Reply) -> Schedule:
    """Fail exactly these calls (1-based)."""
    return lambda call, _body: fault if call in calls else None


def after_call(n: int, fault: Reply) -> Schedule:
    """Fail every call after the nth: the endpoint dies half-way."""
    return lambda call, _body: fault if call > n else None


def seeded(rate: float, faults: Sequence[Reply], seed: int = 7) -> Schedule:
    """Fail each call with probability ``rate``. The draw depends on the seed, the request
    and how often that request was seen before, not on arrival order, so concurrent runs
    fail the same requests every time."""
    seen: Counter[str] = Counter()
    lock = threading.Lock()

    def schedule(call: int, body: dict[str, Any]) -> Reply | None:
        digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
        with lock:
            seen[digest] += 1
            attempt = seen[digest]
        rng = random.Random(f"{seed}:{digest}:{attempt}")
        return rng.choice(list(faults)) if rng.random() < rate else None

    return schedule
