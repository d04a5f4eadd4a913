/**
 * The grading kit: tensor assertions with allclose semantics and hints, points per test, the score table and
 * results.json, the listener that records a run inside one JVM (IDE runs; Maven grades through the runner in
 * {@code nnlab.grader.runner}), and the JUnit extension that gives every graded test its seed, its NDManager and its
 * Allure labels.
 */
package nnlab.grader;
