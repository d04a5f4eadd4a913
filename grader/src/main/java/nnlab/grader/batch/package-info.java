/**
 * Outputs for a whole class rather than one submission: the instructors' gradebook, built from the results.json
 * that grading each student's submission wrote.
 */
package nnlab.grader.batch;
