"""c32k3same-p2-c64k3same-p2-c128k3-p2-f-dr0.5-d128-d10 모델을 PyTorch로: ConvScope와 같은 층, 같은 초기화, 같은 옵티마이저.

실행: python3 model.py [--data assets/datasets/fashion-mnist] [--load MODEL.cnn.zip] [--epochs N]
"""
import argparse
import gzip
import json
import struct
import zipfile

import numpy as np
import torch
from torch import nn

EPOCHS = 3
BATCH_SIZE = 128


def build_model():
    model = nn.Sequential(
        nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(),  # [N, 32, 28, 28]
        nn.MaxPool2d(2),  # [N, 32, 14, 14]
        nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(),  # [N, 64, 14, 14]
        nn.MaxPool2d(2),  # [N, 64, 7, 7]
        nn.Conv2d(64, 128, 3), nn.ReLU(),  # [N, 128, 5, 5]
        nn.MaxPool2d(2),  # [N, 128, 2, 2]
        nn.Flatten(),  # [N, 512]
        nn.Dropout(0.5),  # [N, 512]
        nn.Linear(512, 128), nn.ReLU(),  # [N, 128]
        nn.Linear(128, 10),  # [N, 10]: 로짓 (소프트맥스는 손실 함수 안에)
    )
    # Keras의 초기화: 커널은 Glorot 균등 분포, 편향은 0
    for m in model.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.xavier_uniform_(m.weight)
            nn.init.zeros_(m.bias)
    return model


def load_cnn_zip(model, path):
    """ConvScope 모델 파일(.cnn.zip)의 가중치를 읽음: 텐서는 이미 PyTorch의 배치 순서."""
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
    """IDX 파일(MNIST의 원래 형식, gzip)을 numpy 배열로."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, np.uint8, offset=4 + 4 * dims).reshape(shape)


def load_split(folder, split):
    # 픽셀을 0~1로, 이미지는 [N, C, H, W]
    images = load_idx(f"{folder}/{split}-images-idx3-ubyte.gz").astype(np.float32) / 255.0
    labels = load_idx(f"{folder}/{split}-labels-idx1-ubyte.gz").astype(np.int64)
    x = torch.from_numpy(images).reshape(-1, 1, 28, 28)
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

    # ConvScope처럼: 로짓에 소프트맥스와 교차 엔트로피, SGD (모멘텀은 Keras와 같은 갱신)
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
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
