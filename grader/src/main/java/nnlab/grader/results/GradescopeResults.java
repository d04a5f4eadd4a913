package nnlab.grader.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;
import nnlab.course.StepId;

/**
 * {@code results.json} in Gradescope's autograder format, written from and read back into {@link GradeResults}.
 *
 * <p>One Gradescope test per step for its public cases and, when it has any, one for its hidden cases: a student
 * reads 60-odd lines in course order instead of 168 cases, the hidden cases keep their own visibility (Gradescope
 * shows them when grades are published), and every case is still there, under the test's
 * {@code extra_data.cases}, for the instructor and for the batch readers (pass counts per step, categories, known
 * mistakes).
 *
 * <p>Points are decimals with at most {@value #DECIMALS} places that add up exactly, as a gradebook adds them:
 * each step's points are shared among its cases by the largest-remainder method, so a test's points are the sum
 * of its cases', a step's tests add up to the step's points, and the file to the course's total (121, not 121.0003
 * as per-case rounding gave). Gradescope's {@code number} is {@code lab.step} ({@code 3.2}) for the public cases
 * and {@code lab.step.1} for the hidden ones: unique, and in course order whether sorted as numbers or as text
 * (no lab has ten steps).
 */
public final class GradescopeResults {

    /** Decimal places of every score in results.json. */
    public static final int DECIMALS = 4;

    /** Gradescope's format of every output: the hints and tables are fixed-width text, so they go in fences. */
    public static final String OUTPUT_FORMAT = "md";

    /** Gradescope's format of test names: plain text, since names hold {@code *}, {@code _} and {@code [}. */
    public static final String NAME_FORMAT = "text";

    /** What {@code extra_data.layout} says of this layout, so a reader can tell it from per-case files. */
    public static final String LAYOUT = "one test per step and visibility; the cases under extra_data.cases";

    private GradescopeResults() {
    }

