#!/usr/bin/env bash
# The PyTorch program that `summary --pytorch` prints, run with Debian's python3-torch: it builds its
# nn.Sequential, loads a ConvScope model into it with its own load_cnn_zip, and its logits on the first
# 100 test images must match `predict --json`'s (max |diff| at most 1e-4). Not part of .ci/run.
#
#   bench/pytorch_program.sh                          the two shipped course models
#   bench/pytorch_program.sh my.cnn.zip other.onnx    any models (an .onnx too: ConvScope writes its own file first)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
if [ "$torch" = no ] && ! "$TORCH_PY" -c "import torch" 2>/dev/null; then
  echo "skipped: $TORCH_PY cannot import torch (Debian: apt-get install python3-torch)"
  exit 0
fi

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
COUNT=${COUNT:-100}
convscope() { java --add-modules jdk.incubator.vector -jar target/convscope.jar "$@" 2>/dev/null; }

models=("$@")
[ ${#models[@]} -eq 0 ] && models=(assets/models/mnist-course.cnn.zip assets/models/fashion-course.cnn.zip)
status=0
for model in "${models[@]}"; do
  name=$(basename "$model")
  zip="$model"
  if [[ "$model" == *.onnx ]]; then   # the program loads .cnn.zip files: keep the .onnx as one
    zip="$OUT/${name%.onnx}.cnn.zip"
    convscope export --model "$model" --cnn "$zip" --dataset "${DATASET:-mnist}" >/dev/null
  fi
  dataset=$("$TORCH_PY" -c 'import json, sys, zipfile; print(json.loads(zipfile.ZipFile(sys.argv[1]).read("model.json")).get("dataset") or "mnist")' "$zip")
  convscope summary --model "$zip" --pytorch --dataset "$dataset" > "$OUT/program.py"
  convscope predict --model "$zip" --dataset "$dataset" --count "$COUNT" --json > "$OUT/predict.jsonl"
  OPENBLAS_NUM_THREADS=1 "$TORCH_PY" - "$OUT/program.py" "$zip" "assets/datasets/$dataset" "$OUT/predict.jsonl" "$COUNT" "$name" <<'PY' || status=1
import importlib.util, json, sys
import numpy as np
import torch

program, model_file, data, predicted, count, name = sys.argv[1:7]
spec = importlib.util.spec_from_file_location("program", program)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)          # defines the functions; main() runs only as a script
net = module.build_model().eval()
module.load_cnn_zip(net, model_file)
test_x, _ = module.load_split(data, "t10k")
with torch.no_grad():
    logits = net(test_x[:int(count)]).numpy()
ours = np.array([json.loads(line)["logits"] for line in open(predicted) if line.startswith("{")], dtype=np.float32)
diff = float(np.abs(logits - ours).max())
same = int((logits.argmax(1) == ours.argmax(1)).sum())
print(f"{name}: PyTorch program vs predict --json on {len(ours)} test images: max |logit diff| {diff:.3g}, "
      f"same class {same}/{len(ours)} (torch {torch.__version__})")
sys.exit(0 if diff <= 1e-4 and same == len(ours) else 1)
PY
done
exit $status
