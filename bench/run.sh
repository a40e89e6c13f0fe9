#!/usr/bin/env bash
# Session Ledger benchmark: the product and its baselines side by side, on the same generated corpus.
#   bench/run.sh [files]        files: 10000 (default), 100000, or 1000000 (opt-in, slow)
# The timings compared with a target (full index, restart and their baselines) are the median of BENCH_RUNS runs
# (3; 1 at a million files).
# Writes bench/results/<date>-<files>.md and .json and prints the table. Needs: rg, wrk (Debian: ripgrep, wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
FILES="${1:-10000}"
WORK="${BENCH_DIR:-/tmp/sessionledger-bench}/$FILES"
PORT="${BENCH_PORT:-8089}"
# the same heap limit and collector for the product and the plain Lucene baseline (./run uses the same collector)
JVM="${BENCH_JVM:--Xmx2g -XX:+UseParallelGC}"
if [ "$FILES" -ge 1000000 ]; then RUNS="${BENCH_RUNS:-1}"; else RUNS="${BENCH_RUNS:-3}"; fi
RESULTS=bench/results
mkdir -p "$RESULTS" "$WORK"

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for c in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    [ -x "$c/bin/java" ] && export JAVA_HOME="$c" && break
  done
fi
export PATH="$JAVA_HOME/bin:$PATH"
for tool in rg wrk; do command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y ripgrep wrk)"; exit 2; }; done

