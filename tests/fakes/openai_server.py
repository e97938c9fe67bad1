"""A local OpenAI-compatible HTTP server for tests, with fault injection.

Each request to /v1/chat/completions is answered, in order of precedence, by the fault
``schedule`` (a function of the call number and body), the next scripted Reply, or a
valid answer from ``default``. Every request body and its headers are kept.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted HTTP answer."""

    status: int = 200
    content: str | None = None
    finish_reason: str = "stop"
    refusal: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    raw_body: str | None = None
    hang_s: float = 0.0
    reset: bool = False


def completion_body(reply: Reply, model: str) -> dict[str, Any]:
    """A Chat Completions response body for ``reply``."""
    message = {"role": "assistant", "content": reply.content, "refusal": reply.refusal}
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason}],
        "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
    }


class FakeOpenAI:
    """The server's state: the script, and what it received."""

    def __init__(self, default: Callable[[dict[str, Any]], str]) -> None:
        self.default = default
        self.schedule: Callable[[int, dict[str, Any]], Reply | None] = lambda _n, _body: None
        self.script: list[Reply] = []
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.lock = threading.Lock()

    def next_reply(self, body: dict[str, Any], headers: dict[str, str]) -> Reply:
        with self.lock:
            self.requests.append(body)
            self.headers.append(headers)
            fault = self.schedule(len(self.requests), body)
            if fault is not None:
                return fault
            if self.script:
                return self.script.pop(0)
        return Reply(content=self.default(body))


def _handler(state: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: ARG002 - quiet tests
            return

        def _send(self, status: int, body: str, headers: dict[str, str]) -> None:
            self.send_response(status)
            self.send_header("content-type", "application/json")
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(body.encode())))
            self.end_headers()
            self.wfile.write(body.encode())

        def do_GET(self) -> None:
            self._send(200, json.dumps({"data": [{"id": "m", "owned_by": "fake"}]}), {})

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            body = json.loads(self.rfile.read(length))
            reply = state.next_reply(body, dict(self.headers.items()))
            if reply.reset:
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            time.sleep(reply.hang_s)
            if reply.raw_body is not None or reply.status != 200:
                error = {"error": {"message": f"scripted {reply.status}", "type": "test"}}
                text = reply.raw_body if reply.raw_body is not None else json.dumps(error)
                self._send(reply.status, text, reply.headers)
                return
            self._send(200, json.dumps(completion_body(reply, body["model"])), reply.headers)

    return Handler


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out or reset the connection on purpose is not a server bug.
        if not isinstance(sys.exc_info()[1], BrokenPipeError | ConnectionResetError):
            super().handle_error(request, client_address)


@contextmanager
def serve(default: Callable[[dict[str, Any]], str]) -> Iterator[tuple[str, FakeOpenAI]]:
    """Run the server on 127.0.0.1 (free port); yields its /v1 URL and its state."""
    state = FakeOpenAI(default)
    server = _Server(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", state
    finally:
        server.shutdown()
        server.server_close()
