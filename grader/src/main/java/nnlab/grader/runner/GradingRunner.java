package nnlab.grader.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nnlab.fixtures.Fixtures;
import nnlab.fixtures.HiddenCases;
import nnlab.fixtures.SealedFixtures;
import nnlab.grader.assertions.Observation;
import nnlab.grader.junit.GradingListener;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;

/**
 * The parent of a grading run: plans every graded case, runs them in child JVMs ({@link ChildJvm},
 * {@link ChildMain}) and decides each case's outcome, including those the child could not report: a case over its
 * time limit is stopped (the child is killed, so nothing of it keeps running) and scores "timed out"; a case during
 * which the child died scores "crashed", with the exit code and the limits; either way the cases of that test
 * method not run yet score the same, so that an endless loop costs one time limit, not one per case, and a fresh
 * child runs everything else. Steps whose source file does not compile are not run and score "does not compile".
 * A child that ends before it starts any case twice in a row is the grader's failure ("grader error"), never the
 * student's.
 */
public final class GradingRunner {

    /** How a child's failure says that the test read a sealed value ({@code SealedValueException}'s message). */
    private static final String SEALED = "sealed (the expected values are judged by the grading process";

    /** How long a child may take to load the engine and connect. */
    static final long STARTUP_MILLIS = 120_000;
    /** How long a child may stay silent between cases (JUnit's own work, fixture reading). */
    static final long BETWEEN_CASES_MILLIS = 120_000;

    /**
     * The limits and places of a run.
     *
     * @param testClasses the folder of the graded test classes (on this JVM's class path)
     * @param filter Surefire's {@code -Dtest} syntax; blank for all
     * @param heapMiB each child's Java heap limit
     * @param dataLimitMiB each child's data memory limit (heap and native), 0 for none
     * @param logDir where each child's output goes
     * @param childClassPath the children's class path: this JVM's, or another implementation in place of its own
     */
    public record Settings(Path testClasses, String filter, int heapMiB, long dataLimitMiB, Path logDir,
            String childClassPath, Instructor instructor) {

        public Settings(Path testClasses, String filter, int heapMiB, long dataLimitMiB, Path logDir) {
            this(testClasses, filter, heapMiB, dataLimitMiB, logDir, System.getProperty("java.class.path"), null);
        }

        public Settings(Path testClasses, String filter, int heapMiB, long dataLimitMiB, Path logDir,
                String childClassPath) {
            this(testClasses, filter, heapMiB, dataLimitMiB, logDir, childClassPath, null);
        }
    }

    /**
     * Instructor grading: the child holds no expected value (its fixtures are sealed, hidden cases included), and the
     * student's hidden cases are graded.
     *
     * @param hidden the hidden cases to grade (a student's variant, or every variant), or null for none
     * @param hiddenVisibility Gradescope's visibility of a hidden case's result
     */
    public record Instructor(HiddenCases hidden, String hiddenVisibility, List<Path> hide) {

        public Instructor {
            hide = List.copyOf(hide);
        }

        public Instructor(HiddenCases hidden, String hiddenVisibility) {
            this(hidden, hiddenVisibility, List.of());
        }
    }

    /** A graded case's outcome with the judge's attachments for the report. */
    public record Reported(GradedOutcome outcome, List<Attachment> attachments) {
    }

    /** An attachment of the report: a table of values or a chart. */
    public record Attachment(String name, String type, String extension, byte[] content) {
    }

    /** The outcome of a run: every planned case's result, and what the children said about the engine. */
    public record Run(List<GradedOutcome> outcomes, List<Reported> reported, String engine, int children,
            List<String> notes, int hiddenCases) {
    }

    private final Settings settings;
    private final CompileFailures compileFailures;
    private final JudgedCases judgedCases;
    private final CaseJudge judge;
    private final Map<String, List<Observation>> observed = new LinkedHashMap<>();
    private String childClassPath;
    private final List<Path> replacedEntries = new ArrayList<>();
    private final Map<String, CaseResult> results = new LinkedHashMap<>();
    private final Map<String, CaseResult> containerResults = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private String engine = "unknown";
    private int children;

    public GradingRunner(Settings settings, CompileFailures compileFailures) {
        this.settings = settings;
        this.compileFailures = compileFailures;
        this.judgedCases = new JudgedCases(settings.instructor() == null ? null : settings.instructor().hidden());
        this.judge = new CaseJudge(judgedCases);
        this.childClassPath = settings.childClassPath();
    }

