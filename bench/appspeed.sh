#!/usr/bin/env bash
# Training speed with the window open against the CLI, on the same settings (MNIST, the course model, batch 32,
# every core), interleaved app, CLI, app, CLI ... so both see the same machine. Each side trains 3 epochs; the
# figures are epochs 2 and 3 in images/s, evaluation excluded, as both report them. The first epoch pays for the
# JIT on both sides; in the app the JIT is still compiling the window's code during epoch 2 (a one-time cost of the
# first minute), so epoch 3 is the steady state and the ratio the target is judged on. The app runs under Xvfb
# with one view on screen: Training, Kernels or Feature maps, which redraw as the weights change. It runs without
# the diagnostics' frame heartbeat (-Dconvscope.frames=false): a hundred wake-ups a second of the FX thread are the
# measurement's cost, not the app's; FRAMES=true puts it back.
# AUTOSTART=30 starts training 30 s after the window (all views made, the JIT done with them) instead of at once.
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

app_run() { # $1 view -> images/s of epochs 2 and 3
  local log="$OUT/app.log"
  mkdir -p "$OUT/home"
  : > "$log"
  # java runs inside xvfb-run's shell and is stopped there, so no app outlives its display
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    HOME='"$OUT/home"' java --add-modules jdk.incubator.vector -Dconvscope.diagnostics=true -Dconvscope.frames=${FRAMES:-false} -Dconvscope.tour=never \
      -Dconvscope.autostart='"${AUTOSTART:-1}"' -Dconvscope.tab='"$1"' -jar target/convscope.jar >'"$log"' 2>&1 &
    app=$!
    for _ in $(seq 1 1500); do grep -q "^epoch 3:" '"$log"' && break; kill -0 $app 2>/dev/null || break; sleep 0.1; done
    kill $app 2>/dev/null; wait $app 2>/dev/null || true' >/dev/null 2>&1
  echo $(sed -n 's/^epoch [23]: .*, \([0-9]*\) images\/s$/\1/p' "$log" | head -n 2)
}

cli_run() { # -> images/s of epochs 2 and 3
  echo $("${JAVA[@]}" -jar target/convscope.jar train --dataset mnist --arch seed --epochs 3 --batch 32 2>/dev/null \
    | grep -A1 "^Epoch [23]/3" | grep "images/s" | sed -n 's/.* - \([0-9,]*\) images\/s - .*/\1/p' | tr -d ,)
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for view in $VIEWS; do
  for i in $(seq 1 "$PAIRS"); do
    read -r a2 a3 <<< "$(app_run "$view")"; read -r c2 c3 <<< "$(cli_run)"
    echo "$view pair $i: epoch 2 app ${a2:-nan} CLI ${c2:-nan}, epoch 3 app ${a3:-nan} CLI ${c3:-nan} images/s"
    echo "$view ${a2:-nan} ${c2:-nan} ${a3:-nan} ${c3:-nan}" >> "$OUT/all"
  done
done
python3 - "$OUT/all" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
for view in dict.fromkeys(r[0] for r in rows):
    for epoch, col in ((2, 1), (3, 3)):
        a = [float(r[col]) for r in rows if r[0] == view]
        c = [float(r[col + 1]) for r in rows if r[0] == view]
        ratio = statistics.median(x / y for x, y in zip(a, c))
        print(f"{view:15s} epoch {epoch}: app {statistics.median(a):8,.0f}  CLI {statistics.median(c):8,.0f} images/s  "
              f"app/CLI {ratio:.1%} (median of {len(a)} pairs" + ("; target >= 90%)" if epoch == 3 else ")"))
PY
