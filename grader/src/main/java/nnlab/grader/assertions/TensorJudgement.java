package nnlab.grader.assertions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nnlab.fixtures.TensorData;
import nnlab.fixtures.Tolerance;
import nnlab.grader.hints.Numbers;

/**
 * Why an actual tensor does not match the expected one, worded for the student: the header, both shapes and dtypes,
 * how many elements are out of tolerance, the worst of them, NaN and Inf, the fixture field, and the hints (a known
 * mistake the answer equals, or what the numbers reveal). The same judgement is made where the student's code runs
 * ({@link TensorAssert}) and in the grading process that judges what that code handed back.
 *
 * @param message the failure message
 * @param expectedText the expected values, abbreviated (for an IDE's diff view)
 * @param actualText the actual values, abbreviated
 * @param mistakes the ids of the known mistakes the answer equals
 * @param table every element's expected and actual value and error, for the report's attachment
 */
public record TensorJudgement(String message, String expectedText, String actualText, List<String> mistakes,
        String table) {

    /** The most elements an attachment lists. */
    private static final int TABLE_LIMIT = 10_000;

    /**
     * Compares under allclose; empty when the actual tensor matches.
     *
     * @param step the step, for the message's first line
     * @param what the value's name
     * @param actual what the student's code produced
     * @param expectedValues the expected values
     * @param field where the expected values come from (the fixture field)
     * @param knownMistakes what each known mistake produces, by id
     */
    public static Optional<TensorJudgement> of(String step, String what, TensorValues actual, TensorValues expectedValues,
            String field, Tolerance tolerance, Map<String, TensorData> knownMistakes) {
        Comparison c = Comparison.of(actual, expectedValues, tolerance);
        if (c.isClose()) {
            return Optional.empty();
        }
        List<String> mistakes = Hints.mistakesMatched(c, knownMistakes);
        String message = describe(step, what, c, field, Hints.forComparison(c, knownMistakes));
        return Optional.of(new TensorJudgement(message, render(expectedValues), render(actual), mistakes, table(c)));
    }

    private static String describe(String step, String what, Comparison c, String field, List<String> hints) {
        List<String> lines = new ArrayList<>();
        switch (c.verdict()) {
            case SHAPE_DIFFERS -> lines.add(FailureMessages.header(step, what,
                    FailureMessages.verb(what, "has", "have") + " the wrong shape"));
            case DTYPE_DIFFERS -> lines.add(FailureMessages.header(step, what, FailureMessages.verb(what, "has", "have")
                    + " dtype " + c.actual().dtype() + ", expected " + c.expected().dtype()));
            default -> lines.add(FailureMessages.header(step, what,
                    FailureMessages.verb(what, "differs", "differ") + " from PyTorch's"));
        }
        lines.add(FailureMessages.shapeLine("expected:", c.expected()));
        lines.add(FailureMessages.shapeLine("actual:", c.actual()));
        if (c.verdict() != Comparison.Verdict.SHAPE_DIFFERS && c.outOfTolerance() > 0) {
            lines.add(FailureMessages.outOfToleranceLine(c.outOfTolerance(), c.expected().size(), c.tolerance()));
            int w = c.worstIndex();
            lines.add(FailureMessages.worstLine(c.expected().indexOf(w), c.expected().values()[w],
                    c.actual().values()[w]));
        }
        if (c.nanCount() + c.infCount() > 0) {
            lines.add(FailureMessages.nonFiniteLine(c.nanCount(), c.infCount(),
                    c.actual().indexOf(c.firstNonFinite())));
        }
        lines.add(FailureMessages.fixtureLine(field));
        hints.forEach(h -> lines.add(FailureMessages.hintLine(h)));
        return String.join(System.lineSeparator(), lines);
    }

    private static String table(Comparison c) {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-16s %-24s %-24s %s%n", "index", "expected", "actual", "abs error"));
        int n = Math.min(Math.max(c.expected().size(), c.actual().size()), TABLE_LIMIT);
        for (int i = 0; i < n; i++) {
            String index = i < c.expected().size() ? c.expected().indexOf(i) : c.actual().indexOf(i);
            String e = i < c.expected().size() ? Numbers.format(c.expected().values()[i]) : "-";
            String a = i < c.actual().size() ? Numbers.format(c.actual().values()[i]) : "-";
            String err = i < c.expected().size() && i < c.actual().size()
                    ? Numbers.format(Math.abs(c.actual().values()[i] - c.expected().values()[i])) : "-";
            table.append(String.format("%-16s %-24s %-24s %s%n", index, e, a, err));
        }
        return table.toString();
    }

    private static String render(TensorValues v) {
        double[] values = v.values();
        int shown = Math.min(values.length, 64);
        StringBuilder b = new StringBuilder(v.dtype()).append(Arrays.toString(v.shape())).append(' ').append('[');
        for (int i = 0; i < shown; i++) {
            b.append(i == 0 ? "" : ", ").append(Numbers.format(values[i]));
        }
        return b.append(values.length > shown ? ", …]" : "]").toString();
    }
}
