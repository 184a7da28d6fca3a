#!/usr/bin/env bash
# make test: every layer under pytest. With a bench (AMIF_BENCH/AMIF_SITE or the .amif-bench file
# written by `make run`) the bench's Python runs it all; without one, a local virtualenv runs the
# unit and metadata layers and pytest reports the integration layer as skipped, with the reason.
# Either way the app's own dependencies (apps/amif_network/pyproject.toml) and the test tools are
# installed first, so both environments test the same code.
set -euo pipefail
cd "$(dirname "$0")/.."

TEST_TOOLS=(pytest "ruff==0.17.6" hypothesis)

bench="${AMIF_BENCH:-}"
if [[ -z "$bench" && -f .amif-bench ]]; then
	bench=$(python3 -c 'import json; print(json.load(open(".amif-bench"))["bench"])')
fi

if [[ -n "$bench" && -x "$bench/env/bin/python" ]]; then
	python="$bench/env/bin/python"
else
	if [[ ! -x .venv/bin/python ]]; then
		python3 -m venv .venv
	fi
	python=.venv/bin/python
fi

# The app's declared dependencies, read from its pyproject (frappe itself comes with the bench).
mapfile -t app_deps < <("$python" - <<'PY'
import re
from pathlib import Path

text = Path("apps/amif_network/pyproject.toml").read_text()
block = re.search(r"^dependencies\s*=\s*\[(.*?)\]", text, re.S | re.M)
for dep in re.findall(r'"([^"]+)"', block.group(1) if block else ""):
	print(dep)
PY
)
stamp=$("$python" -c 'import sys; print(sys.prefix)')/.amif-test-deps
wanted=$(printf '%s\n' "${TEST_TOOLS[@]}" "${app_deps[@]}" | sort | tr '\n' ' ')
if [[ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]]; then
	"$python" -m pip install --quiet "${TEST_TOOLS[@]}" "${app_deps[@]}"
	echo "$wanted" >"$stamp"
fi

exec "$python" -m pytest "$@"
