package nnlab.grader.runner;

/**
 * What became of one planned test case.
 *
 * @param category the outcome's category ({@code Categories})
 * @param output the message for the student
 * @param seconds how long it ran
 * @param reportedByChild whether the child's JUnit ran it to the end (and so wrote its Allure result itself)
 */
record CaseResult(String category, String output, double seconds, boolean reportedByChild) {

    static CaseResult ofParent(String category, String output, double seconds) {
        return new CaseResult(category, output, seconds, false);
    }
}
