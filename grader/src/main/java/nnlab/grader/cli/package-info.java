/**
 * nnlab's command line (picocli): the grading runner's entry point that Maven's test phase calls, the batch grader,
 * the gradebooks, the release tool, and the checks CI runs on grading results. The commands share one way to fail
 * ({@link nnlab.grader.cli.CommandErrors}: a user's mistake is one line and exit code 2, nnlab's own fault a stack
 * trace and exit code 3) and one way to print their help (whole words, one sentence per command in the list).
 */
package nnlab.grader.cli;
