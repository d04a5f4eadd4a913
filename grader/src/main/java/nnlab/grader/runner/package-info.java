/**
 * Runs the graded tests the way a judge runs submissions: a parent process that runs no student code plans the
 * run, starts a child JVM with a heap and a native-memory limit (under bubblewrap when an instructor grades, with
 * sealed fixtures that hold no expected value), watches every test case against its time limit, and, when the child
 * hangs, dies or runs out of memory, records that case as "timed out" or "crashed" and starts a fresh child for the
 * cases still to run. The child hands back what each check saw; the parent judges every case itself with its own
 * fixtures, public and hidden ({@code CaseJudge}), and alone writes results.json, the JUnit XML and the Allure
 * results, so no outcome of the student's code can cost more than its own step, or earn more than its work.
 */
package nnlab.grader.runner;