    /**
     * The results in Gradescope's format.
     *
     * @param results the graded outcomes
     * @param runInfo facts about the run for {@code extra_data} (the student, the hidden cases, the files not graded)
     * @param wallSeconds the run's wall time as the grading process measured it, or a negative number when unknown
     */
    public static Gradescope toGradescope(GradeResults results, Map<String, Object> runInfo, double wallSeconds) {
        Map<StepId, List<GradedOutcome>> bySteps = new TreeMap<>();
        results.outcomes().forEach(o -> bySteps.computeIfAbsent(StepId.parse(o.step()), k -> new ArrayList<>())
                .add(o));
        List<GradescopeTest> tests = new ArrayList<>();
        bySteps.forEach((step, cases) -> tests.addAll(stepTests(step, cases)));
        BigDecimal score = tests.stream().map(GradescopeTest::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal maxScore = tests.stream().map(GradescopeTest::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);

        Map<String, Object> extra = new LinkedHashMap<>(runInfo);
        // Not a field of Gradescope's top level (it sums the tests' max_score itself); kept for the readers.
        extra.put("max_score", plain(maxScore));
        extra.put("labs", labs(tests));
        extra.put("layout", LAYOUT);
        Integer executionTime = wallSeconds < 0 ? null : (int) Math.round(wallSeconds);
        // The grading log is the grader's, not the student's to read: Gradescope shows it only when asked to.
        return new Gradescope(plain(score), executionTime, overview(results, score, maxScore), OUTPUT_FORMAT,
                OUTPUT_FORMAT, NAME_FORMAT, GradedOutcome.VISIBLE, "hidden", extra, tests);
    }

    /** The results a results.json written by {@link #toGradescope} holds, case by case. */
    public static GradeResults fromGradescope(Gradescope results) {
        List<GradedOutcome> outcomes = new ArrayList<>();
        for (GradescopeTest t : results.tests()) {
            Map<String, Object> extra = t.extraData() == null ? Map.of() : t.extraData();
            String step = String.valueOf(extra.getOrDefault("step", t.number()));
            if (!(extra.get("cases") instanceof List<?> cases)) {
                throw new IllegalArgumentException("test '" + t.name() + "' has no extra_data.cases: not a"
                        + " results.json with one test per step (" + LAYOUT + ")");
            }
            for (Object c : cases) {
                Map<?, ?> m = (Map<?, ?>) c;
                outcomes.add(new GradedOutcome(String.valueOf(m.get("method")), String.valueOf(m.get("name")), step,
                        number(m.get("score")), number(m.get("max_score")), String.valueOf(m.get("category")),
                        m.get("output") == null ? "" : String.valueOf(m.get("output")), number(m.get("seconds")),
                        t.visibility(), mistakes(m.get("mistakes"))));
            }
        }
        return GradeResults.of(outcomes);
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static List<String> mistakes(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** The step's public test and, if it has hidden cases, its hidden test. */
    private static List<GradescopeTest> stepTests(StepId step, List<GradedOutcome> cases) {
        List<BigDecimal> shares = shares(cases.stream().mapToDouble(GradedOutcome::maxScore).toArray());
        Map<String, List<Integer>> byVisibility = new LinkedHashMap<>();
        IntStream.range(0, cases.size()).boxed().sorted(Comparator.comparing(i -> cases.get(i).hidden()))
                .forEach(i -> byVisibility.computeIfAbsent(cases.get(i).visibility(), k -> new ArrayList<>()).add(i));
        List<GradescopeTest> tests = new ArrayList<>();
        int hiddenTests = 0;
        for (Map.Entry<String, List<Integer>> e : byVisibility.entrySet()) {
            List<GradedOutcome> of = e.getValue().stream().map(cases::get).toList();
            List<BigDecimal> max = e.getValue().stream().map(shares::get).toList();
            boolean hidden = of.get(0).hidden();
            String number = step.lab() + "." + step.step() + (hidden ? "." + ++hiddenTests : "");
            tests.add(test(step, number, hidden, e.getKey(), of, max));
        }
        return tests;
    }

    private static GradescopeTest test(StepId step, String number, boolean hidden, String visibility,
            List<GradedOutcome> cases, List<BigDecimal> max) {
        List<Map<String, Object>> caseData = new ArrayList<>();
        BigDecimal score = BigDecimal.ZERO;
        BigDecimal maxScore = BigDecimal.ZERO;
        for (int i = 0; i < cases.size(); i++) {
            GradedOutcome o = cases.get(i);
            BigDecimal caseScore = o.passed() ? max.get(i) : BigDecimal.ZERO;
            score = score.add(caseScore);
            maxScore = maxScore.add(max.get(i));
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", o.name());
            c.put("method", o.method());
            c.put("score", plain(caseScore));
            c.put("max_score", plain(max.get(i)));
            c.put("category", o.category());
            c.put("seconds", BigDecimal.valueOf(o.seconds()).setScale(DECIMALS, RoundingMode.HALF_UP)
                    .stripTrailingZeros());
            if (!o.mistakes().isEmpty()) {
                c.put("mistakes", o.mistakes());
            }
            if (!o.output().isEmpty()) {
                c.put("output", o.output());
            }
            caseData.add(c);
        }
        long passed = cases.stream().filter(GradedOutcome::passed).count();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("step", step.toString());
        extra.put("hidden", hidden);
        extra.put("passed", passed);
        extra.put("cases", caseData);
        List<String> tags = new ArrayList<>(List.of(step.labId(), step.toString()));
        if (hidden) {
            tags.add("hidden");
        }
        String name = title(cases) + (hidden ? " — hidden cases" : "");
        return new GradescopeTest(plain(score), plain(maxScore), passed == cases.size() ? "passed" : "failed", name,
                NAME_FORMAT, number, GradescopeOutput.ofCases(cases, hidden), OUTPUT_FORMAT, tags, visibility, extra);
    }

    /** The step's name: its first test's display name without the case. */
    private static String title(List<GradedOutcome> cases) {
        String name = cases.get(0).name();
        int at = name.indexOf(" · ");
        return at < 0 ? name : name.substring(0, at);
    }

    /**
     * Shares a step's points among its cases: every case gets its points rounded down to {@value #DECIMALS}
     * places, and the units left (the step's points, so rounded, minus their sum) go one each to the cases that
     * lost most. The shares add up to the step's points exactly.
     */
    static List<BigDecimal> shares(double[] points) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(DECIMALS);
        BigDecimal total = BigDecimal.valueOf(java.util.Arrays.stream(points).sum()).setScale(DECIMALS,
                RoundingMode.HALF_UP);
        List<BigDecimal> exact = java.util.Arrays.stream(points).mapToObj(BigDecimal::valueOf).toList();
        List<BigDecimal> out = new ArrayList<>(exact.stream().map(p -> p.setScale(DECIMALS, RoundingMode.FLOOR))
                .toList());
        BigDecimal left = total.subtract(out.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        List<Integer> byLoss = IntStream.range(0, points.length).boxed()
                .sorted(Comparator.comparing((Integer i) -> exact.get(i).subtract(out.get(i))).reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; left.signum() > 0 && points.length > 0; k = (k + 1) % points.length) {
            int i = byLoss.get(k);
            out.set(i, out.get(i).add(unit));
            left = left.subtract(unit);
        }
        return out;
    }

    private static List<Map<String, Object>> labs(List<GradescopeTest> tests) {
        Map<Integer, BigDecimal[]> sums = new TreeMap<>();
        for (GradescopeTest t : tests) {
            int lab = StepId.parse(String.valueOf(t.extraData().get("step"))).lab();
            BigDecimal[] s = sums.computeIfAbsent(lab, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(t.score());
            s[1] = s[1].add(t.maxScore());
        }
        List<Map<String, Object>> labs = new ArrayList<>();
        sums.forEach((lab, s) -> {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("lab", lab);
            l.put("title", Labs.title(lab));
            l.put("score", plain(s[0]));
            l.put("max_score", plain(s[1]));
            labs.add(l);
        });
        return labs;
    }

    /** The overview every reader sees first: the grade and the public cases' score table. */
    private static String overview(GradeResults results, BigDecimal score, BigDecimal maxScore) {
        List<GradedOutcome> visible = results.outcomes().stream().filter(o -> !o.hidden()).toList();
        long hidden = results.outcomes().size() - visible.size();
        StringBuilder b = new StringBuilder();
        b.append("**Grade: ").append(plain(score).toPlainString()).append(" / ").append(plain(maxScore)
                .toPlainString()).append("**\n\n");
        if (hidden > 0) {
            b.append("The table shows the public cases. ").append(hidden).append(hidden == 1 ? " hidden case is"
                    : " hidden cases are").append(" graded too; their results show when grades are published.\n\n");
        }
        b.append(GradescopeOutput.fenced(GradeResults.of(visible).scoreTable()));
        return b.toString();
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * Gradescope's results.json. {@code execution_time} is whole seconds, as the specification has it;
     * {@code leaderboard} is left out (the course has none).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gradescope(BigDecimal score, @JsonProperty("execution_time") Integer executionTime, String output,
            @JsonProperty("output_format") String outputFormat,
            @JsonProperty("test_output_format") String testOutputFormat,
            @JsonProperty("test_name_format") String testNameFormat, String visibility,
            @JsonProperty("stdout_visibility") String stdoutVisibility,
            @JsonProperty("extra_data") Map<String, Object> extraData, List<GradescopeTest> tests) {

        public Gradescope {
            tests = tests == null ? List.of() : List.copyOf(tests);
            extraData = extraData == null ? Map.of() : extraData;
        }

        /** The points the tests are worth together ({@code extra_data.max_score}). */
        public BigDecimal maxScore() {
            return tests.stream().map(GradescopeTest::maxScore).filter(Objects::nonNull).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
        }
    }

    /** One test of Gradescope's results.json: a step's public cases, or its hidden ones. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GradescopeTest(BigDecimal score, @JsonProperty("max_score") BigDecimal maxScore, String status,
            String name, @JsonProperty("name_format") String nameFormat, String number, String output,
            @JsonProperty("output_format") String outputFormat, List<String> tags, String visibility,
            @JsonProperty("extra_data") Map<String, Object> extraData) {
    }
}
