package nnlab.grader.sample;

import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A disabled class: its graded test counts, with zero points, as skipped; run by GradingListenerTest. */
@Disabled("lab 9 is not graded this term")
public class DisabledSampleSteps {

    @Graded(step = "L9.9", points = 1)
    @DisplayName("L9.9 in a disabled class")
    @Test
    void inADisabledClass() {
    }
}
