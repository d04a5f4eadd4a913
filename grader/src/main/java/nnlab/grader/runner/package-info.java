/**
 * Runs the graded tests the way a judge runs submissions: a parent process that runs no student code plans the
 * run, starts a child JVM with a heap and a native-memory limit, watches every test case against its time limit,
 * and, when the child hangs, dies or runs out of memory, records that case as "timed out" or "crashed" and starts a
 * fresh child for the cases still to run. The parent alone writes results.json, the JUnit XML and the Allure files
 * that only it knows, and prints the report, so no outcome of the student's code can cost more than its own step.
 */
package nnlab.grader.runner;
