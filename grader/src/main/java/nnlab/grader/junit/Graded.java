package nnlab.grader.junit;

import io.qameta.allure.SeverityLevel;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A graded test: the step it grades and the points it is worth. A parameterized test shares its points equally
 * among its invocations (one per fixture case), so the maximum score does not depend on how many cases a fixture
 * holds. The test's display name starts with the step id.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Tag(Graded.TAG)
@ExtendWith(GradingExtension.class)
public @interface Graded {

    /** The JUnit tag of every graded test; student mode runs only these. */
    String TAG = "graded";

    /** The step id, such as {@code "L3.2"}. */
    String step();

    /** The points the test is worth. */
    double points();

    /** How much the step matters, for the Allure report. */
    SeverityLevel severity() default SeverityLevel.NORMAL;

    /** The seed DJL's engine gets before the test, so any random draw in it is reproducible. */
    int seed() default 0;

    /**
     * How long one case of the test may run, in seconds, before the grader stops it and scores it "timed out". The
     * default fits every step that does not train: the reference needs under 1 s for any of them on the course
     * machine (2 cores, one PyTorch thread), the first test of a JVM included. A step that trains declares its
     * own limit, about ten times what the reference needs.
     */
    int timeoutSeconds() default DEFAULT_TIMEOUT_SECONDS;

    /**
     * The expected outputs of its fixture case this test compares (keys; a key ending in {@code *} stands for every
     * key it begins), or {@code params.<name>} for a threshold it checks. Empty: every expected output of the case. The
     * grading process passes a case only when every one of them was handed to it and matched, so that a case cannot
     * pass by stopping before a comparison.
     */
    String[] judges() default {};

    /**
     * {@link #judges()} of a test that compares no fixture value (a property, such as "loading into another
     * architecture fails"): its own verdict in the grading JVM decides.
     */
    String NOTHING = "-";

    /** The time limit of a test case that declares none. */
    int DEFAULT_TIMEOUT_SECONDS = 10;
}