    /** Plans and runs every graded case; never throws for anything the graded code does. */
    public Run run() throws IOException, InterruptedException {
        Files.createDirectories(settings.logDir());
        if (settings.instructor() != null) {
            // The child gets inputs only: every expected value sealed, the hidden cases it is graded on appended.
            Path sealed = settings.logDir().resolve("sealed");
            GradingOutputs.clearFolder(sealed);
            SealedFixtures.write(sealed.resolve("fixtures"), Fixtures.goldenSteps(), judgedCases.hidden());
            childClassPath = ChildClassPath.seal(settings.childClassPath(), sealed.resolve("fixtures"),
                    sealed.resolve("class-path"), replacedEntries);
        }
        boolean wholeRun = settings.filter() == null || settings.filter().isBlank();
        // A whole run's first child needs no plan: it starts at once and loads the engine while this JVM plans.
        StartedChild early = wholeRun ? startChild(List.of(ChildMain.ROOT + " "
                + settings.testClasses().toAbsolutePath())) : null;
        List<PlannedTest> plan;
        try {
            // A step that does not compile is graded in every run, filtered or not, so no older score survives.
            plan = GradingPlan.discover(settings.testClasses(), judgedCases).stream().filter(GradingPlan.selectedBy(
                    settings.filter()).or(t -> compileFailures.of(t.step()).isPresent())).toList();
        } catch (RuntimeException e) {
            if (early != null) {
                early.jvm().close();
            }
            throw e;
        }
        for (PlannedTest t : plan) {
            if (t.problem() != null) {
                results.put(t.id(), CaseResult.ofParent(Categories.GRADER_ERROR, t.problem(), 0));
            }
            compileFailures.of(t.step()).ifPresent(why ->
                    results.put(t.id(), CaseResult.ofParent(Categories.DOES_NOT_COMPILE, why, 0)));
        }
        int fruitless = 0;
        String lastFailure = "";
        while (true) {
            List<PlannedTest> pending = plan.stream().filter(t -> !results.containsKey(t.id())).toList();
            if (pending.isEmpty()) {
                break;
            }
            if (fruitless >= 2) {
                String why = "the grading JVM ended twice before running any case: " + lastFailure;
                pending.forEach(t -> results.put(t.id(), CaseResult.ofParent(Categories.GRADER_ERROR, why, 0)));
                break;
            }
            StartedChild started = early != null ? early : startChild(selectorLines(pending));
            early = null;
            ChildOutcome child = watch(started, plan, pending);
            lastFailure = child.failure();
            fruitless = child.startedAny() ? 0 : fruitless + 1;
            if (child.ranToTheEnd()) {
                // Whatever the child's JUnit did not run: its class or method failed or was skipped as a whole.
                for (PlannedTest t : plan) {
                    if (!results.containsKey(t.id())) {
                        results.put(t.id(), containerResult(t));
                    }
                }
            }
        }
        if (early != null) {
            early.jvm().close();
        }
        List<GradedOutcome> outcomes = new ArrayList<>();
        List<Reported> reported = new ArrayList<>();
        String hiddenVisibility = settings.instructor() == null ? GradedOutcome.VISIBLE
                : settings.instructor().hiddenVisibility();
        for (PlannedTest t : plan) {
            CaseResult r = results.get(t.id());
            boolean passed = Categories.PASSED.equals(r.category());
            GradedOutcome outcome = new GradedOutcome(t.method(), t.name(), t.step(), passed ? t.points() : 0,
                    t.points(), r.category(), r.output(), r.seconds(), t.hidden() ? hiddenVisibility
                            : GradedOutcome.VISIBLE, r.mistakes());
            outcomes.add(outcome);
            reported.add(new Reported(outcome, r.attachments()));
        }
        return new Run(outcomes, reported, engine, children, List.copyOf(notes),
                (int) plan.stream().filter(PlannedTest::hidden).count());
    }

