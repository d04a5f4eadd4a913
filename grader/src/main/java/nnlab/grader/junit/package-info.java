/**
 * The JUnit 5 and Allure integration of the graded tests: {@code @Graded} (a step's id and points) and
 * {@code @FixtureCases} (one invocation per fixture case), the extension that gives every graded test its step,
 * seed, NDManager and Allure labels, the listener that records a run inside one JVM (IDE runs; Maven grades
 * through {@code nnlab.grader.runner}), Allure's run-wide files and the loss-curve charts attached to results.
 */
package nnlab.grader.junit;
