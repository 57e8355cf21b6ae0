"""c32k3-p2-c64k3-p2-c64k3-f-d64-d10 in PyTorch: the same layers, initialisation and optimizer as ConvScope.

Run: python3 model.py [--data assets/datasets/mnist] [--load MODEL.cnn.zip] [--epochs N]
"""
import argparse
import gzip
import json
import struct
import zipfile

import numpy as np
import torch
from torch import nn

EPOCHS = 5
BATCH_SIZE = 32


def build_model():
    model = nn.Sequential(
        nn.Conv2d(1, 32, 3), nn.ReLU(),  # [N, 32, 26, 26]
        nn.MaxPool2d(2),  # [N, 32, 13, 13]
        nn.Conv2d(32, 64, 3), nn.ReLU(),  # [N, 64, 11, 11]
        nn.MaxPool2d(2),  # [N, 64, 5, 5]
        nn.Conv2d(64, 64, 3), nn.ReLU(),  # [N, 64, 3, 3]
        nn.Flatten(),  # [N, 576]
        nn.Linear(576, 64), nn.ReLU(),  # [N, 64]
        nn.Linear(64, 10),  # [N, 10]: logits (the softmax is in the loss)
    )
    # Keras' initialisation: Glorot-uniform kernels, zero biases
    for m in model.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.xavier_uniform_(m.weight)
            nn.init.zeros_(m.bias)
    return model


def load_cnn_zip(model, path):
    """Loads a ConvScope model file (.cnn.zip) into model: its tensors are already in PyTorch's layout."""
    with zipfile.ZipFile(path) as z:
        meta = json.loads(z.read("model.json"))
        flat = np.frombuffer(z.read("weights.bin"), dtype="<f4")
    tensors = [flat[p["offset"]:p["offset"] + p["length"]].reshape(p["shape"]) for p in meta["parameters"]]
    layers = [m for m in model if isinstance(m, (nn.Conv2d, nn.Linear))]
    assert len(tensors) == 2 * len(layers), "the file holds another architecture"
    with torch.no_grad():
        for layer, weight, bias in zip(layers, tensors[0::2], tensors[1::2]):
            layer.weight.copy_(torch.from_numpy(weight.copy()))
            layer.bias.copy_(torch.from_numpy(bias.copy()))
    return meta["classes"]


def load_idx(path):
    """An IDX file (MNIST's own format, gzipped) as a numpy array."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, np.uint8, offset=4 + 4 * dims).reshape(shape)


def load_split(folder, split):
    # pixels scaled to [0, 1], images as [N, C, H, W]
    images = load_idx(f"{folder}/{split}-images-idx3-ubyte.gz").astype(np.float32) / 255.0
    labels = load_idx(f"{folder}/{split}-labels-idx1-ubyte.gz").astype(np.int64)
    x = torch.from_numpy(images).reshape(-1, 1, 28, 28)
    return x, torch.from_numpy(labels)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="assets/datasets/mnist")
    parser.add_argument("--load", help="start from a ConvScope model file (.cnn.zip)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    model = build_model()
    if args.load:
        load_cnn_zip(model, args.load)
    train_x, train_y = load_split(args.data, "train")
    test_x, test_y = load_split(args.data, "t10k")

    # As ConvScope trains: softmax and cross-entropy on the logits, Keras' Adam settings (eps 1e-7; PyTorch's default is 1e-8)
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001, betas=(0.9, 0.999), eps=0.0000001)
    for epoch in range(args.epochs):
        model.train()
        order = torch.randperm(len(train_x))
        for start in range(0, len(order), BATCH_SIZE):
            batch = order[start:start + BATCH_SIZE]
            optimizer.zero_grad()
            loss = loss_fn(model(train_x[batch]), train_y[batch])
            loss.backward()
            optimizer.step()
        model.eval()
        with torch.no_grad():
            logits = model(test_x)
        accuracy = (logits.argmax(1) == test_y).float().mean().item()
        print(f"epoch {epoch + 1}: loss {loss_fn(logits, test_y).item():.4f}, accuracy {accuracy:.4f}")


if __name__ == "__main__":
    main()
