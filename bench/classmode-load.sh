#!/usr/bin/env bash
# Class mode under a class's load: the app (under Xvfb, with the frame monitor on) serves class mode on loopback
# while 40 simulated students (bench/ClassLoad.java, each its own 127.0.0.x address) send a stroke-drawn digit
# every 1-3 s for 60 s. Reports the reply times (p50, p90, p99), the drawings lost (sent without a 200 reply;
# target 0), the drawings that reached the gallery, and the app's frame gaps over 100 ms during the run (target:
# none), beside the frame gaps of as long a time without students just before (what the machine's other work
# costs the app by itself). Loopback only; the app is started and stopped inside its Xvfb's shell.
#
#   bench/classmode-load.sh [--students 40] [--seconds 60] [--port 18480]
set -euo pipefail
cd "$(dirname "$0")/.."

STUDENTS=40
SECONDS_RUN=60
PORT=18480
while [ $# -gt 0 ]; do
  case "$1" in
    --students) STUDENTS=$2; shift 2 ;;
    --seconds) SECONDS_RUN=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    *) echo "usage: bench/classmode-load.sh [--students N] [--seconds S] [--port P]"; exit 2 ;;
  esac
done
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb xauth libgtk-3-0)"; exit 1; }
[ -f target/convscope.jar ] || mvn -q -B package -DskipTests
[ -f target/test-classes/org/convscope/cli/StrokeDigits.class ] || mvn -q -B test-compile
OUT=${CLASSLOAD_OUT:-$(mktemp -d)}
java -cp target/classes:target/test-classes org.convscope.cli.StrokeDigits "$OUT/digits" 6 >/dev/null
# compiled before the app starts: compiling it during the run would take a core from the app being measured
mkdir -p "$OUT/classes" && javac -d "$OUT/classes" bench/ClassLoad.java

echo "class mode load: $STUDENTS students, $SECONDS_RUN s, logs in $OUT"
echo "machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
export OUT PORT STUDENTS SECONDS_RUN APP_OPTS
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  java --add-modules jdk.incubator.vector -XX:ThreadPriorityPolicy=1 -XX:JavaPriority3_To_OSPriority=10 -Dconvscope.tour=never -Dconvscope.diagnostics=true \
    -Dconvscope.class=$PORT -Dconvscope.class.host=127.0.0.1 -Dconvscope.class.max=5000 \
    -Djava.util.prefs.userRoot=$OUT/prefs ${APP_OPTS:-} -jar target/convscope.jar > $OUT/app.log 2>&1 &
  app=$!
  for i in $(seq 1 90); do grep -q "join code" $OUT/app.log && break; sleep 1; done
  code=$(grep -m1 "join code" $OUT/app.log | awk "{print \$NF}")
  [ -n "$code" ] || { echo "the app did not start class mode"; kill $app; exit 1; }
  sleep 25 # the window settles: views built in idle time, the kernels warmed up
  # the same time without students first: what this machine does to the frames by itself
  wc -l < $OUT/app.log > $OUT/idle-from # the app owns the log: lines are counted, nothing is written into it
  sleep $SECONDS_RUN
  wc -l < $OUT/app.log > $OUT/run-from
  echo "load at start: $(cut -d" " -f1-3 /proc/loadavg)"
  # the students at nice 10: in a classroom they are phones, not this computer
  nice -n 10 java -Djava.awt.headless=true -cp $OUT/classes ClassLoad --url http://127.0.0.1:$PORT/ --code $code \
    --students $STUDENTS --seconds $SECONDS_RUN --images $OUT/digits | tee $OUT/load.txt
  wc -l < $OUT/app.log > $OUT/run-to
  echo "load at end: $(cut -d" " -f1-3 /proc/loadavg)"
  sleep 6 # one more count of the gallery
  kill $app; wait $app || true
'
python3 - "$OUT" <<'PY'
import re, sys, os
out = sys.argv[1]
log = open(os.path.join(out, "app.log"), errors="replace").read()
lines = log.split("\n")
def part(a, b):
    return "\n".join(lines[int(open(os.path.join(out, a)).read()):int(open(os.path.join(out, b)).read())])
idle, run = part("idle-from", "run-from"), part("run-from", "run-to")
def report(what, text):
    gaps = [float(g) for g in re.findall(r"frame gap ([\d.]+) ms", text)]
    fps = [float(f) for f in re.findall(r"frames: ([\d.]+) fps", text)]
    print(f"{what}: frame gaps over 100 ms: {len(gaps)}" + (f" (longest {max(gaps):.0f} ms)" if gaps else "")
          + (f"; frame rate per 10 s: {', '.join(f'{f:.0f}' for f in fps)} fps" if fps else ""))
report("without students", idle)
report("with students", run)
counts = [int(c) for c in re.findall(r"class mode: (\d+) drawings in the gallery", log)]
load = open(os.path.join(out, "load.txt")).read()
answered = int(re.search(r"answered 200: (\d+)", load).group(1))
print(f"drawings in the gallery at the end: {counts[-1] if counts else '?'} (answered 200: {answered})")
PY
