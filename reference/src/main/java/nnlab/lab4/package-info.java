/**
 * Lab 4 — gradients: backward through seed 001's 16 → 8 → 4 → 2 network, its layer gradients, the manual update
 * {@code w − lr·grad} and an SGD optimizer step; seed 002's plain gradient descent on hand-made float64
 * parameters (update, gradient reset, the loop) and its gradients written out by the chain rule, checked by finite
 * differences.
 */
package nnlab.lab4;
