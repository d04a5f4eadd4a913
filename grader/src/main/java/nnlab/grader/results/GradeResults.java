package nnlab.grader.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nnlab.course.StepId;

/**
 * The merged grade: every graded outcome, the score per step and per lab, the total and the score table students
 * read ({@link GradescopeResults} writes it as the Gradescope-format {@code results.json} instructors collect).
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

    /** Points as the table prints them: at most two decimals, no trailing zeros. */
    public static String points(double p) {
        String s = String.format(Locale.ROOT, "%.2f", p);
        return s.replaceAll("\\.?0+$", "");
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
}
