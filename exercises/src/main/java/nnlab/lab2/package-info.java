// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
/**
 * Lab 2 — forward passes: one Linear layer written out (x @ W.T + b), and the three models of seed 001 built from
 * DJL blocks: the binary classifier (Linear + sigmoid), the regression stack and the 4-class classifier ending in
 * a softmax.
 */
package nnlab.lab2;
