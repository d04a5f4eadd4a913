package nnlab.grader.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nnlab.course.StepId;

/**
 * The merged grade: every graded outcome, the score per step and per lab, the total, the score table students
 * read and the Gradescope-format {@code results.json} instructors collect.
 */
public final class GradeResults {

    private static final int NAME_WIDTH = 62;

    private final List<GradedOutcome> outcomes;

    private GradeResults(List<GradedOutcome> outcomes) {
        // Stable: within a step, tests and cases keep the order they ran in.
        this.outcomes = outcomes.stream().sorted(Comparator.comparing((GradedOutcome o) -> StepId.parse(o.step())))
                .toList();
    }

    public static GradeResults of(List<GradedOutcome> outcomes) {
        return new GradeResults(outcomes);
    }

    /** The results a results.json written by {@link #toGradescope()} holds. */
    public static GradeResults fromGradescope(Gradescope results) {
        return new GradeResults(results.tests().stream().map(t -> new GradedOutcome(
                String.valueOf(t.extraData().get("method")), t.name(), t.number(), t.score(), t.maxScore(),
                String.valueOf(t.extraData().get("category")), t.output(),
                ((Number) t.extraData().getOrDefault("seconds", 0)).doubleValue(), t.visibility(),
                mistakes(t.extraData().get("mistakes")))).toList());
    }

