#!/usr/bin/env python3
"""Writes the ONNX fixtures of OnnxImportFixturesTest with PyTorch's own exporter (torch.onnx.export).

Run from the repository root with Debian's python3-torch (1.13; the `onnx` package is not needed):

    /usr/bin/python3 src/test/resources/onnx/make_fixtures.py

It writes, beside this script:
  course-opset11.onnx   the shipped MNIST course model (assets/models/mnist-course.cnn.zip, loaded
                        with numpy), written as older code writes it: x.view(x.size(0), -1), which
                        exports as Shape/Gather/Unsqueeze/Concat/Reshape, and the first dense layer as
                        a matrix product plus a bias (MatMul + Add); opset 11.
  course-opset17.onnx   the same weights as nn.Sequential with nn.Flatten and nn.Linear (Flatten, Gemm
                        with transB=1); opset 17.
  lenet5-opset13.onnx   LeNet-5 as ConvScope's preset has it (Conv with pads 2, average pooling, tanh),
                        with seeded random weights; opset 13.
  small-opset11.onnx    a small model on 8×8 inputs written the older way too (view, MatMul + Add): the
                        fuzz test mutates it, so it is small.
  NAME.logits.bin       torch's logits for the first 20 MNIST test images, little-endian float32 [20, 10].
"""
import gzip
import json
import os
import zipfile

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
IMAGES = 20


def load_cnn_zip(path):
    """(layer index, "kernel"/"bias") -> array in file layout, which is PyTorch's."""
    with zipfile.ZipFile(path) as z:
        meta = json.loads(z.read("model.json"))
        flat = np.frombuffer(z.read("weights.bin"), dtype="<f4")
    return {(p["layer"], p["name"]): flat[p["offset"]:p["offset"] + p["length"]].reshape(p["shape"])
            for p in meta["parameters"]}


def course_modules(params):
    """The course model's five parameter layers, with the file's weights."""
    convs = [nn.Conv2d(1, 32, 3), nn.Conv2d(32, 64, 3), nn.Conv2d(64, 64, 3)]
    dense = [nn.Linear(576, 64), nn.Linear(64, 10)]
    for module, layer in zip(convs + dense, [0, 2, 4, 6, 7]):   # spec layers with parameters
        module.weight.data = torch.from_numpy(params[layer, "kernel"].copy())
        module.bias.data = torch.from_numpy(params[layer, "bias"].copy())
    return convs, dense


class OlderStyleCourse(nn.Module):
    """view(size(0), -1) and an explicit matrix product, as older code writes them."""

    def __init__(self, convs, dense):
        super().__init__()
        self.c1, self.c2, self.c3 = convs
        self.d1, self.d2 = dense

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.c1(x)), 2)
        x = F.max_pool2d(F.relu(self.c2(x)), 2)
        x = F.relu(self.c3(x))
        x = x.view(x.size(0), -1)
        x = F.relu(torch.matmul(x, self.d1.weight.t()) + self.d1.bias)
        return self.d2(x)


class SmallOlderStyle(nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(8)
        self.c1, self.d1 = nn.Conv2d(1, 3, 3, padding=1), nn.Linear(48, 5)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.c1(x)), 2)
        x = x.view(x.size(0), -1)
        return torch.matmul(x, self.d1.weight.t()) + self.d1.bias


def lenet5():
    torch.manual_seed(5)
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2),
        nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2),
        nn.Flatten(), nn.Linear(400, 120), nn.Tanh(), nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10))


def test_images(n):
    with gzip.open(os.path.join(ROOT, "assets/datasets/mnist/t10k-images-idx3-ubyte.gz"), "rb") as f:
        raw = f.read()
    return torch.from_numpy(np.frombuffer(raw, np.uint8, n * 784, 16).astype(np.float32) / 255).view(n, 1, 28, 28)


def export(model, name, opset, size=28):
    model.eval()
    path = os.path.join(HERE, name + ".onnx")
    torch.onnx.export(model, torch.zeros(1, 1, size, size), path, opset_version=opset,
                      input_names=["input"], output_names=["logits"],
                      dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}})
    if size != 28:
        print(f"wrote {name}.onnx (opset {opset}, torch {torch.__version__})")
        return
    with torch.no_grad():
        logits = model(test_images(IMAGES)).numpy().astype("<f4")
    logits.tofile(os.path.join(HERE, name + ".logits.bin"))
    print(f"wrote {name}.onnx (opset {opset}, torch {torch.__version__}) and {name}.logits.bin {logits.shape}")


def main():
    params = load_cnn_zip(os.path.join(ROOT, "assets/models/mnist-course.cnn.zip"))
    convs, dense = course_modules(params)
    export(OlderStyleCourse(convs, dense), "course-opset11", 11)
    export(nn.Sequential(convs[0], nn.ReLU(), nn.MaxPool2d(2), convs[1], nn.ReLU(), nn.MaxPool2d(2),
                         convs[2], nn.ReLU(), nn.Flatten(), dense[0], nn.ReLU(), dense[1]), "course-opset17", 17)
    export(lenet5(), "lenet5-opset13", 13)
    export(SmallOlderStyle(), "small-opset11", 11, size=8)


if __name__ == "__main__":
    main()
