/**
 * Lab 5 — a training loop on the toy set (seeds 000 and 004): a Dataset, a DataLoader that shuffles exactly as
 * PyTorch's does, an MLP of DJL blocks initialised as nn.Linear is, the training step and loop (zero the
 * gradients, forward, cross-entropy, backward, SGD), evaluation (softmax, argmax, accuracy), and saving and loading
 * the trained parameters.
 */
package nnlab.lab5;
