#!/usr/bin/env bash
# Training speed with the window open against the CLI, on the same settings (MNIST, the course model, batch 32,
# every core), interleaved app, CLI, app, CLI ... so both see the same machine. Each side's figure is the second
# epoch's images/s (the first pays for the JIT), evaluation excluded, as both report it. The app runs under Xvfb
# with one view on screen: Training, Kernels or Feature maps, which redraw as the weights change.
#
#   bench/appspeed.sh                       3 pairs for each of the three views
#   PAIRS=1 VIEWS=kernelsTab bench/appspeed.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PAIRS=${PAIRS:-3}
VIEWS=${VIEWS:-"trainingTab kernelsTab featuremapsTab"}
source bench/common.sh >/dev/null
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
JAVA=(java --add-modules jdk.incubator.vector)

app_run() { # $1 view -> images/s of epoch 2
  local log="$OUT/app.log"
  mkdir -p "$OUT/home"
  : > "$log"
  # java runs inside xvfb-run's shell and is stopped there, so no app outlives its display
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    HOME='"$OUT/home"' java --add-modules jdk.incubator.vector -Dconvscope.diagnostics=true -Dconvscope.tour=never \
      -Dconvscope.autostart=1 -Dconvscope.tab='"$1"' -jar target/convscope.jar >'"$log"' 2>&1 &
    app=$!
    for _ in $(seq 1 900); do grep -q "^epoch 2:" '"$log"' && break; kill -0 $app 2>/dev/null || break; sleep 0.1; done
    kill $app 2>/dev/null; wait $app 2>/dev/null || true' >/dev/null 2>&1
  sed -n 's/^epoch 2: .*, \([0-9]*\) images\/s$/\1/p' "$log" | head -n 1
}

cli_run() { # -> images/s of epoch 2
  "${JAVA[@]}" -jar target/convscope.jar train --dataset mnist --arch seed --epochs 2 --batch 32 2>/dev/null \
    | grep -A1 "^Epoch 2/2" | tail -n 1 | sed -n 's/.* - \([0-9,]*\) images\/s - .*/\1/p' | tr -d ,
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for view in $VIEWS; do
  for i in $(seq 1 "$PAIRS"); do
    a=$(app_run "$view"); c=$(cli_run)
    echo "$view pair $i: app ${a:-nan} images/s, CLI ${c:-nan} images/s"
    echo "$view ${a:-nan} ${c:-nan}" >> "$OUT/all"
  done
done
python3 - "$OUT/all" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
for view in dict.fromkeys(r[0] for r in rows):
    a = [float(r[1]) for r in rows if r[0] == view]
    c = [float(r[2]) for r in rows if r[0] == view]
    ratio = statistics.median(x / y for x, y in zip(a, c))
    print(f"{view:15s} app {statistics.median(a):8,.0f}  CLI {statistics.median(c):8,.0f} images/s  "
          f"app/CLI {ratio:.1%} (median of {len(a)} pairs; target >= 90%)")
PY
