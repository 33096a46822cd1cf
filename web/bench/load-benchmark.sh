#!/usr/bin/env bash
# Load benchmark for the dashboard (not a test): start→ready time, then wrk at 16 connections on loopback
# against JSON from the metric tables (uncached and cached), a chart PNG (uncached and cached).
# Usage: bash web/bench/load-benchmark.sh [WAREHOUSE] [DURATION_SECONDS]
# Needs: `mvn -o -pl web package -DskipTests` (web/target/classes + web/target/lib), wrk, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
WAREHOUSE=${1:-target/seed-warehouse/disclosures.duckdb}
DURATION=${2:-10}
PORT=${BENCH_PORT:-7091}
CP="web/target/classes:web/target/lib/*"
JSON_PATH=${BENCH_JSON:-/api/execution?years=2024}
[ -f "$WAREHOUSE" ] || { echo "warehouse $WAREHOUSE missing: build it first (README: Build the warehouse)" >&2; exit 2; }
[ -d web/target/lib ] || { echo "run: mvn -o -pl web package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk not installed (apt-get install wrk)" >&2; exit 2; }

SERVER_PID=""
stop_server() { if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; fi; }
trap stop_server EXIT

start_server() { # $1: extra flag; prints start→ready ms (launch to first 200 from /healthz)
  local t0 t1
  t0=$(date +%s%N)
  java -Xms256m -XX:+UseParallelGC -cp "$CP" org.fiscallens.web.Main --warehouse "$WAREHOUSE" --port "$PORT" $1 \
    > "/tmp/fiscallens-bench-server.log" 2>&1 &
  SERVER_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat /tmp/fiscallens-bench-server.log >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}

to_ms() { # wrk latency like 1.23ms / 850.00us / 1.02s → ms
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/,"",v); printf "%.2f", v/1000 }
    else if (v ~ /ms$/) { sub(/ms$/,"",v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/,"",v); printf "%.2f", v*1000 } else print v }'
}

measure() { # $1 label, $2 path, $3 connections → one result line
  local out rps p50 p99
  local threads=2; [ "$3" -lt 2 ] && threads=1
  wrk -t$threads -c"$3" -d3s "http://127.0.0.1:$PORT$2" > /dev/null           # warm-up
  out=$(wrk -t$threads -c"$3" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$2")
  rps=$(echo "$out" | awk '/^Requests\/sec/ { printf "%.0f", $2 }')
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  if echo "$out" | grep -q "Non-2xx"; then echo "WARNING: non-2xx answers for $2" >&2; fi
  printf "| %-34s | %5s | %9s | %8s | %8s |\n" "$1" "$3" "$rps" "$p50" "$p99"
}

CHART_PATH="/charts/execution/ranking.png?years=2024"
echo "$(java -cp "web/target/test-classes:$CP" org.fiscallens.web.bench.ChartRenderBenchmark "$WAREHOUSE" "$CHART_PATH" 300 300 2>/dev/null | tail -1)"
echo "Fiscal Lens load benchmark — $(nproc) cores, wrk and server on one machine, loopback; ${DURATION}s per row"
echo "warehouse: $WAREHOUSE; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
READY_NOCACHE=$(start_server --no-cache)
echo "| request                            | conns |     req/s | p50 (ms) | p99 (ms) |"
echo "|------------------------------------|-------|-----------|----------|----------|"
measure "JSON $JSON_PATH, uncached" "$JSON_PATH" 16
measure "chart PNG, uncached (render)" "$CHART_PATH" 16
measure "chart PNG, uncached, 1 conn" "$CHART_PATH" 1
stop_server
READY_CACHED=$(start_server "")
measure "JSON $JSON_PATH, cached" "$JSON_PATH" 16
measure "chart PNG, cached" "$CHART_PATH" 16
measure "overview HTML, cached" "/" 16
stop_server
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server start → ready (JVM launch to first 200 on /healthz): ${READY_CACHED} ms (cached run), ${READY_NOCACHE} ms (uncached run)"
