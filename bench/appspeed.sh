#!/usr/bin/env bash
# Training speed with the window open against the CLI, on the same settings (MNIST, the course model, batch 32,
# every core), interleaved app, CLI, app, CLI ... so both see the same machine. Each side trains 3 epochs (EPOCHS);
# the figures are epochs 2 and 3 in images/s, evaluation excluded, as both report them. The first epoch pays for the
# JIT on both sides; in the app the JIT is still compiling the window's code during epoch 2 (a one-time cost of the
# first minute), so epoch 3 is the ratio the target is judged on. The app runs under Xvfb
# with one view on screen: Training, Kernels or Feature maps, which redraw as the weights change. It runs without
# the diagnostics' frame heartbeat (-Dconvscope.frames=false): a hundred wake-ups a second of the FX thread are the
# measurement's cost, not the app's; FRAMES=true puts it back.
# AUTOSTART=30 starts training 30 s after the window (all views made, the JIT done with them) instead of at once.
# EPOCHS=8 trains longer and adds the steady state, epochs 4 to 8 (from about the 25th second of training on), when
# the JIT is mostly done with both (in the app it still compiles now and then until about the 50th second).
# FROM=3 EPOCHS=5 starts that window at epoch 3, for a machine on which an epoch takes 20 s.
# EPOCHS=8 FROM=6 is past the app's first minute where an epoch takes 11-13 s (the AVX2 host since the 2-vector tiles).
# FROM=10 EPOCHS=14 moves the steady state's window past the app's first minute (epochs 10 to 14): a JFR profile of
# the app on Training shows the C2 compiler still taking ~9% of the machine between its 25th and 65th second,
# compiling JavaFX code the CLI never runs.
#
#   bench/appspeed.sh                       3 pairs for each of the three views
#   PAIRS=1 VIEWS=kernelsTab bench/appspeed.sh
#   EPOCHS=8 VIEWS=trainingTab bench/appspeed.sh
#   JVM_OPTS="-Xmx560m ..." bench/appspeed.sh   both sides with these JVM options (e.g. the installers')
set -euo pipefail
cd "$(dirname "$0")/.."

PAIRS=${PAIRS:-3}
EPOCHS=${EPOCHS:-3}
FROM=${FROM:-4}
VIEWS=${VIEWS:-"trainingTab kernelsTab featuremapsTab"}
source bench/common.sh >/dev/null
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
read -r -a EXTRA <<< "${JVM_OPTS:-}"
JAVA=(java --add-modules jdk.incubator.vector ${EXTRA[@]+"${EXTRA[@]}"})

app_run() { # $1 view -> images/s of epochs 2 to EPOCHS
  local log="$OUT/app.log"
  mkdir -p "$OUT/home"
  : > "$log"
  # java runs inside xvfb-run's shell and is stopped there, so no app outlives its display. The shell looks for the
  # last epoch once a second: looking ten times a second (a grep and a sleep forked each time, 20 processes a second,
  # each preempting a training thread, and the other waiting for it at the step's end) cost the app 15-25% of its
  # speed, which the CLI, run in the foreground, never paid (2 alternated pairs, epochs 6-10: 13,190 and 14,074
  # images/s polled every 2 s, 10,161 and 11,710 every 0.1 s)
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    HOME='"$OUT/home"' java --add-modules jdk.incubator.vector '"${JVM_OPTS:-}"' -Dconvscope.diagnostics=true -Dconvscope.frames=${FRAMES:-false} -Dconvscope.tour=never \
      -Dconvscope.autostart='"${AUTOSTART:-1}"' -Dconvscope.epochs='"$EPOCHS"' -Dconvscope.tab='"$1"' -jar target/convscope.jar >'"$log"' 2>&1 &
    app=$!
    for _ in $(seq 1 3000); do grep -q "^epoch '"$EPOCHS"':" '"$log"' && break; kill -0 $app 2>/dev/null || break; sleep 1; done
    kill $app 2>/dev/null; wait $app 2>/dev/null || true' >/dev/null 2>&1
  echo $(sed -n 's/^epoch [0-9]*: .*, \([0-9]*\) images\/s$/\1/p' "$log" | tail -n +2)
}

cli_run() { # -> images/s of epochs 2 to EPOCHS
  echo $("${JAVA[@]}" -jar target/convscope.jar train --dataset mnist --arch seed --epochs "$EPOCHS" --batch 32 2>/dev/null \
    | grep "images/s" | sed -n 's/.* - \([0-9,]*\) images\/s - .*/\1/p' | tr -d , | tail -n +2)
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for view in $VIEWS; do
  for i in $(seq 1 "$PAIRS"); do
    app=$(app_run "$view"); cli=$(cli_run)
    echo "$view pair $i: app ${app:-nan}, CLI ${cli:-nan} images/s (epochs 2 to $EPOCHS)"
    echo "$view ${app// /,} ${cli// /,}" >> "$OUT/all"
  done
done
python3 - "$OUT/all" "$EPOCHS" "$FROM" <<'PY'
import statistics, sys
epochs, first = int(sys.argv[2]), int(sys.argv[3])
rows = []
for l in open(sys.argv[1]):
    f = l.split()
    if len(f) != 3: continue  # a side that printed nothing
    app, cli = ([float(x) for x in v.split(",")] for v in f[1:])
    if len(app) == len(cli) == epochs - 1: rows.append((f[0], app, cli))
columns = [("epoch 2", 0, 1), ("epoch 3", 1, 2)] + ([(f"epochs {first}-{epochs}", first - 2, epochs - 1)] if 3 <= first <= epochs and epochs > 3 else [])
for view in dict.fromkeys(r[0] for r in rows):
    pairs = [(a, c) for v, a, c in rows if v == view]
    for name, lo, hi in columns:
        a = [statistics.mean(x[lo:hi]) for x, _ in pairs]
        c = [statistics.mean(y[lo:hi]) for _, y in pairs]
        ratio = statistics.median(x / y for x, y in zip(a, c))
        note = "; target >= 90%" if name == "epoch 3" else ""
        print(f"{view:15s} {name:11s}: app {statistics.median(a):8,.0f}  CLI {statistics.median(c):8,.0f} images/s  "
              f"app/CLI {ratio:.1%} (median of {len(pairs)} pairs{note})")
PY
