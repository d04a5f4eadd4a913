package nnlab.grader.sample;

import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A class whose set-up fails, so its graded test never starts; run by GradingListenerTest. */
public class BrokenSampleSteps {

    @BeforeAll
    static void setUp() {
        throw new IllegalStateException("the data set could not be read");
    }

    @Graded(step = "L9.8", points = 2)
    @DisplayName("L9.8 never starts")
    @Test
    void neverStarts() {
    }
}
