/**
 * The checks a student's values must meet, as the graded tests call them ({@link
 * nnlab.grader.assertions.GradingAssertions}): tensors compared with PyTorch's under allclose semantics, their
 * properties (device, range, rows that sum to 1), models' layers and saved state, gradients by finite differences,
 * training steps and loops, random samples and accuracy thresholds; with the wording of their failure messages
 * ({@code FailureMessages}), the hints a wrong answer earns ({@code Hints}), and the step being graded
 * ({@code GradingContext}), which the JUnit extension sets. Every check also hands what it saw to the grading
 * process ({@code Observation}, {@code Observations}), which judges it again with its own fixtures
 * ({@code TensorJudgement} words both verdicts the same way).
 */
package nnlab.grader.assertions;
