"""A local OpenAI-compatible HTTP server for tests, with fault injection.

Each request to /v1/chat/completions is answered, in order of precedence, by the fault
``schedule`` (a function of the call number and body), the next scripted Reply, or a
valid answer from ``default``. Every request body and its headers are kept. A request
with ``"stream": true`` is answered as server-sent events, ``chunk_chars`` characters an
event, ``chunk_delay_s`` apart, with a usage event last when asked for, as OpenAI does.
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
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
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
    chunk_chars: int = 24
    chunk_delay_s: float = 0.0


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
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}

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


def _upload(content_type: str, raw: bytes) -> bytes:
    """The 'file' part of a multipart/form-data upload."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=policy.default).parsebytes(head + raw)
    assert isinstance(message, EmailMessage)
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") == "file":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload
    raise ValueError("no file part")


def _batch_line(state: FakeOpenAI, line: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Answer one batch line through the same schedule and defaults as direct calls."""
    body = line["body"]
    reply = state.next_reply(body, {})
    ok = reply.status == 200 and not reply.reset and reply.raw_body is None
    if not ok:
        error = {"code": str(reply.status), "message": "scripted failure"}
        return {"id": "r", "custom_id": line["custom_id"], "response": None, "error": error}, False
    response = {
        "status_code": 200,
        "request_id": "r",
        "body": completion_body(reply, body["model"]),
    }
    return {"id": "r", "custom_id": line["custom_id"], "response": response, "error": None}, True


def create_batch(state: FakeOpenAI, input_file_id: str) -> dict[str, Any]:
    """Run every line of the input file now; the batch reports done on its second poll."""
    lines = [json.loads(x) for x in state.files[input_file_id].decode().splitlines() if x.strip()]
    answered = [_batch_line(state, line) for line in lines]
    batch_id = f"batch_{len(state.batches) + 1}"
    outputs = [a for a, ok in answered if ok]
    errors = [a for a, ok in answered if not ok]
    state.files[f"{batch_id}_out"] = "\n".join(json.dumps(x) for x in outputs).encode()
    state.files[f"{batch_id}_err"] = "\n".join(json.dumps(x) for x in errors).encode()
    batch = {
        "id": batch_id,
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "input_file_id": input_file_id,
        "completion_window": "24h",
        "created_at": 0,
        "status": "validating",
        "output_file_id": None,
        "error_file_id": None,
        "polls": 0,
        "request_counts": {"total": len(lines), "completed": len(outputs), "failed": len(errors)},
    }
    state.batches[batch_id] = batch
    return batch


def poll_batch(state: FakeOpenAI, batch_id: str) -> dict[str, Any]:
    """The batch as a poll sees it: in progress once, then completed."""
    batch = state.batches[batch_id]
    batch["polls"] += 1
    if batch["polls"] >= 2:
        batch.update(
            status="completed", output_file_id=f"{batch_id}_out", error_file_id=f"{batch_id}_err"
        )
    else:
        batch["status"] = "in_progress"
    return batch


def stream_events(reply: Reply, body: dict[str, Any]) -> Iterator[str]:
    """The server-sent events of a streamed answer (without their pacing)."""

    def event(delta: dict[str, Any], finish: str | None, usage: Any = None) -> str:
        choices = [{"index": 0, "delta": delta, "finish_reason": finish}] if delta or finish else []
        chunk = {
            "id": "chatcmpl-test",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": body["model"],
            "choices": choices,
            "usage": usage,
        }
        return f"data: {json.dumps(chunk)}\n\n"

    yield event({"role": "assistant", "content": ""}, None)
    text = reply.content or ""
    for at in range(0, len(text), reply.chunk_chars):
        yield event({"content": text[at : at + reply.chunk_chars]}, None)
    if reply.refusal:
        yield event({"refusal": reply.refusal}, None)
    yield event({}, reply.finish_reason)
    if body.get("stream_options", {}).get("include_usage"):
        usage = completion_body(reply, body["model"])["usage"]
        yield event({}, None, usage)
    yield "data: [DONE]\n\n"


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
            parts = self.path.strip("/").split("/")
            if parts[:2] == ["v1", "batches"]:
                self._send(200, json.dumps(poll_batch(state, parts[2])), {})
            elif parts[:2] == ["v1", "files"] and parts[-1] == "content":
                self._send(200, state.files[parts[2]].decode(), {})
            else:
                self._send(200, json.dumps({"data": [{"id": "m", "owned_by": "fake"}]}), {})

        def _upload_file(self, raw: bytes) -> None:
            file_id = f"file_{len(state.files) + 1}"
            state.files[file_id] = _upload(self.headers["content-type"], raw)
            file = {
                "id": file_id,
                "object": "file",
                "bytes": len(raw),
                "created_at": 0,
                "filename": "batch.jsonl",
                "purpose": "batch",
                "status": "processed",
            }
            self._send(200, json.dumps(file), {})

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            raw = self.rfile.read(length)
            if self.path.endswith("/files"):
                self._upload_file(raw)
                return
            if self.path.endswith("/batches"):
                batch = create_batch(state, json.loads(raw)["input_file_id"])
                self._send(200, json.dumps(batch), {})
                return
            body = json.loads(raw)
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
            if body.get("stream"):
                self._stream(reply, body)
                return
            self._send(200, json.dumps(completion_body(reply, body["model"])), reply.headers)

        def _stream(self, reply: Reply, body: dict[str, Any]) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("connection", "close")
            self.end_headers()
            self.close_connection = True
            for event in stream_events(reply, body):
                self.wfile.write(event.encode())
                self.wfile.flush()
                time.sleep(reply.chunk_delay_s)

    return Handler


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out or reset the connection on purpose is not a server bug.
        if not isinstance(sys.exc_info()[1], BrokenPipeError | ConnectionResetError):
            super().handle_error(request, client_address)


@contextmanager
def serve(
    default: Callable[[dict[str, Any]], str], port: int = 0
) -> Iterator[tuple[str, FakeOpenAI]]:
    """Run the server on 127.0.0.1 (``port``, 0: a free one); yields its /v1 URL and its
    state. A rerun meant to hit the response cache passes the first run's port: the cache
    is kept per endpoint URL."""
    state = FakeOpenAI(default)
    server = _Server(("127.0.0.1", port), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", state
    finally:
        server.shutdown()
        server.server_close()


def remembered_port(folder: Path) -> int:
    """The port a previous server for ``folder`` used (0 before the first), so a rerun
    reaches "the same endpoint"."""
    memo = folder / ".port"
    return int(memo.read_text()) if memo.exists() else 0


def remember_port(folder: Path, url: str) -> None:
    """Keep the port of ``url`` for the next server started for ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".port").write_text(url.rsplit(":", 1)[1].split("/", 1)[0])
