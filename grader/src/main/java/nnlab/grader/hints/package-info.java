/**
 * The hints a failure message ends with, as a student reads them: one sentence per known mistake that the fixture
 * generators record, and the generic hints the numbers alone reveal (a transposed shape, a constant factor, a lost
 * dtype, NaN); and how every sentence the grader shows prints a number. The lowest part of the kit: it uses no
 * other package of it.
 */
package nnlab.grader.hints;
