"""Serve a GGUF model through llama.cpp's OpenAI-compatible HTTP server, in-process.

Used only to record real responses offline (see scripts/record_local.sh).
Usage: python scripts/llama_server.py MODEL.gguf --port 8088 --alias NAME
Serves /v1/chat/completions on 127.0.0.1 until the process is stopped.
"""

from __future__ import annotations

import argparse
import signal
import threading

import xllamacpp


def _params(args: argparse.Namespace) -> xllamacpp.CommonParams:
    params = xllamacpp.CommonParams()
    params.model.path = args.model
    params.hostnames = ["127.0.0.1"]
    params.port = args.port
    params.n_ctx = args.ctx
    params.n_parallel = 1
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads
    params.use_jinja = True
    params.model_alias = {args.alias}
    return params


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model")
    parser.add_argument("--port", type=int, default=8088)
    parser.add_argument("--alias", default="qwen2.5-coder-1.5b-instruct")
    parser.add_argument("--ctx", type=int, default=8192)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    server = xllamacpp.Server(_params(args))
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    print(f"serving {args.alias} on http://127.0.0.1:{args.port}/v1", flush=True)
    stop.wait()
    del server


if __name__ == "__main__":
    main()
