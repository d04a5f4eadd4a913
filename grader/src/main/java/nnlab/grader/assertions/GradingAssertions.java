package nnlab.grader.assertions;

import ai.djl.ndarray.NDArray;
import nnlab.fixtures.FixtureCase;

/** Entry points of the grading kit's assertions; import statically beside AssertJ's. */
public final class GradingAssertions {

    private GradingAssertions() {
    }

    /** Assertions on an NDArray a student's code returned; {@code null} fails with its own message. */
    public static TensorAssert assertThatTensor(NDArray actual) {
        return new TensorAssert(actual == null ? null : TensorValues.of(actual), false);
    }

    /**
     * Asserts that {@code actual} matches the case's expected output {@code name}, naming the known mistake it
     * equals when it does not.
     */
    public static void assertOutput(FixtureCase fixtureCase, String name, NDArray actual) {
        assertThatTensor(actual).named(name).matches(fixtureCase.expected(name), fixtureCase.mistakes(name));
    }

    /** Assertions on plain Java numbers, compared as a 1-d tensor of the expected dtype. */
    public static TensorAssert assertThatNumbers(double[] actual) {
        return new TensorAssert(new TensorValues("java double", new long[] {actual.length}, actual.clone()), true);
    }

    /** Assertions on a plain Java number, compared as a 0-d tensor of the expected dtype. */
    public static TensorAssert assertThatNumber(double actual) {
        return new TensorAssert(TensorValues.scalar(actual, "java double"), true);
    }
}
