#!/usr/bin/env bash
# Session Ledger benchmark for git projects: PROJECTS repositories of FILES generated files each, served from local
# bare repositories (file://).
#   bench/git-projects.sh [projects] [files]      defaults: 20 projects × 5000 files
# Measures, side by side with the baseline (git clone --depth 1 of every repository, then the plain Lucene indexer on
# each clone):
#   - the app's start with every project configured, until all of them are cloned and indexed;
#   - a push made searchable through the webhook (p50, p99 of HOOK_RUNS pushes);
#   - the CPU an idle server uses over IDLE_SECONDS (periodic fetches included).
# Writes bench/results/<date>-git-<projects>x<files>.md and .json. Run bench/run.sh first or let this build.
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECTS="${1:-20}"
FILES="${2:-5000}"
WORK="${BENCH_DIR:-/tmp/sessionledger-bench}/git-${PROJECTS}x${FILES}"
PORT="${BENCH_PORT:-8091}"
JVM="${BENCH_JVM:--Xmx2g -XX:+UseParallelGC}"
HOOK_RUNS="${HOOK_RUNS:-20}"
IDLE_SECONDS="${IDLE_SECONDS:-60}"
SECRET=bench-hook-secret
RESULTS=bench/results
mkdir -p "$RESULTS" "$WORK"
JAVA_HOME="$(build/java-home.sh)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
ms() { date +%s%3N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
pct() { printf '%s\n' "${@:2}" | sort -n | awk -v p="$1" '{a[NR] = $1} END {i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; print a[i]}'; }

echo "== build"
./mvnw -B -q -DskipTests install
./mvnw -B -q -pl session-bench dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" > /dev/null
CP="session-bench/target/classes:$(cat "$WORK/cp.txt")"
APP=session-web/target/quarkus-app/quarkus-run.jar

name() { printf 'p%02d' "$1"; }
if [ ! -f "$WORK/repos.done" ]; then
  echo "== generating $PROJECTS repositories of $FILES files"
  rm -rf "$WORK/src" "$WORK/git"
  mkdir -p "$WORK/src" "$WORK/git"
  for i in $(seq "$PROJECTS"); do
    p=$(name "$i")
    java -cp "$CP" org.sessionledger.bench.CorpusGenerator "$WORK/src/$p" "$FILES" "$i" > /dev/null
    git -C "$WORK/src/$p" init -q -b main
    git -C "$WORK/src/$p" -c user.name=bench -c user.email=bench@example.org add -A
    git -C "$WORK/src/$p" -c user.name=bench -c user.email=bench@example.org commit -q -m "the generated sessions"
    git clone -q --bare "$WORK/src/$p" "$WORK/git/$p.git"
  done
  touch "$WORK/repos.done"
fi

echo "== baseline: git clone --depth 1, then the plain Lucene indexer, project after project"
# BASELINE_MS=<ms> reuses a baseline measured before (the clones take minutes); APP_RUNS=<n> (default 3)
BASE_RUNS=()
[ -z "${BASELINE_MS:-}" ] || BASE_RUNS=("$BASELINE_MS")
for run in $([ -n "${BASELINE_MS:-}" ] || echo 1 2 3); do
  rm -rf "$WORK/base"
  mkdir -p "$WORK/base"
  s=$(ms)
  for i in $(seq "$PROJECTS"); do
    p=$(name "$i")
    git clone -q --depth 1 "file://$WORK/git/$p.git" "$WORK/base/$p"
    java $JVM -cp "$CP" org.sessionledger.bench.PlainLuceneIndexer "$WORK/base/$p" "$WORK/base/$p.index" 2 > /dev/null
  done
  BASE_RUNS+=($(( $(ms) - s )))
done
BASE_MS=$(median "${BASE_RUNS[@]}")
echo "baseline: $BASE_MS ms (runs: ${BASE_RUNS[*]})"

PROPS=()
for i in $(seq "$PROJECTS"); do
  p=$(name "$i")
  PROPS+=("-Dsessions.projects.$p.git-url=file://$WORK/git/$p.git" "-Dsessions.projects.$p.hook-secret=$SECRET")
done
AUTH=(-u admin:admin)
ready_count() {
  curl -s "${AUTH[@]}" "http://localhost:$PORT/api/projects" \
    | grep -o '"state":"[a-z]*"' | grep -c '"state":"ready"' || true
}

APP_PID=""
stop_app() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi; }
trap stop_app EXIT
echo "== the app: start with $PROJECTS git projects until every one is cloned and indexed"
START_RUNS=()
APP_RUNS="${APP_RUNS:-3}"
for run in $(seq "$APP_RUNS"); do
  rm -rf "$WORK/data"
  s=$(ms)
  java $JVM -Dquarkus.http.port="$PORT" -Dsessions.app.data-dir="$WORK/data" -Dsessions.auth.demo-accounts=true \
    "${PROPS[@]}" -jar "$APP" > "$WORK/app-$run.log" 2>&1 &
  APP_PID=$!
  until [ "$(ready_count)" = "$PROJECTS" ]; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped: see $WORK/app-$run.log"; exit 1; }
    sleep 0.1
  done
  START_RUNS+=($(( $(ms) - s )))
  [ "$run" = "$APP_RUNS" ] || stop_app
