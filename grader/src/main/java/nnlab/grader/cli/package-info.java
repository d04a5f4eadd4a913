/**
 * nnlab's command line (picocli): the grading runner's entry point that Maven's test phase calls, the release tool,
 * and the checks CI runs on grading results.
 */
package nnlab.grader.cli;
