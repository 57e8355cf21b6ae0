#!/usr/bin/env bash
# A class's hour, compressed: the app trains from random weights for the whole run while a driver switches views
# every 10 s and draws on the pad every minute (-Dconvscope.soak=true, app/SoakDriver). Run under Xvfb with the
# installers' JVM options. Reports, and checks:
#   - heap after GC stays flat: the live set of the last 10 minutes within 5% of minutes 5-15. The live set is what
#     a G1 marking found live in the old generation (objects and large arrays, from -Xlog:gc+liveness), and each
#     window's figure is the mean of its markings. The app marks two or three times in 30 minutes, and not at random
#     times: a large allocation starts most of them, so they tend to find a view's work in flight (10 MB of it in a
#     soak that leaked nothing). So the script asks for a marking every MARK_EVERY seconds (150) from the 4th minute
#     on, unless the app has just marked (jcmd GC.run, made concurrent by -XX:+ExplicitGCInvokesConcurrent: no full
#     collection, no long pause). Frame gaps during such a marking, or within a second after it, are the script's
#     doing, not the app's: they are listed and not judged;
#   - resident memory (RSS, sampled every 10 s) at most 1 GB;
#   - no frame gap over 100 ms after the first 20 s (the app's frame monitor);
#   - no exception in the log.
#
#   bench/soak.sh                  30 minutes
#   bench/soak.sh --minutes 5      a shorter run (the heap check needs at least 16 minutes)
#   IMAGE=target/dist/convscope bench/soak.sh   the app image (packaging/package.sh app-image): its launcher, its
#                                  JVM options and its class-data-sharing archive, whose mapping counts in the RSS
set -euo pipefail
cd "$(dirname "$0")/.."

MINUTES=30
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES=$2; shift 2 ;;
    *) echo "usage: bench/soak.sh [--minutes N]"; exit 2 ;;
  esac
done
source bench/common.sh >/dev/null
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb xauth libgtk-3-0)"; exit 1; }
OUT=${SOAK_OUT:-$(mktemp -d)}
mkdir -p "$OUT/home"
SECONDS_TOTAL=$((MINUTES * 60))
# the installers' options (the app image's launcher has them already), and the soak's own
source packaging/jvm-options.sh
SOAK_OPTS=(-Dconvscope.diagnostics=true -Dconvscope.tour=never -Dconvscope.soak=true -Dconvscope.closeAfter=$SECONDS_TOTAL
  "-Xlog:gc:file=$OUT/gc.log:uptime" "-Xlog:gc+liveness=trace:file=$OUT/liveness.log:uptime" -XX:+ExplicitGCInvokesConcurrent)
JCMD=$(command -v jcmd || echo "${JAVA_HOME:-}/bin/jcmd")
MARK_EVERY=${MARK_EVERY:-150}
# whether the app has marked between $1 and $2 seconds of its uptime (the GC log's clock)
marked_between() {
  awk -v a="$1" -v b="$2" '/Pause Remark/ { t = substr($1, 2) + 0; if (t >= a && t < b) f = 1 } END { exit !f }' "$OUT/gc.log"
}
NEXT_MARK=240
echo "soak: $MINUTES min, log in $OUT; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${IMAGE:-}" ]; then
  # the soak's options go in through the JVM's environment variable
  xvfb-run -a -s "-screen 0 1280x800x24" env HOME="$OUT/home" JAVA_TOOL_OPTIONS="${SOAK_OPTS[*]}" "$IMAGE/bin/convscope" \
    >"$OUT/app.log" 2>&1 &
else
  xvfb-run -a -s "-screen 0 1280x800x24" env HOME="$OUT/home" java "${INSTALLER_JVM_OPTIONS[@]}" "${SOAK_OPTS[@]}" -jar target/convscope.jar \
    >"$OUT/app.log" 2>&1 &
