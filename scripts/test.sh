#!/usr/bin/env bash
# make test: every layer under pytest. With a bench (AMIF_BENCH/AMIF_SITE or the .amif-bench file
# written by `make run`) the bench's Python runs it all; without one, a local virtualenv runs the
# unit and metadata layers and pytest reports the integration layer as skipped, with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."

bench="${AMIF_BENCH:-}"
if [[ -z "$bench" && -f .amif-bench ]]; then
	bench=$(python3 -c 'import json; print(json.load(open(".amif-bench"))["bench"])')
fi

if [[ -n "$bench" && -x "$bench/env/bin/python" ]]; then
	python="$bench/env/bin/python"
	"$python" -c "import pytest, ruff" 2>/dev/null || "$python" -m pip install --quiet pytest "ruff==0.17.6"
else
	if [[ ! -x .venv/bin/python ]]; then
		python3 -m venv .venv
	fi
	python=.venv/bin/python
	"$python" -c "import pytest, ruff" 2>/dev/null || "$python" -m pip install --quiet pytest "ruff==0.17.6"
fi

exec "$python" -m pytest "$@"