ms() { date +%s%3N; }
elapsed() { local s; s=$(ms); "$@" > /dev/null; echo $(( $(ms) - s )); }
# the median and the range of the numbers given as arguments
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
spread() { if [ $# -gt 1 ]; then printf '%s\n' "$@" | sort -n | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "; %d runs: %d–%d ms", NR, lo, hi}'; fi; }
json_list() { local IFS=,; echo "[$*]"; }
# kB of a /proc/<pid>/status field: RssAnon (heap, metaspace, thread stacks: what the process itself holds) or VmRSS
# (that plus the mapped files, the Lucene index included, which the kernel may drop)
status_kb() { awk -v f="$2:" '$1 == f {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

echo "== build"
./mvnw -B -q -DskipTests install
./mvnw -B -q -pl session-bench dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" > /dev/null
CP="session-bench/target/classes:$(cat "$WORK/cp.txt")"
APP=session-web/target/quarkus-app/quarkus-run.jar

CORPUS="$WORK/workspace"
if [ ! -f "$WORK/corpus.json" ]; then
  echo "== generating $FILES files"
  rm -rf "$CORPUS"
  java -cp "$CP" org.sessionledger.bench.CorpusGenerator "$CORPUS" "$FILES" 42 > "$WORK/corpus.json"
fi
BYTES=$(sed -E 's/.*"bytes": ([0-9]+).*/\1/' "$WORK/corpus.json")
N=$(sed -E 's/.*"files": ([0-9]+).*/\1/' "$WORK/corpus.json")
MB=$(awk "BEGIN {printf \"%.1f\", $BYTES/1048576}")

# the watcher needs one inotify watch per folder; where the system allows fewer, changes in the other folders are only
# found by periodic rescans and the edit probe would time out: raise the limit as the README advises, when allowed
LIMIT_FILE=/proc/sys/fs/inotify/max_user_watches
if [ -r "$LIMIT_FILE" ]; then
  FOLDERS=$(find "$CORPUS" -type d | wc -l)
  if [ "$(cat "$LIMIT_FILE")" -lt $(( FOLDERS + 10000 )) ]; then
    if [ -w "$LIMIT_FILE" ]; then
      echo "== fs.inotify.max_user_watches $(cat "$LIMIT_FILE") → $(( FOLDERS * 2 )) for $FOLDERS folders"
      echo $(( FOLDERS * 2 )) > "$LIMIT_FILE"
    else
      echo "== fs.inotify.max_user_watches $(cat "$LIMIT_FILE") is below the $FOLDERS folders: live edits wait for rescans"
    fi
  fi
fi

echo "== baselines (warm page cache)"
find "$CORPUS" -type f -print0 | xargs -0 cat > /dev/null
CAT_MS=$(elapsed bash -c "find '$CORPUS' -type f -print0 | xargs -0 cat")
STAT_RUNS=()
for _ in $(seq "$RUNS"); do STAT_RUNS+=("$(elapsed find "$CORPUS" -type f -printf '%s %T@\n')"); done
STAT_MS=$(median "${STAT_RUNS[@]}")
RG1_MS=$(elapsed rg -uu -j1 -c ledger "$CORPUS")
RG2_MS=$(elapsed rg -uu -j2 -c ledger "$CORPUS")
LUCENE_RUNS=()
for _ in $(seq "$RUNS"); do
  rm -rf "$WORK/plain-index"
  LUCENE_RUNS+=("$(java $JVM -cp "$CP" org.sessionledger.bench.PlainLuceneIndexer "$CORPUS" "$WORK/plain-index" 2 | sed -E 's/.*"ms": ([0-9]+).*/\1/')")
done
LUCENE_MS=$(median "${LUCENE_RUNS[@]}")

# the generated corpus is not the demo workspace: the probes log in as the demo account editor/editor (AppendProbe)
# and read anonymously, so the bench turns the demo accounts and public reading on; extra -D options go in $2
start_app() {
  java --enable-native-access=ALL-UNNAMED $JVM -Dquarkus.http.port="$PORT" -Dsessions.fs.root="$CORPUS" \
    -Dsessions.app.data-dir="$WORK/data" -Dsessions.auth.demo-accounts=true -Dsessions.project.public-read=true \
    ${2:-} -jar "$APP" > "$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
}
stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }
trap stop_app EXIT
BASE="http://localhost:$PORT"
# milliseconds from the start to the end of the first indexing run, from the progress JSON the ready probe returns
sync_ms() { echo "$1" | sed -E 's/.*"startedMillis":([0-9]+).*"finishedMillis":([0-9]+).*/\2 \1/' | awk '{print $1-$2}'; }

echo "== Session Ledger: cold start and full index (PostgreSQL + Lucene)"
rm -rf "$WORK/data"
T0=$(ms); start_app cold
( while kill -0 "$APP_PID" 2>/dev/null; do
  echo "$(status_kb "$APP_PID" RssAnon) $(status_kb "$APP_PID" VmRSS)"; sleep 0.5
done ) > "$WORK/rss.txt" &
SAMPLER=$!
PROGRESS=$(java -cp "$CP" org.sessionledger.bench.HttpProbe ready "$BASE" 900)
COLD_READY_MS=$(( $(ms) - T0 ))
kill "$SAMPLER" 2>/dev/null || true
PEAK_ANON=$(awk 'BEGIN {m = 0} $1 > m {m = $1} END {print m}' "$WORK/rss.txt")
PEAK=$(awk 'BEGIN {m = 0} $2 > m {m = $2} END {print m}' "$WORK/rss.txt")
INDEX_RUNS=("$(sync_ms "$PROGRESS")")
sleep 5
IDLE_ANON=$(status_kb "$APP_PID" RssAnon)
IDLE_RSS=$(status_kb "$APP_PID" VmRSS)

echo "== search latency and edit -> searchable"
SEARCH=$(java -cp "$CP" org.sessionledger.bench.HttpProbe search "$BASE" 200 | tee "$WORK/search.json")
EDITS=$(java -cp "$CP" org.sessionledger.bench.HttpProbe edits "$BASE" "$CORPUS" 200 | tee "$WORK/edits.json")
APPENDS=$(java -cp "$CP" org.sessionledger.bench.AppendProbe "$BASE" "$CORPUS" 400 | tee "$WORK/appends.json")
APPENDS_ASYNC=$(java -cp "$CP" org.sessionledger.bench.AppendProbe "$BASE" "$CORPUS" 400 editor:editor async | tee "$WORK/appends-async.json")
echo "search: $SEARCH"
echo "edits: $EDITS"
echo "appends: $APPENDS"
echo "appends (respond-async): $APPENDS_ASYNC"

echo "== HTTP throughput (wrk, 2 threads, 8 connections, 10 s)"
SESSION_ID=$( (find "$CORPUS/.roo/commander/sessions" -mindepth 1 -maxdepth 1 -type d -printf "%f\n" | grep -m1 -E '^[A-Za-z0-9_.-]+$') || true)
rps() { wrk -t2 -c8 -d10s "$1" | awk '/Requests\/sec/ {print $2}'; }
RPS_TRIVIAL=$(rps "$BASE/q/health/live")
RPS_SESSION=$(rps "$BASE/sessions/$SESSION_ID")
RPS_SEARCH=$(rps "$BASE/search?q=ledger+payment")

echo "== audit pack of 1,000 sessions (or all there are)"
PACK_IDS=$(for page in 1 2 3 4 5; do curl -s -u admin:admin "$BASE/api/sessions?size=200&page=$page"; echo; done \
  | python3 -c 'import json,sys; ids=[r["id"] for l in sys.stdin if l.strip() for r in json.loads(l)["rows"]]; print(json.dumps({"sessions": ids[:1000]}))')
PACK_N=$(echo "$PACK_IDS" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["sessions"]))')
PACK_S=$(ms)
PACK_STATUS=$(curl -s -o "$WORK/pack.zip" -w '%{http_code}' -u admin:admin -H 'Content-Type: application/json' \
  -X POST --data "$PACK_IDS" "$BASE/api/packs")
PACK_MS=$(( $(ms) - PACK_S ))
PACK_MB=$(awk "BEGIN {printf \"%.1f\", $(stat -c %s "$WORK/pack.zip")/1048576}")
echo "pack: $PACK_N sessions, HTTP $PACK_STATUS, $PACK_MS ms, $PACK_MB MB"
stop_app

echo "== session page without the read record (what recording every read costs)"
start_app norecord "-Dsessions.reads.enabled=false"
java -cp "$CP" org.sessionledger.bench.HttpProbe ready "$BASE" 300 > /dev/null
rps "$BASE/sessions/$SESSION_ID" > /dev/null
RPS_SESSION_NOREC=$(rps "$BASE/sessions/$SESSION_ID")
stop_app

echo "== restart without changes ($RUNS runs)"
RESYNC_RUNS=(); READY_RUNS=(); REREAD=0
for i in $(seq "$RUNS"); do
  T0=$(ms); start_app "warm-$i"
  PROGRESS2=$(java -cp "$CP" org.sessionledger.bench.HttpProbe ready "$BASE" 300)
  READY_RUNS+=("$(( $(ms) - T0 ))")
  RESYNC_RUNS+=("$(sync_ms "$PROGRESS2")")
  REREAD=$(( REREAD + $(echo "$PROGRESS2" | sed -E 's/.*"unitsRead":([0-9]+).*/\1/') ))
  stop_app
done
RESYNC_MS=$(median "${RESYNC_RUNS[@]}")
WARM_READY_MS=$(median "${READY_RUNS[@]}")

if [ "$RUNS" -gt 1 ]; then
  echo "== full index again ($(( RUNS - 1 )) more runs, from empty mirrors)"
  for i in $(seq 2 "$RUNS"); do
    rm -rf "$WORK/data"
    start_app "cold-$i"
    INDEX_RUNS+=("$(sync_ms "$(java -cp "$CP" org.sessionledger.bench.HttpProbe ready "$BASE" 900)")")
    stop_app
  done
fi
INDEX_MS=$(median "${INDEX_RUNS[@]}")
trap - EXIT

ratio() { awk "BEGIN {printf \"%.2f\", $1/($2>0?$2:1)}"; }
p() { echo "$1" | sed -E "s/.*\"$2\": \\{[^}]*\"$3\": ([0-9.]+).*/\\1/"; }
DATE=$(date -u +%Y-%m-%d)
MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $JVM"
FILES_S=$(awk "BEGIN {printf \"%.0f\", $N/($INDEX_MS/1000)}")
MB_S=$(awk "BEGIN {printf \"%.1f\", $MB/($INDEX_MS/1000)}")
cat > "$RESULTS/$DATE-$FILES.md" <<TABLE
## Benchmark: $N files, $MB MB ($DATE; $MACHINE)

Full index, restart and their baselines: $( [ "$RUNS" -gt 1 ] && echo "the median of $RUNS runs" || echo "one run each").

| measure | Session Ledger | baseline | ratio | target |
|---|---|---|---|---|
| full index incl. PostgreSQL | $INDEX_MS ms ($FILES_S files/s, $MB_S MB/s$(spread "${INDEX_RUNS[@]}")) | plain Lucene, 2 threads: $LUCENE_MS ms$(spread "${LUCENE_RUNS[@]}") | $(ratio "$INDEX_MS" "$LUCENE_MS")× | ≤ 2.0× |
| restart, no changes (sync) | $RESYNC_MS ms, $REREAD units re-read$(spread "${RESYNC_RUNS[@]}") | find stat walk: $STAT_MS ms$(spread "${STAT_RUNS[@]}") | $(ratio "$RESYNC_MS" "$STAT_MS")× | ≤ 3×, 0 re-read |
| read floor | | cat every file: $CAT_MS ms | | |
| grep a term (hidden folders included) | | rg -uu -j1: $RG1_MS ms, rg -uu -j2: $RG2_MS ms | | |
| edit → searchable (200 edits) | p50 $(echo "$EDITS" | sed -E 's/.*"p50_ms": ([0-9.]+).*/\1/') ms, p99 $(echo "$EDITS" | sed -E 's/.*"p99_ms": ([0-9.]+).*/\1/') ms | | | p50 ≤ 250 ms, p99 ≤ 1 s |
| append an entry, answered once searchable (API, 8 writers, an agent appending every 10 ms) | p50 $(echo "$APPENDS" | sed -E 's/.*"p50_ms": ([0-9.]+).*/\1/') ms, p99 $(echo "$APPENDS" | sed -E 's/.*"p99_ms": ([0-9.]+).*/\1/') ms; lines lost: $(echo "$APPENDS" | sed -E 's/.*"agent_lines_lost": ([0-9]+).*/\1/') of the agent's, $(echo "$APPENDS" | sed -E 's/.*"posts_lost": ([0-9]+).*/\1/') of the posts | | | p50 ≤ 20 ms, p99 ≤ 100 ms, 0 lost |
| append an entry, answered once on disk and audited (Prefer: respond-async) | p50 $(echo "$APPENDS_ASYNC" | sed -E 's/.*"p50_ms": ([0-9.]+).*/\1/') ms, p99 $(echo "$APPENDS_ASYNC" | sed -E 's/.*"p99_ms": ([0-9.]+).*/\1/') ms; lines lost: $(echo "$APPENDS_ASYNC" | sed -E 's/.*"agent_lines_lost": ([0-9]+).*/\1/') of the agent's, $(echo "$APPENDS_ASYNC" | sed -E 's/.*"posts_lost": ([0-9]+).*/\1/') of the posts | | | p50 ≤ 20 ms, p99 ≤ 100 ms, 0 lost |
| ready → watching (watches placed, rescan done) | $(echo "$EDITS" | sed -E 's/.*"watch_wait_ms": ([0-9]+).*/\1/') ms after the search probe | | | |
| search term (HTTP, highlights) | p50 $(p "$SEARCH" term p50_ms) ms, p99 $(p "$SEARCH" term p99_ms) ms | | | p50 ≤ 10, p99 ≤ 50 ms |
| search phrase | p50 $(p "$SEARCH" phrase p50_ms) ms, p99 $(p "$SEARCH" phrase p99_ms) ms | | | |
| search phrase, a new one each time (no cached count) | p50 $(p "$SEARCH" phrase_new p50_ms) ms, p99 $(p "$SEARCH" phrase_new p99_ms) ms | | | |
| search boolean | p50 $(p "$SEARCH" boolean p50_ms) ms, p99 $(p "$SEARCH" boolean p99_ms) ms | | | |
| search with facet filters | p50 $(p "$SEARCH" facet p50_ms) ms, p99 $(p "$SEARCH" facet p99_ms) ms | | | |
| session page (wrk -t2 -c8) | $RPS_SESSION req/s | trivial endpoint: $RPS_TRIVIAL req/s | $(ratio "$RPS_SESSION" "$RPS_TRIVIAL")× | |
| audit pack of $PACK_N sessions (files, reports, audit; signed) | $PACK_MS ms, $PACK_MB MB (HTTP $PACK_STATUS) | | | < 30 s |
| session page, read record on / off | $RPS_SESSION / $RPS_SESSION_NOREC req/s | | $(ratio "$RPS_SESSION" "$RPS_SESSION_NOREC")× | ≥ 0.90× |
| search page (wrk -t2 -c8) | $RPS_SEARCH req/s | trivial endpoint: $RPS_TRIVIAL req/s | $(ratio "$RPS_SEARCH" "$RPS_TRIVIAL")× | |
| cold start → ready (empty mirrors) | $COLD_READY_MS ms | | | |
| start → ready (mirrors up to date) | $WARM_READY_MS ms | | | |
| anonymous RSS of the JVM | idle $(( IDLE_ANON / 1024 )) MB, peak while indexing $(( PEAK_ANON / 1024 )) MB | | | |
| RSS with mapped files | idle $(( IDLE_RSS / 1024 )) MB, peak while indexing $(( PEAK / 1024 )) MB | | | |
TABLE
cat > "$RESULTS/$DATE-$FILES.json" <<JSON
{"date": "$DATE", "machine": "$MACHINE", "files": $N, "bytes": $BYTES,
 "runs": $RUNS, "index_ms": $INDEX_MS, "plain_lucene_ms": $LUCENE_MS, "resync_ms": $RESYNC_MS, "units_reread": $REREAD,
 "stat_walk_ms": $STAT_MS, "index_runs_ms": $(json_list "${INDEX_RUNS[@]}"), "plain_lucene_runs_ms": $(json_list "${LUCENE_RUNS[@]}"),
 "resync_runs_ms": $(json_list "${RESYNC_RUNS[@]}"), "stat_walk_runs_ms": $(json_list "${STAT_RUNS[@]}"), "cat_ms": $CAT_MS, "rg1_ms": $RG1_MS, "rg2_ms": $RG2_MS,
 "edits": $EDITS, "appends": $APPENDS, "appends_async": $APPENDS_ASYNC, "search": $SEARCH,
 "pack": {"sessions": $PACK_N, "ms": $PACK_MS, "mb": $PACK_MB, "status": $PACK_STATUS},
 "rps": {"trivial": $RPS_TRIVIAL, "session_page": $RPS_SESSION, "session_page_no_read_record": $RPS_SESSION_NOREC, "search_page": $RPS_SEARCH},
 "cold_ready_ms": $COLD_READY_MS, "warm_ready_ms": $WARM_READY_MS, "anon_rss_idle_kb": $IDLE_ANON, "anon_rss_peak_kb": $PEAK_ANON,
 "rss_idle_kb": $IDLE_RSS, "rss_peak_kb": $PEAK}
JSON
cat "$RESULTS/$DATE-$FILES.md"