fi
XVFB=$!
sleep 3
# the JVM itself (its command is java, as the image's launcher execs it), not xvfb-run's shell or env
java_pid() {
  local p
  for p in $(pgrep -x java); do
    if tr '\0' '\n' < "/proc/$p/environ" 2>/dev/null | grep -q "^HOME=$OUT/home$"; then echo "$p"; return; fi
  done
}
PID=$(java_pid)
: > "$OUT/rss"
start=$(date +%s)
while kill -0 "$XVFB" 2>/dev/null; do
  if [ -n "$PID" ] && [ -r "/proc/$PID/status" ]; then
    elapsed=$(( $(date +%s) - start ))
    echo "$elapsed $(awk '/VmRSS/ {print $2}' "/proc/$PID/status")" >> "$OUT/rss"
    # a marking every MARK_EVERY s, none in the last half minute (its gaps would fall outside the log)
    if [ "$elapsed" -ge "$NEXT_MARK" ] && [ "$elapsed" -lt $(( SECONDS_TOTAL - 30 )) ]; then
      uptime=$(ps -o etimes= -p "$PID" | tr -d ' ')  # the JVM's age, the GC log's clock (elapsed started 3 s later)
      marked_between $(( uptime - 60 )) $(( uptime + 10 )) || "$JCMD" "$PID" GC.run >/dev/null 2>&1 || echo "jcmd GC.run failed"
      NEXT_MARK=$(( NEXT_MARK + MARK_EVERY ))
    fi
  else
    PID=$(java_pid)
  fi
  sleep 10
done
wait "$XVFB" || true

