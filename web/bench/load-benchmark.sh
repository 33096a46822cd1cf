#!/usr/bin/env bash
# Load benchmark for the dashboard (not a test): start→ready time, then wrk at 16 connections on loopback
# against JSON from the metric tables (uncached and cached), a chart PNG (uncached and cached) and a page.
# Usage: bash web/bench/load-benchmark.sh [WAREHOUSE] [DURATION_SECONDS]
# Needs: `mvn -o -pl web package -DskipTests` (web/target/classes + web/target/lib), wrk, curl.
# Env: BENCH_PORT (7091), BENCH_JSON (JSON path), BENCH_WARMUP (seconds of wrk before each row, 8), BENCH_JAVA_OPTS (server JVM options;
# default: the server as .ci/serve starts it, via .ci/web-server), BENCH_CP (the server's classpath, to measure another build;
# either of these two starts java directly instead of .ci/web-server).
# Every server it starts is stopped when a row set ends and, whatever happens (error, Ctrl-C), on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
WAREHOUSE=${1:-target/seed-warehouse/disclosures.duckdb}
DURATION=${2:-10}
PORT=${BENCH_PORT:-7091}
WARMUP=${BENCH_WARMUP:-8}
CP=${BENCH_CP:-web/target/classes:web/target/lib/*}
JSON_PATH=${BENCH_JSON:-/api/execution?years=2024}
CHART_PATH="/charts/execution/ranking.png?years=2024"
LOG=$(mktemp -t fiscallens-bench-server.XXXXXX.log)
CHILD_OUT=$(mktemp -t fiscallens-bench-out.XXXXXX.txt)
[ -f "$WAREHOUSE" ] || { echo "warehouse $WAREHOUSE missing: build it first (README: Build the warehouse)" >&2; exit 2; }
[ -d web/target/lib ] || { echo "run: mvn -o -pl web package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk not installed (apt-get install wrk)" >&2; exit 2; }
# Default: the server as .ci/serve starts it (.ci/web-server: web/jvm.options, jar classpath, class-data archive).
# BENCH_CP or BENCH_JAVA_OPTS start `java … Main` directly with that classpath / those options instead.
DIRECT=""
if [ -n "${BENCH_CP+set}" ] || [ -n "${BENCH_JAVA_OPTS+set}" ]; then DIRECT=1; fi
if [ -n "${BENCH_JAVA_OPTS+set}" ]; then
  SERVER_OPTS=$BENCH_JAVA_OPTS
else
  SERVER_OPTS=$(sed -e 's/#.*//' web/jvm.options | tr -s ' \n' ' ')
fi

SERVER_PID=""
stop_server() { # stops the server this script started, and waits until it is gone
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.05; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}
CHILD_PID=""
run_child() { # runs "$@" (output to $CHILD_OUT) in the background and waits, so a signal reaches the traps at once
  "$@" > "$CHILD_OUT" &
  CHILD_PID=$!
  wait "$CHILD_PID"
  CHILD_PID=""
}
cleanup() {
  if [ -n "$CHILD_PID" ]; then kill "$CHILD_PID" 2>/dev/null || true; fi
  stop_server
  rm -f "$LOG" "$CHILD_OUT"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

READY_MS=""
start_server() { # $@: extra server flags. Runs in this shell (not in $(…)) so SERVER_PID stays known to the trap.
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz"; then
    echo "something already answers on port $PORT; stop it or set BENCH_PORT" >&2; exit 1
  fi
  local t0 t1
  t0=$(date +%s%N)
  if [ -n "$DIRECT" ]; then
    # shellcheck disable=SC2086  # SERVER_OPTS is a list of options
    java $SERVER_OPTS -cp "$CP" org.fiscallens.web.Main --warehouse "$WAREHOUSE" --port "$PORT" "$@" > "$LOG" 2>&1 &
  else
    bash .ci/web-server --warehouse "$WAREHOUSE" --port "$PORT" "$@" > "$LOG" 2>&1 &
  fi
  SERVER_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG" >&2; SERVER_PID=""; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  READY_MS=$(( (t1 - t0) / 1000000 ))
}

to_ms() { # wrk latency like 1.23ms / 850.00us / 1.02s / 1.50m → ms
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/,"",v); printf "%.2f", v/1000 }
    else if (v ~ /ms$/) { sub(/ms$/,"",v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/,"",v); printf "%.0f", v*60000 }
    else if (v ~ /s$/) { sub(/s$/,"",v); printf "%.2f", v*1000 } else print v }'
}

ROWS=()
measure() { # $1 label, $2 path, $3 connections → one table row
  local out rps p50 p99 note="" threads=2
  [ "$3" -lt 2 ] && threads=1
  run_child wrk -t$threads -c"$3" -d"${WARMUP}s" "http://127.0.0.1:$PORT$2"
  run_child wrk -t$threads -c"$3" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$2"
  out=$(cat "$CHILD_OUT")
  rps=$(echo "$out" | awk '/^Requests\/sec/ { printf "%.0f", $2 }')
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  if echo "$out" | grep -q "Non-2xx"; then note="non-2xx answers!"; fi
  if echo "$out" | grep -q "Socket errors"; then note="$note $(echo "$out" | grep 'Socket errors' | sed 's/^ *//')"; fi
  ROWS+=("$(printf "| %-40s | %5s | %9s | %8s | %8s | %s" "$1" "$3" "$rps" "$p50" "$p99" "$note")")
  echo "${ROWS[-1]}" >&2
}

echo "Fiscal Lens load benchmark — $(nproc) cores, wrk and server on one machine, loopback; ${WARMUP}s warm-up + ${DURATION}s per row"
if [ -n "$DIRECT" ]; then started="java started directly"; else started=".ci/web-server${JAVA_OPTS:+, then JAVA_OPTS $JAVA_OPTS}"; fi
echo "warehouse: $WAREHOUSE; server JVM options: ${SERVER_OPTS:-(none)} ($started)"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if run_child java -cp "web/target/test-classes:$CP" org.fiscallens.web.bench.ChartRenderBenchmark "$WAREHOUSE" \
    "$CHART_PATH" 300 300 2>/dev/null; then
  tail -1 "$CHILD_OUT"
else
  echo "(ChartRenderBenchmark not run: build web's test classes with mvn -o -pl web test-compile)"
fi

if [ -z "$DIRECT" ]; then # records the class-data archive if needed, so the timed starts are like every later one
  bash .ci/web-server --warehouse "$WAREHOUSE" --port 0 --self-check > /dev/null 2>&1 \
    || echo "(self-check failed: see web/target/self-check.log)" >&2
fi
start_server --no-cache
READY_NOCACHE=$READY_MS
measure "JSON $JSON_PATH, uncached" "$JSON_PATH" 16
measure "chart PNG, uncached (render)" "$CHART_PATH" 16
measure "chart PNG, uncached, 1 conn" "$CHART_PATH" 1
stop_server

start_server
READY_CACHED=$READY_MS
measure "JSON $JSON_PATH, cached" "$JSON_PATH" 16
measure "chart PNG, cached" "$CHART_PATH" 16
measure "overview HTML, cached" "/" 16
stop_server

echo
echo "| request                                  | conns |     req/s | p50 (ms) | p99 (ms) | notes"
echo "|------------------------------------------|-------|-----------|----------|----------|------"
printf '%s\n' "${ROWS[@]}"
echo
echo "load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server start → ready (launcher start to first 200 on /healthz): ${READY_CACHED} ms (cached run), ${READY_NOCACHE} ms (uncached run)"
