package nnlab.grader.assertions;

import io.qameta.allure.Allure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nnlab.fixtures.TensorData;
import nnlab.fixtures.Tolerance;
import nnlab.grader.hints.Numbers;
import org.assertj.core.api.AbstractAssert;
import org.opentest4j.AssertionFailedError;

/**
 * AssertJ assertions on a tensor, with allclose semantics ({@code |actual − expected| ≤ atol + rtol·|expected|}).
 * A failure names the step, both shapes and dtypes, how many elements are out of tolerance, the worst element
 * with its absolute and relative error, the NaN and Inf values found, and a hint where the numbers reveal a known
 * mistake. Under Allure, a failure also attaches the expected and actual values.
 */
public final class TensorAssert extends AbstractAssert<TensorAssert, TensorValues> {

    /** The most elements an attachment lists. */
    private static final int ATTACHMENT_LIMIT = 10_000;

    private final boolean adoptExpectedDtype;
    private String what = "the result";

    TensorAssert(TensorValues actual, boolean adoptExpectedDtype) {
        super(actual, TensorAssert.class);
        this.adoptExpectedDtype = adoptExpectedDtype;
    }

    /** Names the value for messages, such as {@code "loss"} or {@code "W1.grad"}. */
    public TensorAssert named(String name) {
        this.what = name;
        return this;
    }

    /** Checks shape, dtype and values against a fixture tensor under its tolerance, with its known mistakes. */
    public TensorAssert matches(TensorData expected) {
        return matches(expected, expected.tolerance(), Map.of());
    }

    /**
     * Checks shape, dtype and values against a fixture tensor, and names the known mistake the answer equals.
     *
     * @param knownMistakes what each known mistake produces, by mistake id (from {@code FixtureCase.mistakes})
     */
    public TensorAssert matches(TensorData expected, Map<String, TensorData> knownMistakes) {
        return matches(expected, expected.tolerance(), knownMistakes);
    }

    /** Checks against a fixture tensor under another tolerance. */
    public TensorAssert matches(TensorData expected, Tolerance tolerance, Map<String, TensorData> knownMistakes) {
        String step = GradingContext.currentStep();
        if (actual == null) {
            throw new AssertionFailedError(FailureMessages.returnedNull(step, what));
        }
        TensorValues expectedValues = TensorValues.of(expected);
        TensorValues actualValues = adoptExpectedDtype
                ? new TensorValues(expectedValues.dtype(), actual.shape(), actual.values()) : actual;
        Comparison c = Comparison.of(actualValues, expectedValues, tolerance);
        if (c.isClose()) {
            return this;
        }
        String message = describe(step, c, expected.field(), Hints.forComparison(c, knownMistakes));
        attach(step, c);
        throw new AssertionFailedError(message, render(expectedValues), render(actualValues));
    }

    private String describe(String step, Comparison c, String field, List<String> hints) {
        List<String> lines = new ArrayList<>();
        switch (c.verdict()) {
            case SHAPE_DIFFERS -> lines.add(FailureMessages.header(step, what, "has the wrong shape"));
            case DTYPE_DIFFERS -> lines.add(FailureMessages.header(step, what, "has dtype " + c.actual().dtype()
                    + ", expected " + c.expected().dtype()));
            default -> lines.add(FailureMessages.header(step, what, "differs from PyTorch's"));
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

    private void attach(String step, Comparison c) {
        if (Allure.getLifecycle().getCurrentTestCase().isEmpty()) {
            return;
        }
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-16s %-24s %-24s %s%n", "index", "expected", "actual", "abs error"));
        int n = Math.min(Math.max(c.expected().size(), c.actual().size()), ATTACHMENT_LIMIT);
        for (int i = 0; i < n; i++) {
            String index = i < c.expected().size() ? c.expected().indexOf(i) : c.actual().indexOf(i);
            String e = i < c.expected().size() ? Numbers.format(c.expected().values()[i]) : "-";
            String a = i < c.actual().size() ? Numbers.format(c.actual().values()[i]) : "-";
            String err = i < c.expected().size() && i < c.actual().size()
                    ? Numbers.format(Math.abs(c.actual().values()[i] - c.expected().values()[i])) : "-";
            table.append(String.format("%-16s %-24s %-24s %s%n", index, e, a, err));
        }
        Allure.addAttachment((step == null ? "" : step + " ") + what + ": expected vs actual", "text/plain",
                table.toString(), ".txt");
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