done
START_MS=$(median "${START_RUNS[@]}")
echo "app: $START_MS ms (runs: ${START_RUNS[*]})"

echo "== push → searchable through the webhook ($HOOK_RUNS pushes)"
CLONE="$WORK/pusher"
rm -rf "$CLONE"
git clone -q "file://$WORK/git/p01.git" "$CLONE"
LOG=$(cd "$CLONE" && find . -name session_log.md -print -quit)
HOOK=()
for n in $(seq "$HOOK_RUNS"); do
  word="hookprobe$n$RANDOM"
  printf -- '- [%s] pushed from elsewhere: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$word" >> "$CLONE/$LOG"
  git -C "$CLONE" -c user.name=bench -c user.email=bench@example.org commit -q -am "probe $n"
  git -C "$CLONE" push -q origin HEAD:main
  s=$(ms)
  curl -s -o /dev/null -X POST -H "X-Ledger-Secret: $SECRET" "http://localhost:$PORT/api/projects/p01/hooks/push"
  until curl -s "${AUTH[@]}" "http://localhost:$PORT/api/projects/p01/search?q=$word" | grep -q '"total":[1-9]'; do
    [ $(( $(ms) - s )) -lt 30000 ] || { echo "push $n not searchable after 30 s"; exit 1; }
    sleep 0.02
  done
  HOOK+=($(( $(ms) - s )))
done
HOOK_P50=$(pct 50 "${HOOK[@]}")
HOOK_P99=$(pct 99 "${HOOK[@]}")
echo "webhook: p50 $HOOK_P50 ms, p99 $HOOK_P99 ms"

echo "== idle CPU over $IDLE_SECONDS s"
sleep 5
TICK=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
c0=$(cpu)
sleep "$IDLE_SECONDS"
c1=$(cpu)
IDLE_PCT=$(awk "BEGIN {printf \"%.2f\", ($c1 - $c0) / $TICK / $IDLE_SECONDS * 100}")
echo "idle: $IDLE_PCT % of one core"
stop_app

RATIO=$(awk "BEGIN {printf \"%.2f\", $START_MS / $BASE_MS}")
DATE=$(date -u +%Y-%m-%d)
OUT="$RESULTS/$DATE-git-${PROJECTS}x${FILES}"
cat > "$OUT.md" <<MD
# Git projects: $PROJECTS × $FILES files ($DATE, $(nproc) cores)

| measure | product | baseline | ratio | target |
|---|---|---|---|---|
| clone + index every project (from the app's launch) | $START_MS ms | $BASE_MS ms (git clone --depth 1 + plain Lucene, one after another) | ${RATIO}× | ≤ 2.0× |
| push → searchable through the webhook | p50 $HOOK_P50 ms, p99 $HOOK_P99 ms ($HOOK_RUNS pushes) | | | p50 ≤ 1 s, p99 ≤ 3 s |
| idle server, $PROJECTS projects fetched every 60 s | $IDLE_PCT % of one core over $IDLE_SECONDS s | | | < 2 % |

Medians: app ${START_RUNS[*]} ms; baseline ${BASE_RUNS[*]} ms. Command: \`bench/git-projects.sh $PROJECTS $FILES\`.
MD
cat > "$OUT.json" <<JSON
{"projects": $PROJECTS, "files_per_project": $FILES, "start_ms": $START_MS, "start_runs_ms": [$(IFS=,; echo "${START_RUNS[*]}")],
 "baseline_ms": $BASE_MS, "baseline_runs_ms": [$(IFS=,; echo "${BASE_RUNS[*]}")], "ratio": $RATIO,
 "hook_p50_ms": $HOOK_P50, "hook_p99_ms": $HOOK_P99, "hook_runs_ms": [$(IFS=,; echo "${HOOK[*]}")], "idle_cpu_percent": $IDLE_PCT}
JSON
cat "$OUT.md"
