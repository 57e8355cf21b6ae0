# Shared by the bench scripts (sourced, not run): builds the jar when missing or older than the sources
# (a stale jar would measure old code) and decides whether the
# references can run here. Sets TORCH_PY, TORCH_SEED and torch=yes|no (PyTorch 1.13 through Python),
# DJL_SRC and djl=yes|no (PyTorch 2.7.1 and ONNX Runtime through Java), and defines wait_quiet.
TORCH_PY=${TORCH_PY:-/usr/bin/python3}
TORCH_SEED=${TORCH_SEED:-../shared/bench/torch_seed.py}
DJL_SRC=${DJL_SRC:-../shared/bench/djl}
# glibc keeps freed memory for reuse, as jemalloc or tcmalloc would: without it PyTorch spends most of
# its time in page faults on these machines (../shared/bench/README.md)
PYTORCH_GLIBC_TUNABLES=glibc.malloc.arena_max=1:glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=68719476736

if [ ! -f target/convscope.jar ] || [ -n "$(find src pom.xml -newer target/convscope.jar -type f 2>/dev/null | head -1)" ]; then
  echo "building target/convscope.jar ..."
  mvn -q -B package -DskipTests
fi

torch=yes
if [ ! -f "$TORCH_SEED" ]; then
  echo "PyTorch reference skipped: $TORCH_SEED not found (set TORCH_SEED=path/to/torch_seed.py)"
  torch=no
elif ! "$TORCH_PY" -c "import torch" 2>/dev/null; then
  echo "PyTorch reference skipped: $TORCH_PY cannot import torch (Debian: apt-get install python3-torch libopenblas0)"
  torch=no
fi

djl=yes
if [ ! -f "$DJL_SRC/run.sh" ]; then
  echo "PyTorch 2.7.1 / ONNX Runtime reference skipped: $DJL_SRC/run.sh not found (set DJL_SRC=path/to/djl)"
  djl=no
fi

# The share of the CPUs (0-100) that all processes use over the next $1 seconds (user, nice, system, irq,
# softirq and steal time from /proc/stat, in ticks of 1/100 s).
cpu_percent() {
  local a b
  a=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9; exit}' /proc/stat); sleep "$1"
  b=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9; exit}' /proc/stat)
  echo $(( (b - a) * 100 / ($1 * 100 * $(nproc)) ))
}

# With QUIET_WAIT=seconds, waits (at most that long) for a 3 s window in which other processes use
# under 5% of the CPUs; else returns at once.
wait_quiet() {
  [ -n "${QUIET_WAIT:-}" ] || return 0
  local end=$((SECONDS + QUIET_WAIT))
  until (( $(cpu_percent 3) < 5 )); do
    ((SECONDS < end)) || { echo "machine not quiet after ${QUIET_WAIT}s; running anyway"; return 0; }
  done
}
