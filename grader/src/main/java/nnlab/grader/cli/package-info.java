/** nnlab's command line (picocli): the release tool and the checks CI runs on grading results. */
package nnlab.grader.cli;