    private CaseResult containerResult(PlannedTest t) {
        for (Map.Entry<String, CaseResult> e : containerResults.entrySet()) {
            if (t.id().startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return CaseResult.ofParent(Categories.GRADER_ERROR, "did not run: JUnit in the grading JVM never started it",
                0);
    }

    private record ChildOutcome(boolean startedAny, boolean ranToTheEnd, String failure) {
    }

    private record StartedChild(int number, ChildJvm jvm, long startedAtMillis) {
    }

    private StartedChild startChild(List<String> selectorLines) throws IOException {
        int number = ++children;
        Path selectors = settings.logDir().resolve("child-" + number + ".selectors");
        Files.write(selectors, selectorLines, StandardCharsets.UTF_8);
        ChildJvm jvm = ChildJvm.start(jvmOptions(), childClassPath, ChildMain.class.getName(),
                List.of("--selectors", selectors.toAbsolutePath().toString()), settings.dataLimitMiB(),
                settings.logDir().resolve("child-" + number + ".args"),
                settings.logDir().resolve("child-" + number + ".log"), sandbox());
        return new StartedChild(number, jvm, System.currentTimeMillis());
    }

    /**
     * Follows one child until it ends, recording every outcome it reports and the outcome of a case it could not
     * finish. Deadlines count from when an event arrived, so time spent planning meanwhile is not charged to a case.
     */
    private ChildOutcome watch(StartedChild started, List<PlannedTest> plan, List<PlannedTest> pending)
            throws IOException, InterruptedException {
        int number = started.number();
        Map<String, PlannedTest> byId = new LinkedHashMap<>();
        pending.forEach(t -> byId.put(t.id(), t));
        try (ChildJvm child = started.jvm()) {
            PlannedTest current = null;
            long currentStart = 0;
            long deadline = started.startedAtMillis() + STARTUP_MILLIS;
            boolean startedAny = false;
            while (true) {
                ChildJvm.Received received = child.next(deadline - System.currentTimeMillis());
                RunnerEvent e = received == null ? null : received.event();
                long at = received == null ? 0 : received.atMillis();
                if (e == null) {
                    if (System.currentTimeMillis() < deadline) {
                        continue;
                    }
                    child.kill();
                    if (current == null) {
                        return new ChildOutcome(startedAny, false, "it went silent for "
                                + (startedAny ? BETWEEN_CASES_MILLIS : STARTUP_MILLIS) / 1000 + " s between cases");
                    }
                    double seconds = (System.currentTimeMillis() - currentStart) / 1e3;
                    results.put(current.id(), CaseResult.ofParent(Categories.TIMED_OUT,
                            RunnerMessages.timedOut(current.step(), current.timeoutSeconds()), seconds));
                    endMethod(plan, current, Categories.TIMED_OUT, RunnerMessages.notRunAfterTimeout(current.step()));
                    return new ChildOutcome(true, false, "");
                }
                switch (e.type()) {
                    case RunnerEvent.READY -> {
                        engine = e.output();
                        deadline = at + BETWEEN_CASES_MILLIS;
                    }
                    case RunnerEvent.OBSERVED -> {
                        if (current != null && e.observation() != null) {
                            observed.computeIfAbsent(current.id(), k -> new ArrayList<>()).add(e.observation());
                        }
                    }
                    case RunnerEvent.STARTED -> {
                        current = byId.get(e.id());
                        if (current != null) {
                            observed.remove(current.id());
                        }
                        startedAny = true;
                        currentStart = at;
                        deadline = at + (current == null ? BETWEEN_CASES_MILLIS : current.timeoutSeconds() * 1000L);
                    }
                    case RunnerEvent.FINISHED -> {
                        if (byId.containsKey(e.id()) && !results.containsKey(e.id())) {
                            results.put(e.id(), judged(byId.get(e.id()), e));
                        }
                        current = null;
                        deadline = at + BETWEEN_CASES_MILLIS;
                    }
                    case RunnerEvent.CONTAINER_FAILED -> containerResults.putIfAbsent(e.id(),
                            CaseResult.ofParent(e.category(), e.output(), 0));
                    case RunnerEvent.RECYCLE -> notes.add("grading JVM " + number + " ended itself after "
                            + (byId.containsKey(e.id()) ? byId.get(e.id()).name() : e.id()) + ": " + e.output());
                    case RunnerEvent.DONE -> {
                        child.exitCode();
                        return new ChildOutcome(true, true, "");
                    }
                    case RunnerEvent.END -> {
                        int code = child.exitCode();
                        if (current == null) {
                            return new ChildOutcome(startedAny, false,
                                    "exit code " + code + tailForGraderError(child.tail()));
                        }
                        double seconds = (at - currentStart) / 1e3;
                        results.put(current.id(), CaseResult.ofParent(Categories.CRASHED,
                                RunnerMessages.crashed(current.step(), code, child.tail(), settings.heapMiB(),
                                        settings.dataLimitMiB()), seconds));
                        endMethod(plan, current, Categories.CRASHED, RunnerMessages.notRunAfterCrash(current.step()));
                        return new ChildOutcome(true, false, "");
                    }
                    default -> notes.add("child " + number + " sent an unknown event: " + e.type());
                }
            }
        }
    }

    /**
     * A finished case as the judge decides it: the child's failure stands (it can fail a case, never pass one);
     * otherwise what the child handed back must match the parent's fixtures and cover every expected output the test
     * compares.
     */
    private CaseResult judged(PlannedTest t, RunnerEvent finished) {
        List<Observation> observations = observed.getOrDefault(t.id(), List.of());
        observed.remove(t.id());
        CaseJudge.Verdict v = judge.judge(t, observations);
        String category = finished.category();
        String output = finished.output();
        if (!Categories.PASSED.equals(category)) {
            if (output != null && output.contains(SEALED)) {
                category = Categories.GRADER_ERROR;
                output = RunnerMessages.readsSealedValue(t.step(), output.lines().findFirst().orElse(""));
            }
        } else if (!v.passed()) {
            category = v.category();
            output = v.output();
        }
        return new CaseResult(category, output, finished.seconds(), v.mistakes(), v.attachments());
    }

    /** Gives the method's cases that have not run yet the same category as the case that ended it. */
    private void endMethod(List<PlannedTest> plan, PlannedTest ended, String category, String output) {
        Predicate<PlannedTest> sameMethod = t -> t.method().equals(ended.method());
        plan.stream().filter(sameMethod).filter(t -> !results.containsKey(t.id()))
                .forEach(t -> results.put(t.id(), CaseResult.ofParent(category, output, 0)));
    }

    private static String tailForGraderError(List<String> tail) {
        return tail.isEmpty() ? "" : "; its last output:" + System.lineSeparator() + String.join(System.lineSeparator(),
                tail);
    }

    private static List<String> selectorLines(List<PlannedTest> pending) {
        Map<String, List<PlannedTest>> byMethod = new LinkedHashMap<>();
        pending.forEach(t -> byMethod.computeIfAbsent(t.methodSelector(), k -> new ArrayList<>()).add(t));
        List<String> lines = new ArrayList<>();
        byMethod.forEach((selector, cases) -> {
            if (cases.get(0).caseIndex() < 0) {
                lines.add(ChildMain.METHOD + " " + selector);
            } else {
                lines.add(ChildMain.CASES + " " + selector + " " + String.join(",",
                        cases.stream().map(c -> Integer.toString(c.caseIndex())).toList()));
            }
        });
        return lines;
    }

    /** The sandbox of an instructor's grading JVMs, where bubblewrap works; null otherwise. */
    private Sandbox sandbox() {
        if (settings.instructor() == null || !Sandbox.available()) {
            return null;
        }
        List<Path> hidden = new ArrayList<>(settings.instructor().hide());
        hidden.addAll(replacedEntries);
        if (judgedCases.hidden() != null) {
            hidden.add(judgedCases.hidden().dir());
        }
        List<Path> readable = java.util.Arrays.stream(childClassPath.split(java.io.File.pathSeparator))
                .filter(e -> !e.isBlank()).map(Path::of).toList();
        return new Sandbox(hidden, readable, settings.logDir());
    }

    /** How the grading JVMs were contained, for results.json: {@code bubblewrap} or {@code none}. */
    public String sandboxName() {
        return settings.instructor() == null ? "none (student mode)" : Sandbox.available() ? "bubblewrap"
                : "none (bubblewrap is not available: the student's code could read files by path)";
    }

    private List<String> jvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx" + settings.heapMiB() + "m", "-XX:+UseSerialGC",
                "-Djava.security.manager=disallow", "-XX:-CreateCoredumpOnCrash",
                "-XX:ErrorFile=" + settings.logDir().toAbsolutePath().resolve("hs_err_pid%p.log"),
                "-Djava.awt.headless=true", "-D" + GradingListener.RECORD_PROPERTY + "=false"));
        // The settings Maven gives the parent (offline, threads, Allure's folder, logging) hold in the child too; what
        // is not given, the child's DjlDefaults sets.
        System.getProperties().stringPropertyNames().stream().sorted()
                .filter(k -> k.startsWith("nnlab.") || k.startsWith("ai.djl.") || k.startsWith("allure.")
                        || k.startsWith("org.slf4j."))
                .forEach(k -> options.add("-D" + k + "=" + System.getProperty(k)));
        return options;
    }
}
