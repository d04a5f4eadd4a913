package nnlab.grader.runner;

import java.util.List;

/**
 * What became of one planned test case.
 *
 * @param category the outcome's category ({@code Categories})
 * @param output the message for the student
 * @param seconds how long it ran
 * @param mistakes the known mistakes the judge recognised in the answer
 * @param attachments the judge's tables and charts for the report
 */
record CaseResult(String category, String output, double seconds, List<String> mistakes,
        List<GradingRunner.Attachment> attachments) {

    CaseResult {
        mistakes = List.copyOf(mistakes);
        attachments = List.copyOf(attachments);
    }

    static CaseResult ofParent(String category, String output, double seconds) {
        return new CaseResult(category, output, seconds, List.of(), List.of());
    }
}
