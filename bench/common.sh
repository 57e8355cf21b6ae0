# Shared by the bench scripts (sourced, not run): builds the jar when missing and decides whether the
# PyTorch reference can run here. Sets TORCH_PY, TORCH_SEED and torch=yes|no.
TORCH_PY=${TORCH_PY:-/usr/bin/python3}
TORCH_SEED=${TORCH_SEED:-../shared/bench/torch_seed.py}

if [ ! -f target/convscope.jar ]; then
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