python3 - "$OUT" "$MINUTES" <<'PY'
import re, statistics, sys, os
out, minutes = sys.argv[1], int(sys.argv[2])
log = open(os.path.join(out, "app.log"), errors="replace").read()
ok = True
# Heap after GC, per minute of uptime. Two figures: the heap after every pause (young ones included) carries the old
# garbage G1 has not marked yet, and G1 may go ten minutes and more without marking (it learns from the allocation
# rate when it must), so that figure climbed by 100 MB and fell back at once in soaks whose live set did not move.
# The lowest heap after a mixed collection (one that follows a marking and collects the old generation too) is
# shown as well. Neither is judged: the live set below is.
after_any, after_mixed = {}, {}
for line in open(os.path.join(out, "gc.log")):
    m = re.match(r"\[(\d+\.\d+)s\].*Pause.*?(\d+)M->(\d+)M", line)
    if m:
        minute, after = int(float(m.group(1)) // 60), int(m.group(3))
        after_any.setdefault(minute, []).append(after)
        if "Pause Young (Mixed)" in line:
            after_mixed[minute] = min(after, after_mixed.get(minute, after))
means = {k: statistics.mean(v) for k, v in sorted(after_any.items())}
# The live set: at the end of each marking (its "Post-Marking" table, one row a region) the bytes found live in old
# and humongous regions; the young regions are left out, as they hold whatever was allocated since the last pause.
# Not the heap after a mixed collection: G1 stops collecting old regions when what is left to win is under 5% of the
# heap (G1HeapWastePercent), so that figure moves by up to 28 MB from one marking to the next with nothing leaking.
marked = {}
phase = None
for line in open(os.path.join(out, "liveness.log"), errors="replace"):
    m = re.match(r"\[(\d+\.\d+)s\].*### PHASE (\S+)", line)
    if m:
        phase = m.group(2)
        if phase == "Post-Marking":
            at = float(m.group(1))
            marked[at] = 0
        continue
    m = re.search(r"###\s+(OLD|HUMS|HUMC)\s+\S+\s+\d+\s+\d+\s+(\d+)", line)
    if m and phase == "Post-Marking":
        marked[at] += int(m.group(2))
print("live set at each marking (old and humongous regions), MB:", " ".join(f"{t / 60:.1f} min {b / 2**20:.0f}" for t, b in marked.items()))
live = {}
for t, b in marked.items():
    live.setdefault(int(t // 60), []).append(b / 2**20)
live = {k: statistics.mean(v) for k, v in live.items()}
print("heap after GC, MB, mean per minute:", " ".join(f"{k}:{v:.0f}" for k, v in means.items()))
print("heap after mixed GC, MB, lowest per minute (not judged):", " ".join(f"{k}:{v}" for k, v in sorted(after_mixed.items())))
def windows(values):
    early = [v for k, v in values.items() if 5 <= k < 15]
    late = [v for k, v in values.items() if k >= minutes - 10]
    return (statistics.mean(early), statistics.mean(late)) if early and late else None
if minutes < 16:
    print("heap after GC: run too short for the flatness check (needs 16 minutes)")
else:
    w = windows(means)
    if w:
        print(f"heap after GC (with unmarked garbage; not judged): minutes 5-15 {w[0]:.1f} MB, last 10 minutes {w[1]:.1f} MB ({(w[1] - w[0]) / w[0]:+.1%})")
    w = windows(after_mixed)
    if w:
        print(f"heap after mixed GC (not judged): minutes 5-15 {w[0]:.1f} MB, last 10 minutes {w[1]:.1f} MB ({(w[1] - w[0]) / w[0]:+.1%})")
    w = windows(live)
    if w:
        a, b = w
        flat = abs(b - a) <= 0.05 * a
        print(f"live set: minutes 5-15 {a:.1f} MB, last 10 minutes {b:.1f} MB ({(b - a) / a:+.1%}): {'flat' if flat else 'NOT FLAT'}")
    else:
        flat = False
        print("live set: no marking in one of the two windows: NOT MEASURED")
    ok &= flat
rss = [int(l.split()[1]) for l in open(os.path.join(out, "rss")) if len(l.split()) == 2]
if rss:
    peak = max(rss) / 1024
    ok &= peak <= 1024
    print(f"RSS: peak {peak:.0f} MB, last {rss[-1] / 1024:.0f} MB ({len(rss)} samples): {'ok' if peak <= 1024 else 'OVER 1 GB'}")
gaps = [(float(t), float(g)) for g, t in re.findall(r"frame gap ([\d.]+) ms at ([\d.]+) s", log)]
# the markings the script asked for, from their start to a second after their end
asked, start = [], None
for line in open(os.path.join(out, "gc.log")):
    m = re.match(r"\[(\d+\.\d+)s\]", line)
    if m and "(Diagnostic Command)" in line:
        start = float(m.group(1))
    elif m and start is not None and re.search(r"Concurrent (Mark|Undo) Cycle [\d.]+ms", line):  # undone: ends too
        asked.append((start, float(m.group(1)) + 1))
        start = None
# the frame monitor's clock starts as the window is shown, the GC log's as the JVM starts
shown = re.search(r"^stage shown at (\d+) ms", log, re.M)
offset = int(shown.group(1)) / 1000 if shown else 0
def ours(t, g):  # a gap of g ms that ended at t s (the monitor's clock) overlaps a marking asked for
    return any(t + offset >= a and t + offset - g / 1000 <= b for a, b in asked)
late_gaps = [(t, g) for t, g in gaps if t > 20 and not ours(t, g)]
asked_gaps = [(t, g) for t, g in gaps if t > 20 and ours(t, g)]
ok &= not late_gaps
print(f"frame gaps over 100 ms: {len(gaps)} in all, {len(late_gaps)} after the first 20 s"
      + (": " + ", ".join(f"{g:.0f} ms at {t:.0f} s" for t, g in late_gaps[:10]) if late_gaps else ""))
if asked:
    print(f"markings asked for by the script: {len(asked)} (at " + ", ".join(f"{a:.0f} s" for a, _ in asked) + "); frame gaps"
          + " during them or within a second after, not judged: "
          + (", ".join(f"{g:.0f} ms at {t:.1f} s" for t, g in asked_gaps) if asked_gaps else "none"))
exceptions = [l for l in log.splitlines() if "Exception" in l or "Error:" in l]
ok &= not exceptions
print(f"exceptions in the log: {len(exceptions)}" + ("".join("\n  " + l for l in exceptions[:10])))
epochs = re.findall(r"^epoch (\d+): .* test loss [\d.]+ accuracy ([\d.]+), (\d+) images/s", log, re.M)
if epochs:
    print(f"training: {len(epochs)} epochs, last test accuracy {epochs[-1][1]}, {epochs[-1][2]} images/s")
views = len(re.findall(r"^soak: view", log, re.M)); draws = len(re.findall(r"^soak: drawing", log, re.M))
print(f"driver: {views} view switches, {draws} drawings")
print("SOAK", "PASSED" if ok else "FAILED")
PY
