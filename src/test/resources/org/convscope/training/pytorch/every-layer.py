"""c5k4same-c6k3s2same:sigmoid-ap2x1s1x2-p2-c4k2:tanh-f-dr0.3-d12:linear-tanh-d7:linear in PyTorch: the same layers, initialisation and optimizer as ConvScope.

Run: python3 model.py [--data assets/datasets/fashion-mnist] [--load MODEL.cnn.zip] [--epochs N]
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
        nn.ZeroPad2d((1, 2, 1, 2)), nn.Conv2d(3, 5, 4), nn.ReLU(),  # [N, 5, 15, 13]
        nn.Conv2d(5, 6, 3, stride=2, padding=1), nn.Sigmoid(),  # [N, 6, 8, 7]
        nn.AvgPool2d((2, 1), stride=(1, 2)),  # [N, 6, 7, 4]
        nn.MaxPool2d(2),  # [N, 6, 3, 2]
        nn.Conv2d(6, 4, 2), nn.Tanh(),  # [N, 4, 2, 1]
        nn.Flatten(),  # [N, 8]
        nn.Dropout(0.3),  # [N, 8]
        nn.Linear(8, 12),  # [N, 12]
        nn.Tanh(),  # [N, 12]
        nn.Linear(12, 7),  # [N, 7]
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
    x = torch.from_numpy(images).reshape(-1, 1, 15, 13).expand(-1, 3, -1, -1)
    return x, torch.from_numpy(labels)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="assets/datasets/fashion-mnist")
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