    private static List<String> mistakes(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    public List<GradedOutcome> outcomes() {
        return outcomes;
    }

    public double score() {
        return outcomes.stream().mapToDouble(GradedOutcome::score).sum();
    }

    public double maxScore() {
        return outcomes.stream().mapToDouble(GradedOutcome::maxScore).sum();
    }

    /** The score table: one line per step, a subtotal per lab, and the final {@code GRADE: x / y} line. */
    public String scoreTable() {
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "  %-5s %-" + NAME_WIDTH + "s %11s  %s%n", "step", "test", "points",
                "result"));
        Map<StepId, List<GradedOutcome>> bySteps = new TreeMap<>();
        outcomes.forEach(o -> bySteps.computeIfAbsent(StepId.parse(o.step()), k -> new ArrayList<>()).add(o));
        Integer lab = null;
        for (Map.Entry<StepId, List<GradedOutcome>> e : bySteps.entrySet()) {
            if (lab != null && lab != e.getKey().lab()) {
                b.append(labLine(lab));
            }
            lab = e.getKey().lab();
            for (GradedOutcome o : collapse(e.getValue())) {
                b.append(String.format(Locale.ROOT, "  %-5s %-" + NAME_WIDTH + "s %5s / %-3s  %s%n", o.step(),
                        shorten(withoutStep(o.name(), o.step()), NAME_WIDTH), points(o.score()), points(o.maxScore()),
                        o.category()));
            }
        }
        if (lab != null) {
            b.append(labLine(lab));
        }
        b.append(String.format(Locale.ROOT, "GRADE: %s / %s", points(score()), points(maxScore())));
        return b.toString();
    }

    private String labLine(int lab) {
        double s = 0;
        double m = 0;
        for (GradedOutcome o : outcomes) {
            if (StepId.parse(o.step()).lab() == lab) {
                s += o.score();
                m += o.maxScore();
            }
        }
        return String.format(Locale.ROOT, "  %-5s %-" + NAME_WIDTH + "s %5s / %-3s%n", "L" + lab,
                "Lab " + lab + " — " + Labs.title(lab), points(s), points(m));
    }

    /** One line per test method: a parameterized test's invocations are added up under the method's name. */
    private static List<GradedOutcome> collapse(List<GradedOutcome> ofStep) {
        Map<String, List<GradedOutcome>> byMethod = new LinkedHashMap<>();
        ofStep.forEach(o -> byMethod.computeIfAbsent(o.method(), k -> new ArrayList<>()).add(o));
        List<GradedOutcome> lines = new ArrayList<>();
        for (List<GradedOutcome> invocations : byMethod.values()) {
            if (invocations.size() == 1) {
                lines.add(invocations.get(0));
                continue;
            }
            GradedOutcome first = invocations.get(0);
            long passed = invocations.stream().filter(GradedOutcome::passed).count();
            String category = passed == invocations.size() ? Categories.PASSED
                    : invocations.stream().filter(o -> !o.passed()).findFirst().orElseThrow().category()
                            + " (" + passed + " of " + invocations.size() + " cases pass)";
            String name = first.name().contains(" · ") ? first.name().substring(0, first.name().indexOf(" · "))
                    : first.name();
            lines.add(new GradedOutcome(first.method(), name, first.step(),
                    invocations.stream().mapToDouble(GradedOutcome::score).sum(),
                    invocations.stream().mapToDouble(GradedOutcome::maxScore).sum(), category, "",
                    invocations.stream().mapToDouble(GradedOutcome::seconds).sum()));
        }
        return lines;
    }

    /** The results in Gradescope's format (score, max_score, tests with name, score, status and output). */
    public Gradescope toGradescope() {
        return toGradescope(Map.of());
    }

    /**
     * The results in Gradescope's format, with facts about the run in {@code extra_data} besides the labs (the
     * student, the hidden cases, the files not graded).
     */
    public Gradescope toGradescope(Map<String, Object> runInfo) {
        List<GradescopeTest> tests = outcomes.stream().map(o -> {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("category", o.category());
            extra.put("method", o.method());
            extra.put("seconds", round(o.seconds()));
            extra.put("hidden", o.hidden());
            if (!o.mistakes().isEmpty()) {
                extra.put("mistakes", o.mistakes());
            }
            return new GradescopeTest(o.name(), o.step(), round(o.score()), round(o.maxScore()),
                    o.passed() ? "passed" : "failed", o.output(), List.of(StepId.parse(o.step()).labId()),
                    o.visibility(), extra);
        }).toList();
        List<Map<String, Object>> labs = new ArrayList<>();
        new TreeMap<Integer, List<GradedOutcome>>(outcomes.stream().collect(
                java.util.stream.Collectors.groupingBy(o -> StepId.parse(o.step()).lab()))).forEach((lab, os) -> {
                    Map<String, Object> l = new LinkedHashMap<>();
                    l.put("lab", lab);
                    l.put("title", Labs.title(lab));
                    l.put("score", round(os.stream().mapToDouble(GradedOutcome::score).sum()));
                    l.put("max_score", round(os.stream().mapToDouble(GradedOutcome::maxScore).sum()));
                    labs.add(l);
                });
        double seconds = outcomes.stream().mapToDouble(GradedOutcome::seconds).sum();
        Map<String, Object> extra = new LinkedHashMap<>(runInfo);
        extra.put("labs", labs);
        // The grading log is the grader's, not the student's to read: Gradescope shows it only when asked to.
        return new Gradescope(round(score()), round(maxScore()), round(seconds), scoreTable(), "visible", "hidden",
                tests, extra);
    }

    /** Points as the table prints them: at most two decimals, no trailing zeros. */
    public static String points(double p) {
        String s = String.format(Locale.ROOT, "%.2f", p);
        return s.replaceAll("\\.?0+$", "");
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    /** What a student reads after a run: the failures to fix, then the score table, then where results.json is. */
    public String report(java.nio.file.Path resultsFile) {
        String nl = System.lineSeparator();
        return failureDetails() + nl + scoreTable() + nl + "results: " + resultsFile.toAbsolutePath().normalize() + nl;
    }

    /**
     * The failures a student has to read: wrong results and errors, with their messages. The cases of a file that
     * does not compile share one block, since javac's message is the same for all of them.
     */
    public String failureDetails() {
        StringBuilder b = new StringBuilder();
        Map<String, List<GradedOutcome>> uncompiled = new LinkedHashMap<>();
        outcomes.stream().filter(o -> Categories.DOES_NOT_COMPILE.equals(o.category()))
                .forEach(o -> uncompiled.computeIfAbsent(o.output(), k -> new ArrayList<>()).add(o));
        uncompiled.forEach((output, cases) -> {
            List<String> steps = cases.stream().map(GradedOutcome::step).distinct().toList();
            b.append(System.lineSeparator()).append("✗ ").append(String.join(", ", steps)).append(" (")
                    .append(cases.size()).append(cases.size() == 1 ? " case" : " cases").append(") — ")
                    .append(Categories.DOES_NOT_COMPILE).append(System.lineSeparator())
                    .append(output.indent(2).stripTrailing()).append(System.lineSeparator());
        });
        for (GradedOutcome o : outcomes) {
            if (o.passed() || Categories.NOT_IMPLEMENTED.equals(o.category()) || Categories.SKIPPED.equals(o.category())
                    || Categories.DOES_NOT_COMPILE.equals(o.category())) {
                continue;
            }
            b.append(System.lineSeparator()).append("✗ ").append(o.name()).append(" — ").append(o.category())
                    .append(System.lineSeparator()).append(o.output().indent(2).stripTrailing())
                    .append(System.lineSeparator());
        }
        return b.toString();
    }

    private static String withoutStep(String name, String step) {
        return name.startsWith(step + " ") ? name.substring(step.length() + 1) : name;
    }

    private static String shorten(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    /** Gradescope's results.json. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Gradescope(double score, @JsonProperty("max_score") double maxScore,
            @JsonProperty("execution_time") double executionTime, String output, String visibility,
            @JsonProperty("stdout_visibility") String stdoutVisibility, List<GradescopeTest> tests,
            @JsonProperty("extra_data") Map<String, Object> extraData) {
    }

    /** One test of Gradescope's results.json. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GradescopeTest(String name, String number, double score, @JsonProperty("max_score") double maxScore,
            String status, String output, List<String> tags, String visibility,
            @JsonProperty("extra_data") Map<String, Object> extraData) {
    }
}
