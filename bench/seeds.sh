#!/usr/bin/env bash
# Test accuracy of the course model over many seeds, ConvScope and the PyTorch reference side by side.
# One seed's 5-epoch test accuracy is one draw from a spread of about ±0.3 points; this script shows the
# spread itself, so that "does our engine train as well as the reference?" is answered by distributions,
# not by a single run.
#
#   bench/seeds.sh                       seeds 1..10, Fashion-MNIST, 5 epochs, batch 32
#   SEEDS="1 2 3" EPOCHS=5 bench/seeds.sh
#
# Runs alternate (ConvScope seed s, PyTorch seed s, ...). Accuracy does not depend on machine load:
# ConvScope is deterministic for a seed, on any number of threads. The PyTorch side is skipped, with a
# message, where it is not installed (see ../shared/bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

SEEDS=${SEEDS:-$(seq 1 10)}
EPOCHS=${EPOCHS:-5}
DATASET=${DATASET:-fashion-mnist}
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"

source bench/common.sh

echo "$DATASET, $EPOCHS epochs, batch 32, Adam 0.001, seeds: $(echo $SEEDS | xargs); logs in $OUT"
for s in $SEEDS; do
  java --add-modules jdk.incubator.vector -jar target/convscope.jar train --dataset "$DATASET" --arch seed \
    --epochs "$EPOCHS" --batch 32 --seed "$s" --json 2>/dev/null > "$OUT/ours_$s.log"
  tail -n 1 "$OUT/ours_$s.log" | sed "s/^{/{\"seed\":$s,/" >> "$OUT/ours.jsonl"
  echo "seed $s  ConvScope $(grep -m1 '^Test accuracy' "$OUT/ours_$s.log")"
  if [ "$torch" = yes ]; then
    OPENBLAS_NUM_THREADS=1 "$TORCH_PY" "$TORCH_SEED" train --data "assets/datasets/$DATASET" \
      --epochs "$EPOCHS" --batch 32 --seed "$s" --threads 2 --json "$OUT/torch.jsonl" > "$OUT/torch_$s.log"
    echo "seed $s  PyTorch   $(tail -n 1 "$OUT/torch_$s.log")"
  fi
done

python3 - "$OUT" <<'PY'
import json, math, os, statistics as st, sys
out = sys.argv[1]
def lines(name):
    p = os.path.join(out, name)
    return [json.loads(l) for l in open(p)] if os.path.exists(p) else []
ours = {o["seed"]: o["test_accuracy"] for o in lines("ours.jsonl")}
torch = {t["seed"]: t["epochs"][-1]["test_acc"] for t in lines("torch.jsonl")}
print()
print(f"{'seed':>6s}{'ConvScope':>12s}{'PyTorch':>12s}")
for s in sorted(set(ours) | set(torch)):
    f = lambda d: f"{d[s]:.4f}" if s in d else "-"
    print(f"{s:>6d}{f(ours):>12s}{f(torch):>12s}")
def describe(name, xs):
    if not xs:
        return
    sd = st.stdev(xs) if len(xs) > 1 else 0.0
    print(f"{name:10s} n={len(xs):2d}  mean {st.mean(xs):.4f}  sd {sd:.4f}  median {st.median(xs):.4f}  "
          f"range {min(xs):.4f}..{max(xs):.4f}  >= 0.905: {sum(x >= 0.905 for x in xs)}/{len(xs)}")
print()
describe("ConvScope", list(ours.values()))
describe("PyTorch", list(torch.values()))
a, b = list(ours.values()), list(torch.values())
if len(a) > 1 and len(b) > 1:
    # Welch's t: is the difference of the means larger than the seed-to-seed noise explains?
    se = math.sqrt(st.variance(a) / len(a) + st.variance(b) / len(b))
    d = st.mean(a) - st.mean(b)
    print(f"difference of means {d:+.4f} (standard error {se:.4f}, t = {d / se if se else float('nan'):+.2f})")
PY
