#!/usr/bin/env bash
# Cold starts of the app under Xvfb, as a class would see them: the time from `java -jar` to the window being
# visible to the X server (xdotool), and the app's own figures from -Dconvscope.diagnostics=true: "window
# shown" (first frame after the stage is shown) and "ready" (a drawn digit classified by the pretrained
# model through the draw pad's code). Prints each run and the medians.
#
#   bench/startup.sh                5 runs of target/convscope.jar
#   RUNS=9 bench/startup.sh         more runs
#   JAVA_OPTS="-XX:SharedArchiveFile=x.jsa" bench/startup.sh    with extra JVM options
#   CMD="target/dist/convscope/bin/convscope" bench/startup.sh   the installed app image instead
#
# Measure an app image where it was built or installed: its class archive (lib/app/convscope.jsa) records the jars'
# paths, so a copy moved elsewhere starts without it, silently (seen with -Xlog:class+load: no class "source: shared
# objects file"); `bin/convscope --make-cds-archive` in the copy writes it again for that place.
#
# Each run is a new JVM with an empty user folder (no preferences, no recent files). With DROP_CACHES=1 (root)
# the page cache is dropped before each run too, so the JDK and the jars come from disk.
# Needs: xvfb-run, xdotool (Debian: apt-get install xvfb xauth xdotool libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
source bench/common.sh >/dev/null
for tool in xvfb-run xdotool; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install xvfb xauth xdotool libgtk-3-0)"; exit 1; }
done
CMD=${CMD:-java ${JAVA_OPTS:-} --add-modules jdk.incubator.vector -jar target/convscope.jar}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

one_run() { # prints: visible_ms shown_ms ready_ms
  local home="$OUT/home$1" log="$OUT/log$1"
  mkdir -p "$home"
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    t0=$(date +%s%N)
    HOME='"$home"' JAVA_TOOL_OPTIONS="-Dconvscope.diagnostics=true -Dconvscope.tour=never -Dconvscope.launchedAt=$((t0 / 1000000))" \
      '"$CMD"' >'"$log"' 2>&1 &
    app=$!
    # polled every 200 ms (more often, the polling itself takes the CPU the app needs): xdotool'"'"'s own --sync looks only every half second
    for i in $(seq 1 150); do xdotool search --onlyvisible --name ConvScope >/dev/null 2>&1 && break; sleep 0.2; done
    t1=$(date +%s%N)
    for i in $(seq 1 300); do grep -q "^ready" '"$log"' && break; sleep 0.1; done
    kill $app 2>/dev/null; wait $app 2>/dev/null || true
    echo $(( (t1 - t0) / 1000000 ))' > "$OUT/visible$1" 2>/dev/null
  local visible shown ready
  visible=$(cat "$OUT/visible$1")
  shown=$(sed -n 's/^first pulse after show at \([0-9]*\) ms/\1/p' "$log" | head -n 1)
  ready=$(sed -n 's/^ready .* at \([0-9]*\) ms/\1/p' "$log" | head -n 1)
  echo "${visible:-nan} ${shown:-nan} ${ready:-nan}"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: $CMD"
for i in $(seq 1 "$RUNS"); do
  if [ "${DROP_CACHES:-0}" = 1 ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
  r=$(one_run "$i")
  echo "$r" >> "$OUT/all"
  set -- $r
  echo "run $i: window visible $1 ms, shown $2 ms, ready $3 ms"
done
python3 - "$OUT/all" <<'PY'
import statistics, sys
rows = [[float(v) for v in l.split()] for l in open(sys.argv[1]) if l.strip()]
med = lambda i: statistics.median(r[i] for r in rows)
print(f"median of {len(rows)}: window visible {med(0):.0f} ms (target <= 2500), "
      f"shown {med(1):.0f} ms, ready {med(2):.0f} ms (target <= 4000)")
PY
