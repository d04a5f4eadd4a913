package nnlab.grader.runner;

import java.util.List;

/**
 * One test case the run must grade: a plain graded test, or one invocation (one fixture case) of a parameterized
 * one. The parent knows every case before any student code runs, so a case that never runs still gets its outcome.
 *
 * @param id the JUnit unique id the child reports for it
 * @param method the test method, {@code class#method}
 * @param methodSelector the method as JUnit's {@code selectMethod} reads it, {@code class#method(parameter types)}
 * @param caseIndex the invocation's index (0-based) in a parameterized test; -1 for a plain test
 * @param name the display name, starting with the step id (with {@code " · <case>"} for an invocation)
 * @param step the step id
 * @param points the case's share of the method's points
 * @param timeoutSeconds how long the case may run
 * @param problem why the grader cannot run it (its fixture cannot be read), or null
 * @param fixtureStep the step whose fixture feeds the cases ({@code @FixtureCases}); null for a plain test
 * @param hidden whether the case is a hidden one (graded by the instructor, not in the student release)
 * @param judges the expected outputs the test compares ({@code @Graded(judges)}); empty: all of its case's
 */
record PlannedTest(String id, String method, String methodSelector, int caseIndex, String name, String step,
        double points, int timeoutSeconds, String problem, String fixtureStep, boolean hidden, List<String> judges) {

    PlannedTest {
        judges = List.copyOf(judges);
    }

    String className() {
        return method.substring(0, method.indexOf('#'));
    }
}
