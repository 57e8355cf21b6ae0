#!/usr/bin/env bash
# ConvScope's engine against the PyTorch reference on this machine, interleaved A B A B ... so that
# both sides see the same machine at the same moments (timings on a shared machine drift by ±15%).
#
#   bench/compare.sh            3 pairs (PAIRS=5 bench/compare.sh for more)
#
# PyTorch side: ../shared/bench/torch_seed.py (override with TORCH_SEED=path), run with Debian's
# python3-torch (TORCH_PY=/usr/bin/python3) and OpenBLAS pinned to one thread, as its README says.
# Where PyTorch is not installed the script says so and reports ConvScope alone.
set -euo pipefail
cd "$(dirname "$0")/.."

PAIRS=${PAIRS:-3}
DATA=${DATA:-assets/datasets/fashion-mnist}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

source bench/common.sh

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for i in $(seq 1 "$PAIRS"); do
  echo "--- pair $i/$PAIRS: ConvScope"
  java --add-modules jdk.incubator.vector -jar target/convscope.jar bench --batch 32,128 --seconds 16 --json 2>/dev/null \
    | tee "$OUT/ours.log" | grep -E "^(machine|train|infer|latency)" || true
  tail -n 1 "$OUT/ours.log" >> "$OUT/ours.jsonl"
  if [ "$torch" = yes ]; then
    echo "--- pair $i/$PAIRS: PyTorch"
    for b in 32 128; do
      OPENBLAS_NUM_THREADS=1 "$TORCH_PY" "$TORCH_SEED" throughput --data "$DATA" --batch "$b" --repeats 1 \
        --limit 15360 --threads 2 --json "$OUT/torch_train_$b.jsonl" | grep -E "^train img/s" || true
    done
    OPENBLAS_NUM_THREADS=1 "$TORCH_PY" "$TORCH_SEED" infer --data "$DATA" --reps 1000 --threads 2 \
      --json "$OUT/torch_infer.jsonl" | grep -E "^batch-" || true
  fi
done

python3 - "$OUT" "$torch" <<'PY'
import json, statistics, sys, os
out, torch = sys.argv[1], sys.argv[2] == "yes"
def lines(name):
    p = os.path.join(out, name)
    return [json.loads(l) for l in open(p)] if os.path.exists(p) else []
ours = lines("ours.jsonl")
med = lambda xs: statistics.median(xs) if xs else float("nan")
rows = [("training images/s, batch 32", med([o["train_images_per_s"] for o in ours]),
         med([t["median"] for t in lines("torch_train_32.jsonl")]), "higher", 1.5),
        ("training images/s, batch 128", med([o["train_images_per_s_batch128"] for o in ours]),
         med([t["median"] for t in lines("torch_train_128.jsonl")]), "higher", None),
        ("inference images/s, batch 1000", med([o["infer_images_per_s"] for o in ours]),
         med([t["b1000_img_s_median"] for t in lines("torch_infer.jsonl")]), "higher", 2.5),
        ("latency of one image, ms", med([o["latency_ms"] for o in ours]),
         med([t["lat_ms_median"] for t in lines("torch_infer.jsonl")]), "lower", None)]
print()
print(f"medians over {len(ours)} pair(s)")
print(f"{'':34s}{'ConvScope':>12s}{'PyTorch':>12s}{'ratio':>9s}  target")
for name, a, b, better, target in rows:
    ratio = (a / b if better == "higher" else b / a) if torch and b == b and b else float("nan")
    goal = f">= {target}x" if target else ("<= 0.15 ms" if "latency" in name else "")
    if goal and torch and ratio == ratio:
        ok = ratio >= target if target else a <= 0.15
        goal += "  " + ("met" if ok else "MISSED")
    elif "latency" in name:
        goal = "<= 0.15 ms  " + ("met" if a <= 0.15 else "MISSED")
    fa = f"{a:,.3f}" if "latency" in name else f"{a:,.0f}"
    fb = (f"{b:,.3f}" if "latency" in name else f"{b:,.0f}") if torch else "-"
    print(f"{name:34s}{fa:>12s}{fb:>12s}{(f'{ratio:.2f}x' if ratio == ratio else '-'):>9s}  {goal}")
if ours:
    o = ours[-1]
    print(f"\nConvScope peak use (last run): training {100*o['train_peak_fraction']:.1f}%, inference "
          f"{100*o['infer_peak_fraction']:.1f}% of {o['peak_gflops']:.0f} GFLOP/s measured FMA peak "
          f"(clock {o['clock_ghz']:.2f} GHz)")
PY
