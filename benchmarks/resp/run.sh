#!/usr/bin/env bash
# One run, one machine: redis-benchmark against redis-server, Boucle's RedisServer (1 and 2 loops),
# the same server on Netty 4.2 + netty-codec-redis (NIO and epoll, 1 event loop), and on one virtual
# thread per connection. Prints a markdown table (requests per second) and keeps the raw output.
#
#   bash benchmarks/resp/run.sh            # N=200000 C=50 by default; JDK=... to pick the JDK (21+)
#   ONLY='redis-server|1 loop' bash benchmarks/resp/run.sh    # some of the servers only
#
# Needs redis-server and redis-benchmark (Debian: apt-get install -y redis-server redis-tools).
set -euo pipefail
cd "$(dirname "$0")/../.."

JDK=${JDK:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -n 1)}
J="$JDK/bin/java"
N=${N:-200000}
C=${C:-50}
WARMUP=${WARMUP:-100000}
JVM_OPTS=${JVM_OPTS:--Xms1g -Xmx1g}
OUT=${OUT:-benchmarks/results/resp-$(date -u +%Y%m%d-%H%M).txt}

for tool in redis-server redis-benchmark redis-cli; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing: apt-get install -y redis-server redis-tools" >&2; exit 2; }
done
[ -x "$J" ] || { echo "run.sh: no JDK 21+ at '$JDK' (set JDK=...)" >&2; exit 2; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  JAVA_HOME="$JDK" PATH="$JDK/bin:$PATH" mvn -B -q -DskipTests package >/dev/null
fi
AGENT=agent/target/boucle-agent.jar
EXAMPLES=examples/target/boucle-examples.jar
PEERS=benchmarks/resp/target/resp-peers.jar

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 30000))
    ss -Htln "sport = :$p" | grep -q . || { echo "$p"; return; }
  done
}

SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}
trap stop_server EXIT

# start NAME PORT CMD...: runs the server, waits until it answers PING
start() {
  local name=$1 port=$2
  shift 2
  "$@" >"/tmp/resp-bench-$name.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 200); do
    if redis-cli -p "$port" ping 2>/dev/null | grep -q PONG; then
      return
    fi
    sleep 0.1
  done
  echo "run.sh: $name did not start; its output:" >&2
  cat "/tmp/resp-bench-$name.log" >&2
  exit 1
}

# bench NAME PORT PIPELINE: prints "ping_inline ping_mbulk set get" requests/s
bench() {
  local port=$2 p=$3
  redis-benchmark -p "$port" -c "$C" -n "$WARMUP" -t ping,set,get -P "$p" -q >/dev/null 2>&1
  redis-benchmark -p "$port" -c "$C" -n "$N" -t ping,set,get -P "$p" -q 2>/dev/null \
    | tr '\r' '\n' | grep 'requests per second' | tee -a "$OUT.raw" \
    | awk '{ for (i = 1; i <= NF; i++) if ($i == "requests") printf "%s ", $(i-1) } END { print "" }'
}

declare -a NAMES CMDS
add() { NAMES+=("$1"); CMDS+=("$2"); }
add "redis-server $(redis-server --version | sed -E 's/.*v=([0-9.]+).*/\1/') (C, 1 thread)" \
    "redis-server --port PORT --save '' --appendonly no --protected-mode no"
add "Boucle RedisServer, 1 loop" "$J $JVM_OPTS -javaagent:$AGENT -cp $EXAMPLES dev.boucle.examples.RedisServer PORT 1"
add "Boucle RedisServer, 2 loops" "$J $JVM_OPTS -javaagent:$AGENT -cp $EXAMPLES dev.boucle.examples.RedisServer PORT 2"
add "Netty 4.2 NIO, 1 event loop" "$J $JVM_OPTS -cp $PEERS dev.boucle.bench.resp.NettyRedisServer PORT nio"
add "Netty 4.2 epoll, 1 event loop" "$J $JVM_OPTS -cp $PEERS dev.boucle.bench.resp.NettyRedisServer PORT epoll"
add "virtual thread per connection" "$J $JVM_OPTS -cp $PEERS dev.boucle.examples.redis.VirtualThreadRedisServer PORT"

mkdir -p "$(dirname "$OUT")"
{
  echo "# redis-benchmark -c $C -n $N -t ping,set,get -q, at -P 1 and -P 16 (after a warm-up of $WARMUP requests per test)"
  echo "# $(date -u), $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "# JDK: $("$J" -version 2>&1 | head -n 1); JVM options: $JVM_OPTS"
  echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT"
: >"$OUT.raw"

echo "| server | PING_INLINE -P1 | PING_MBULK -P1 | SET -P1 | GET -P1 | PING_INLINE -P16 | PING_MBULK -P16 | SET -P16 | GET -P16 |" | tee -a "$OUT"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |" | tee -a "$OUT"
for i in "${!NAMES[@]}"; do
  name=${NAMES[$i]}
  if [ -n "${ONLY:-}" ] && ! [[ "$name" =~ $ONLY ]]; then
    continue  # ONLY='regex' runs the servers whose name matches
  fi
  port=$(free_port)
  cmd=${CMDS[$i]//PORT/$port}
  echo "## $name: $cmd" >>"$OUT.raw"
  start "s$i" "$port" bash -c "exec $cmd"
  p1=$(bench "s$i" "$port" 1)
  p16=$(bench "s$i" "$port" 16)
  stop_server
  echo "| $name | $(echo $p1 | tr ' ' '|' | sed 's/|/ | /g') | $(echo $p16 | tr ' ' '|' | sed 's/|/ | /g') |" | tee -a "$OUT"
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
echo "raw redis-benchmark lines: $OUT.raw"
