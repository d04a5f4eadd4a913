/**
 * The lab 8 benchmark: JMH times one epoch of seed 003's hand-written network on 60,000 Fashion-MNIST images
 * with one thread ({@link nnlab.bench.MnistEpochBenchmark}); {@link nnlab.bench.EpochBenchmark} runs it and prints
 * seconds per epoch and images per second. {@code bench/compare.sh} puts it beside the same network in PyTorch.
 */
package nnlab.bench;
