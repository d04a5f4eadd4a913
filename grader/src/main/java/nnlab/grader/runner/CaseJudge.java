package nnlab.grader.runner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.TensorData;
import nnlab.fixtures.Tolerance;
import nnlab.grader.assertions.FixtureRef;
import nnlab.grader.assertions.Observation;
import nnlab.grader.assertions.TensorJudgement;
import nnlab.grader.assertions.TensorValues;
import nnlab.grader.assertions.ThresholdCheck;
import nnlab.grader.assertions.UniformSampleCheck;
import nnlab.grader.junit.LossCurveChart;
import nnlab.grader.results.Categories;
import nnlab.grader.runner.GradingRunner.Attachment;

/**
 * The judge: decides a case from what the child handed back ({@link Observation}s), with the parent's own copy of
 * the fixtures, the same comparison and the same wording as the checks in the child. A case passes only when every
 * value handed back matches and every expected output the test compares was handed back; the child's own verdict can
 * fail a case, never pass one.
 */
final class CaseJudge {

    /**
     * The judge's decision on a case.
     *
     * @param category null when everything handed back matched; else why not
     * @param output the failure message
     * @param mistakes the known mistakes recognised in the answer
     * @param attachments tables and charts for the report
     */
    record Verdict(String category, String output, List<String> mistakes, List<Attachment> attachments) {
        boolean passed() {
            return category == null;
        }
    }

    private final JudgedCases cases;

    CaseJudge(JudgedCases cases) {
        this.cases = cases;
    }

    Verdict judge(PlannedTest test, List<Observation> observations) {
        String step = test.step();
        List<String> failures = new ArrayList<>();
        Set<String> mistakes = new LinkedHashSet<>();
        List<Attachment> attachments = new ArrayList<>();
        Set<String> handedBack = new LinkedHashSet<>();
        String category = null;
        for (Observation o : observations) {
            Optional<FixtureRef> ref = FixtureRef.parse(o.ref());
            FixtureCase fixtureCase = ref.map(r -> cases.at(r.step(), r.caseIndex())).orElse(null);
            if (o.ref() != null && fixtureCase == null) {
                failures.add(RunnerMessages.unknownReference(step, o.ref()));
                category = category == null ? Categories.ERROR : category;
                continue;
            }
            // A chart judges nothing, so it covers no expected output.
            if (ref.isPresent() && ref.get().step().equals(test.fixtureStep()) && !Observation.CHART.equals(o.kind())
                    && ref.get().caseIndex() == test.caseIndex()) {
                handedBack.add(ref.get().section().equals("params") ? "params." + ref.get().key() : ref.get().key());
            }
            try {
                Optional<String> failure = switch (o.kind()) {
                    case Observation.TENSOR -> tensor(step, o, ref.orElse(null), fixtureCase, mistakes, attachments);
                    case Observation.AT_LEAST -> ThresholdCheck.judge(step, o.what(), o.actual().values()[0],
                            fixtureCase.doubleParam(ref.get().key()), o.reference(), o.hint());
                    case Observation.UNIFORM -> UniformSampleCheck.judge(step, o.what(), o.actual().values(),
                            fixtureCase.expected(ref.get().key()).scalar());
                    case Observation.CHART -> {
                        attachments.add(chart(o, fixtureCase.expected(ref.get().key())));
                        yield Optional.empty();
                    }
                    default -> throw new IllegalArgumentException("no check of kind '" + o.kind() + "'");
                };
                failure.ifPresent(failures::add);
            } catch (RuntimeException e) {
                // A malformed observation (wrong shape of answer, a missing key) fails its case, never the grader.
                failures.add(RunnerMessages.unknownReference(step, o.ref() + " (" + e.getMessage() + ")"));
                category = category == null ? Categories.ERROR : category;
            }
        }
        if (!failures.isEmpty()) {
            return new Verdict(category != null ? category : Categories.WRONG_RESULT, failures.get(0),
                    List.copyOf(mistakes), attachments);
        }
        List<String> missing = missing(test, handedBack);
        if (!missing.isEmpty()) {
            return new Verdict(Categories.ERROR, RunnerMessages.incomplete(step, missing), List.copyOf(mistakes),
                    attachments);
        }
        return new Verdict(null, "", List.copyOf(mistakes), attachments);
    }

    /** The expected outputs the test compares but the child did not hand back. */
    private List<String> missing(PlannedTest test, Set<String> handedBack) {
        if (test.caseIndex() < 0 || test.judges().contains(nnlab.grader.junit.Graded.NOTHING)) {
            return List.of();
        }
        FixtureCase c = cases.at(test.fixtureStep(), test.caseIndex());
        List<String> required = test.judges().isEmpty() ? List.copyOf(c.expectedNames()) : test.judges();
        List<String> missing = new ArrayList<>();
        for (String r : required.stream().sorted().toList()) {
            boolean found = r.endsWith("*") ? handedBack.stream().anyMatch(k -> k.startsWith(
                    r.substring(0, r.length() - 1))) : handedBack.contains(r);
            if (!found) {
                missing.add(r);
            }
        }
        return missing;
    }

    private static Optional<String> tensor(String step, Observation o, FixtureRef ref, FixtureCase fixtureCase,
            Set<String> mistakes, List<Attachment> attachments) {
        TensorData expected;
        Map<String, TensorData> known = Map.of();
        if (ref != null) {
            if (!ref.section().equals("expected")) {
                throw new IllegalArgumentException("not an expected value");
            }
            expected = fixtureCase.expected(ref.key());
            if (o.withMistakes()) {
                known = fixtureCase.mistakes(ref.key());
            }
        } else if (o.inlineExpected() != null) {
            TensorValues v = o.inlineExpected();
            expected = new TensorData("computed by the test", nnlab.fixtures.FixtureDType.fromFixtureName(v.dtype()),
                    v.shape(), v.values(), Tolerance.EXACT);
        } else {
            throw new IllegalArgumentException("an answer without an expected value");
        }
        Tolerance tolerance = o.rtol() == null || o.atol() == null ? expected.tolerance()
                : new Tolerance(o.rtol(), o.atol(), o.toleranceReason() == null ? "" : o.toleranceReason());
        TensorValues expectedValues = TensorValues.of(expected);
        TensorValues actual = o.actual();
        if (o.adoptExpectedDtype()) {
            actual = new TensorValues(expectedValues.dtype(), actual.shape(), actual.values());
        }
        if (actual.values().length != Arrays.stream(actual.shape()).reduce(1, (a, b) -> a * b)) {
            throw new IllegalArgumentException("its values do not fill its shape");
        }
        Optional<TensorJudgement> judgement = TensorJudgement.of(step, o.what(), actual, expectedValues,
                expected.field(), tolerance, known);
        judgement.ifPresent(j -> {
            mistakes.addAll(j.mistakes());
            attachments.add(new Attachment(step + " " + o.what() + ": expected vs actual", "text/plain", ".txt",
                    j.table().getBytes(StandardCharsets.UTF_8)));
        });
        return judgement.map(TensorJudgement::message);
    }

    private static Attachment chart(Observation o, TensorData expected) {
        List<Double> reference = Arrays.stream(expected.values()).boxed().toList();
        List<Double> actual = Arrays.stream(o.actual().values()).boxed().toList();
        return new Attachment(o.what(), "image/png", ".png", LossCurveChart.png(o.reference(), o.hint(), reference,
                actual));
    }
}
