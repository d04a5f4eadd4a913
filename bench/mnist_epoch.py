"""Seconds per epoch of seed 003's network in PyTorch, one thread: the benchmark's PyTorch side.

    mnist_epoch.py [--data DIR] [--epochs N] [--variant hand|sequential|both]

One epoch = every 32-image batch of the training set in a fresh random order (drop_last), one SGD step each
(lr 0.1), the loss summed as the notebook does. 'hand' is the notebook's cell In [17] (raw tensors, the sigmoid
and softmax written out, manual update and gradient reset); 'sequential' the same network as nn.Sequential with
nn.Sigmoid and optim.SGD, the loss written the same way. The data set is loaded once into tensors (as the Java
benchmark does), so no DataLoader is timed. The first epoch is a warm-up; the median of the others is printed as
one line per variant: 'variant seconds_per_epoch images_per_second epochs'.
"""
import argparse
import gzip
import os
import statistics
import struct
import time

import numpy as np
import torch

DEFAULT_DATA = "/usr/share/datasets/fashion-mnist"


def read_idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        raw = f.read()
    magic, = struct.unpack(">I", raw[:4])
    ndim = magic & 0xFF
    shape = struct.unpack(">" + "I" * ndim, raw[4:4 + 4 * ndim])
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(shape)


def find(directory, name):
    for candidate in (name + ".gz", name):
        if os.path.exists(os.path.join(directory, candidate)):
            return os.path.join(directory, candidate)
    raise SystemExit("%s: no %s(.gz)" % (directory, name))


def load(directory):
    images = read_idx(find(directory, "train-images-idx3-ubyte"))
    labels = read_idx(find(directory, "train-labels-idx1-ubyte"))
    x = torch.from_numpy(images.reshape(len(images), -1).copy()).to(torch.float32).div(255)
    y = torch.from_numpy(labels.astype(np.int64))
    return x, torch.nn.functional.one_hot(y, 10).float()


def hand_written(x, one_hot, epochs, lr=0.1, batch=32):
    torch.manual_seed(3)
    w1 = torch.normal(0, 0.1, size=(100, 784), requires_grad=True)
    b1 = torch.zeros(1, 100, requires_grad=True)
    w2 = torch.normal(0, 0.1, size=(50, 100), requires_grad=True)
    b2 = torch.zeros(1, 50, requires_grad=True)
    w3 = torch.normal(0, 0.1, size=(10, 50), requires_grad=True)
    b3 = torch.zeros(1, 10, requires_grad=True)
    params = [w1, b1, w2, b2, w3, b3]
    times = []
    for _ in range(epochs):
        started = time.perf_counter()
        order = torch.randperm(len(x))
        loss_sum = 0
        for i in range(len(x) // batch):
            idx = order[i * batch:(i + 1) * batch]
            features, labels = x[idx], one_hot[idx]
            hidden_1 = 1 / (1 + torch.exp(-(features @ w1.T + b1)))
            hidden_2 = 1 / (1 + torch.exp(-(hidden_1 @ w2.T + b2)))
            logits = hidden_2 @ w3.T + b3
            numerator = torch.exp(logits)
            softmax = numerator / numerator.sum(dim=1, keepdim=True)
            loss = -(labels * torch.log(softmax)).mean()
            loss.backward()
            with torch.inference_mode():
                for p in params:
                    p.sub_(lr * p.grad)
            for p in params:
                p.grad.zero_()
            loss_sum += loss.detach()
        float(loss_sum)
        times.append(time.perf_counter() - started)
    return times


def sequential(x, one_hot, epochs, lr=0.1, batch=32):
    torch.manual_seed(3)
    model = torch.nn.Sequential(torch.nn.Linear(784, 100), torch.nn.Sigmoid(), torch.nn.Linear(100, 50),
                                torch.nn.Sigmoid(), torch.nn.Linear(50, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    times = []
    for _ in range(epochs):
        started = time.perf_counter()
        order = torch.randperm(len(x))
        loss_sum = 0
        for i in range(len(x) // batch):
            idx = order[i * batch:(i + 1) * batch]
            loss = -(one_hot[idx] * torch.log_softmax(model(x[idx]), dim=1)).mean()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            loss_sum += loss.detach()
        float(loss_sum)
        times.append(time.perf_counter() - started)
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=os.environ.get("NNLAB_MNIST_DIR", DEFAULT_DATA))
    parser.add_argument("--epochs", type=int, default=5, help="measured epochs after one warm-up (default 5)")
    parser.add_argument("--variant", choices=["hand", "sequential", "both"], default="both")
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    x, one_hot = load(args.data)
    variants = ["hand", "sequential"] if args.variant == "both" else [args.variant]
    for variant in variants:
        run = hand_written if variant == "hand" else sequential
        times = run(x, one_hot, args.epochs + 1)[1:]
        median = statistics.median(times)
        print("%s %.4f %.0f %s" % (variant, median, len(x) // 32 * 32 / median, ",".join("%.3f" % t for t in times)),
              flush=True)


if __name__ == "__main__":
    main()
