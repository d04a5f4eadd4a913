#!/usr/bin/env bash
# One epoch of seed 003's network (60,000 Fashion-MNIST images, batch 32, lr 0.1, one thread), side by side:
#   Java: DJL 0.35.1 on PyTorch 2.7.1, lab 8's reference (parameters, update and loss by hand; linear, sigmoid and softmax one engine operation each), timed by JMH (bench/epoch-benchmark), and
#   the same epoch with DJL's fused operations (linear, sigmoid, logSoftmax) for comparison;
#   PyTorch 1.13.1 (Debian's python3-torch) with OpenBLAS: the notebook's hand-written loop, and nn.Sequential +
#   optim.SGD (bench/mnist_epoch.py).
# Prints the median seconds per epoch and images per second of each, as a Markdown table.
#
#   bench/compare.sh                 EPOCHS=5 measured epochs per run (after warm-up epochs), ROUNDS=1
#   ROUNDS=3 bench/compare.sh        alternates the runs three times and takes the median of all their epochs
#   SYSTEM_BLAS=1 bench/compare.sh   adds PyTorch with the system's default BLAS (reference BLAS on plain Debian)
#
# Installs what is missing with apt-get: python3-torch, python3-numpy, dataset-fashion-mnist. OpenBLAS is
# Debian's libopenblas0-pthread, downloaded and unpacked into bench/target/ and given to PyTorch through
# LD_LIBRARY_PATH only, so the machine's BLAS stays as it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
epochs=${EPOCHS:-5}
rounds=${ROUNDS:-1}
data=${NNLAB_MNIST_DIR:-/usr/share/datasets/fashion-mnist}
python=/usr/bin/python3
target=bench/target
mkdir -p "$target"

apt_install() {
  apt-get install -y -q "$@" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "$@" >/dev/null; }
}
if ! "$python" -c 'import torch, numpy' 2>/dev/null; then
  echo "installing python3-torch python3-numpy (apt-get)" >&2
  apt_install python3-torch python3-numpy
fi
if [ ! -d "$data" ]; then
  echo "installing dataset-fashion-mnist (apt-get)" >&2
  apt_install dataset-fashion-mnist
fi
blas_dir=$(find "$target/openblas" -name libblas.so.3 -path '*openblas-pthread*' -printf '%h\n' 2>/dev/null | head -1 || true)
if [ -z "$blas_dir" ]; then
  echo "unpacking Debian's libopenblas0-pthread into $target/openblas" >&2
  (cd "$target" && rm -f libopenblas0-pthread_*.deb && { apt-get download libopenblas0-pthread >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get download libopenblas0-pthread >/dev/null; }; })
  dpkg-deb -x "$target"/libopenblas0-pthread_*.deb "$target/openblas"
  blas_dir=$(find "$target/openblas" -name libblas.so.3 -path '*openblas-pthread*' -printf '%h\n' | head -1)
fi

results="$target/compare-results.txt"
: > "$results"
echo "building the reference and its benchmark" >&2
for round in $(seq "$rounds"); do
  echo "round $round of $rounds: Java (JMH), then PyTorch with OpenBLAS" >&2
  bench/epoch-benchmark --mnist-dir "$data" --epochs "$epochs" --built-in-ops | grep '^djl-' >> "$results"
  OPENBLAS_NUM_THREADS=1 LD_LIBRARY_PATH="$root/$blas_dir" "$python" bench/mnist_epoch.py --data "$data" \
    --epochs "$epochs" | sed 's/^/openblas-/' >> "$results"
  if [ "${SYSTEM_BLAS:-0}" = 1 ]; then
    OPENBLAS_NUM_THREADS=1 "$python" bench/mnist_epoch.py --data "$data" --epochs "$epochs" \
      | sed 's/^/system-/' >> "$results"
  fi
done

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
torch_version=$(dpkg-query -W -f='${Version}' python3-torch 2>/dev/null || "$python" -c 'import torch; print(torch.__version__)')
"$python" - "$results" "$cpu" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$torch_version" "$epochs" "$rounds" <<'PY'
import statistics, sys
path, cpu, cores, load, torch_version, epochs, rounds = sys.argv[1:]
times = {}
images = 0
for line in open(path):
    name, median, per_second, each = line.split()
    images = round(float(median) * float(per_second) / 32) * 32
    times.setdefault(name, []).extend(float(t) for t in each.split(","))
labels = {
    "djl-hand": "Java: DJL 0.35.1 / PyTorch 2.7.1, lab 8 reference",
    "djl-builtin": "Java: DJL 0.35.1 / PyTorch 2.7.1, built-in linear, sigmoid, logSoftmax",
    "openblas-hand": "PyTorch %s + OpenBLAS, hand-written (the notebook's loop)" % torch_version,
    "openblas-sequential": "PyTorch %s + OpenBLAS, nn.Sequential + optim.SGD" % torch_version,
    "system-hand": "PyTorch %s + the system's BLAS, hand-written" % torch_version,
    "system-sequential": "PyTorch %s + the system's BLAS, nn.Sequential + optim.SGD" % torch_version,
}
reference = statistics.median(times["openblas-hand"])
print("Machine: %s, %s cores, load average %s at the end; one thread each; %s images per epoch"
      " (batches of 32)." % (cpu, cores, load, format(images, ",")))
print("Median of %s measured epochs x %s round(s), after the warm-up epochs of each run (2 in Java, 1 in Python).\n" % (epochs, rounds))
print("| implementation | s per epoch | images per s | vs PyTorch hand-written |")
print("|---|---:|---:|---:|")
for name in ["djl-hand", "djl-builtin", "openblas-hand", "openblas-sequential", "system-hand", "system-sequential"]:
    if name in times:
        median = statistics.median(times[name])
        print("| %s | %.3f | %s | %.2f |" % (labels[name], median, format(round(images / median), ","),
                                            median / reference))
PY
