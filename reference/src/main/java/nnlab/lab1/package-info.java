/**
 * Lab 1 — tensors: creating them from data and at random under a seed (rand, randn, normal), view/reshape with
 * -1, sum/mean/max over the whole tensor and over one dimension, exp and log, and the device to compute on.
 * Ports the tensor basics of seed 003.
 */
package nnlab.lab1;
