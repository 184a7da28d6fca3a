#!/usr/bin/env bash
# Load: USERS (50) CPAS staff for DURATION (60s) against gunicorn with WORKERS (4) workers, all on
# 127.0.0.1: the participant list, a participant's form, a session register save and a meeting
# report print. Prints locust's table (requests, failures, median and p95 per request); exits
# non-zero on any failed request. A benchmark to run by hand on a site of its own, not a test.
#
# Needs locust (`pip install locust`, in an environment of its own: LOCUST names its command).
# Settings: BENCH_PATH, SITE, USERS, DURATION, WORKERS, LOCUST (locust).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
BENCH_PATH=${BENCH_PATH:?set BENCH_PATH to the bench folder}
SITE=${SITE:?set SITE to the site}
USERS=${USERS:-50}
DURATION=${DURATION:-60s}
WORKERS=${WORKERS:-4}
LOCUST=${LOCUST:-locust}
work=$(mktemp -d)

echo "==> Preparing $USERS CPAS staff accounts and their session registers on $SITE"
"$BENCH_PATH/env/bin/python" "$REPO/scripts/load_setup.py" --bench "$BENCH_PATH" --site "$SITE" --users "$USERS" \
	>"$work/targets.json"

port=$("$BENCH_PATH/env/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "==> gunicorn with $WORKERS workers on 127.0.0.1:$port"
(cd "$BENCH_PATH/sites" && exec ../env/bin/gunicorn -b "127.0.0.1:$port" -w "$WORKERS" -t 120 \
	amif_network.wsgi:application >"$work/gunicorn.log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
	curl -fs -o /dev/null -H "X-Frappe-Site-Name: $SITE" "http://127.0.0.1:$port/api/method/ping" && break
	sleep 1
done

echo "==> $USERS users for $DURATION"
AMIF_LOAD_TARGETS="$work/targets.json" AMIF_LOAD_SITE="$SITE" "$LOCUST" -f "$REPO/scripts/locustfile.py" \
	--headless --users "$USERS" --spawn-rate 10 --run-time "$DURATION" --stop-timeout 10 \
	--host "http://127.0.0.1:$port" --only-summary
