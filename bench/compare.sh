#!/usr/bin/env bash
# ConvScope's engine against the references on this machine, interleaved (ConvScope, PyTorch 1.13,
# PyTorch 2.7.1 + ONNX Runtime, then again) so that all of them see the same machine at the same
# moments: timings on a shared machine drift by ±15%, so compare only figures from one run.
#
#   bench/compare.sh                    3 rounds (PAIRS=5 bench/compare.sh for more)
#   QUIET_WAIT=300 bench/compare.sh     before each run, wait up to 300 s for an idle machine
#
# PyTorch 1.13: ../shared/bench/torch_seed.py (TORCH_SEED=path) with Debian's python3-torch
# (TORCH_PY=/usr/bin/python3), OpenBLAS pinned to one thread. PyTorch 2.7.1 (libtorch through DJL)
# and ONNX Runtime 1.29: ../shared/bench/djl/run.sh (DJL_SRC=dir), copied to target/djl-anchor and
# built there (Maven Central, the first time). Every PyTorch run gets glibc's allocator set to keep
# freed memory (GLIBC_TUNABLES, see ../shared/bench/README.md), as PyTorch runs in production with
# jemalloc or tcmalloc; ConvScope allocates nothing per step and needs no such setting.
# A reference that cannot run here is skipped with a message; ConvScope is always measured.
set -euo pipefail
cd "$(dirname "$0")/.."

PAIRS=${PAIRS:-3}
DATA=${DATA:-assets/datasets/fashion-mnist}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

source bench/common.sh

if [ "$djl" = yes ]; then
  # the shared directory is read-only: build and run a copy
  if [ ! -f target/djl-anchor/.copied ] || [ -n "$(find "$DJL_SRC" -newer target/djl-anchor/.copied | head -1)" ]; then
    rm -rf target/djl-anchor
    mkdir -p target
    cp -r "$DJL_SRC" target/djl-anchor
    chmod -R u+w target/djl-anchor
    touch target/djl-anchor/.copied
  fi
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u '+%Y-%m-%d %H:%M UTC')"
# before each run, the share of the CPUs other processes used in 3 s, also kept for the verdict: on a busy
# machine the figures only indicate. (The load average said "busy" after every round: it decays over a minute
# and counted the benchmark's own previous run.)
load() {
  local pct
  pct=$(cpu_percent 3)
  echo "$pct" >> "$OUT/load.txt"; echo "(other processes: ${pct}% of the CPUs in the 3 s before)"
}
for i in $(seq 1 "$PAIRS"); do
  wait_quiet
  echo "--- round $i/$PAIRS: ConvScope $(load)"
  java --add-modules jdk.incubator.vector -jar target/convscope.jar bench --batch 32,128 --seconds 16 --json 2>/dev/null \
    | tee "$OUT/ours.log" | grep -E "^(machine|train|infer|latency)" || true
  tail -n 1 "$OUT/ours.log" >> "$OUT/ours.jsonl"
  if [ "$torch" = yes ]; then
    wait_quiet
    echo "--- round $i/$PAIRS: PyTorch 1.13 $(load)"
    for b in 32 128; do
      GLIBC_TUNABLES=$PYTORCH_GLIBC_TUNABLES OPENBLAS_NUM_THREADS=1 "$TORCH_PY" "$TORCH_SEED" throughput --data "$DATA" \
        --batch "$b" --repeats 1 --limit 15360 --threads 2 --json "$OUT/torch_train_$b.jsonl" | grep -E "^train img/s" || true
    done
    GLIBC_TUNABLES=$PYTORCH_GLIBC_TUNABLES OPENBLAS_NUM_THREADS=1 "$TORCH_PY" "$TORCH_SEED" infer --data "$DATA" --reps 1000 \
      --threads 2 --json "$OUT/torch_infer.jsonl" | grep -E "^batch-" || true
  fi
  if [ "$djl" = yes ]; then
    wait_quiet
    echo "--- round $i/$PAIRS: PyTorch 2.7.1 and ONNX Runtime 1.29 $(load)"
    # run.sh sets the same GLIBC_TUNABLES itself (ALLOC=keep, its default)
    FASHION="$PWD/$DATA" TORCH_PYTHON="$TORCH_PY" bash target/djl-anchor/run.sh --only train,infer,ort > "$OUT/djl.log" 2>&1 || true
    grep -E "^(train b|infer b|latency b|ort check|ort_infer|ort_latency)" "$OUT/djl.log" || tail -n 5 "$OUT/djl.log"
    tail -n 1 "$OUT/djl.log" | grep '^{' >> "$OUT/djl.jsonl" || true
  fi
done

