/**
 * The grading kit: tensor assertions with allclose semantics and hints, points per test, the listener that writes
 * results.json and the score table, and the JUnit extension that gives every graded test its seed, its NDManager
 * and its Allure labels.
 */
package nnlab.grader;