python3 - "$OUT" "$(nproc)" <<'PY'
import json, os, statistics, sys
out, cores = sys.argv[1], int(sys.argv[2])
def lines(name):
    p = os.path.join(out, name)
    return [json.loads(l) for l in open(p) if l.strip()] if os.path.exists(p) else []
def med(xs):
    xs = [x for x in xs if x is not None and x == x]
    return statistics.median(xs) if xs else None
ours, djl, t1_infer = lines("ours.jsonl"), lines("djl.jsonl"), lines("torch_infer.jsonl")
t1 = {b: med([t["median"] for t in lines(f"torch_train_{b}.jsonl")]) for b in (32, 128)}
# each row: ConvScope, PyTorch 1.13, PyTorch 2.7.1, ONNX Runtime 1.29 (None: not measured)
rows = [
    ("training images/s, batch 32", med([o.get("train_images_per_s") for o in ours]), t1[32],
     med([d.get("train_b32") for d in djl]), None),
    ("training images/s, batch 128", med([o.get("train_images_per_s_batch128") for o in ours]), t1[128],
     med([d.get("train_b128") for d in djl]), None),
    ("inference images/s, batch 1000", med([o.get("infer_images_per_s") for o in ours]),
     med([t["b1000_img_s_median"] for t in t1_infer]), med([d.get("infer_b1000") for d in djl]),
     med([d.get("ort_infer_b1000") for d in djl])),
    ("one image, ms", med([o.get("latency_ms") for o in ours]), med([t["lat_ms_median"] for t in t1_infer]),
     med([d.get("latency_ms") for d in djl]), med([d.get("ort_latency_ms") for d in djl])),
]
def fmt(v, ms):
    return "–" if v is None else (f"{v:.3f}" if ms else f"{v:,.0f}")
def ratio(a, b, lower=False):
    return None if not a or not b else (b / a if lower else a / b)
def times(r):
    return "–" if r is None else f"{r:.2f}×"
print()
print(f"medians over {len(ours)} round(s); ratios are ConvScope's speed over the reference's (> 1: ConvScope faster)")
print()
print("| | ConvScope | PyTorch 1.13 | PyTorch 2.7.1 | ONNX Runtime 1.29 | vs 1.13 | vs 2.7.1 | vs ONNX RT |")
print("|---|---|---|---|---|---|---|---|")
for name, *v in rows:
    ms = "ms" in name
    rs = [ratio(v[0], r, ms) for r in v[1:]]
    print(f"| {name} | " + " | ".join(fmt(x, ms) for x in v) + " | " + " | ".join(times(r) for r in rs) + " |")
if not ours:
    print("\nConvScope's bench gave no figures (run: java --add-modules jdk.incubator.vector -jar target/convscope.jar bench --json)")
    sys.exit(1)
peak = med([o.get("peak_gflops") for o in ours])
frac = med([o.get("train_peak_fraction") for o in ours])
ifrac = med([o.get("infer_peak_fraction") for o in ours])
taps = med([o.get("latency_taps_ms") for o in ours])
clock = med([o.get("clock_ghz") for o in ours])
print()
print(f"ConvScope uses {100 * frac:.1f}% of the measured FMA peak ({peak:.0f} GFLOP/s, clock {clock:.2f} GHz) "
      f"training at batch 32 and {100 * ifrac:.1f}% at inference; one image with every layer's output kept "
      f"for the views: {fmt(taps, True)} ms")
train, infer, lat = rows[0][1], rows[2][1], rows[3][1]
r_ort, r_t27 = ratio(infer, rows[2][4]), ratio(train, rows[0][3])
def verdict(ok):
    return "not measured" if ok is None else ("met" if ok else "NOT MET")
print()
print("targets of issue 20:")
print(f"  inference at batch 1000 >= 1.2× ONNX Runtime:  {times(r_ort):>8s}  {verdict(None if r_ort is None else r_ort >= 1.2)}")
print(f"  one image <= 0.05 ms:                          {lat:.3f} ms  {verdict(lat <= 0.05)}")
print(f"  training at batch 32 >= 50% of the FMA peak:   {100 * frac:6.1f}%  {verdict(frac >= 0.5)}")
print(f"  training at batch 32 >= 3× PyTorch 2.7.1:      {times(r_t27):>8s}  {verdict(None if r_t27 is None else r_t27 >= 3)}")
loads = [float(l) for l in open(os.path.join(out, "load.txt"))] if os.path.exists(os.path.join(out, "load.txt")) else []
if loads and max(loads) > 10:
    print(f"\nWARNING: the machine was busy (other processes used up to {max(loads):.0f}% of the CPUs before a run): "
          f"these figures only indicate; the verdicts need a quiet machine (QUIET_WAIT=300)")
PY
