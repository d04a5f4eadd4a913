package nnlab.grader.junit;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nnlab.course.NotImplementedYet;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradeResults;
import nnlab.grader.results.GradedOutcome;
import nnlab.grader.results.GradedRun;
import nnlab.grader.results.ResultsStore;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects the outcome of every {@link Graded} test of a run, then records the run in the grade folder
 * ({@link ResultsStore}: results.json in Gradescope's format) and prints the score table with its final
 * {@code GRADE: x / y} line. Registered with the JUnit Platform through {@code META-INF/services}, so it runs under
 * Maven, IDEs and the console launcher alike. A graded method that never ran (its class failed to start, its
 * fixture is missing) still counts, with zero points and the reason.
 */
public final class GradingListener implements TestExecutionListener {

    /**
     * Set to false where something else prints the report after the run (Maven does, once every fork has
     * merged its results, so the grade is the last thing a student reads).
     */
    public static final String PRINT_PROPERTY = "nnlab.report.print";

    /**
     * Set to false where something else records the outcomes: the grading runner's child JVMs, whose parent
     * writes the grade.
     */
    public static final String RECORD_PROPERTY = "nnlab.listener.record";

    private final Map<String, GradedMethod> methods = new LinkedHashMap<>();
    private final Map<String, List<Finished>> finished = new ConcurrentHashMap<>();
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, Finished> containerFailures = new ConcurrentHashMap<>();
    private TestPlan plan;
    private long planStarted;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        planStarted = System.nanoTime();
        if (!Boolean.parseBoolean(System.getProperty(RECORD_PROPERTY, "true"))) {
            return;
        }
        for (TestIdentifier root : testPlan.getRoots()) {
            for (TestIdentifier id : testPlan.getDescendants(root)) {
                graded(id).ifPresent(g -> methods.putIfAbsent(methodKey(id), new GradedMethod(methodKey(id),
                        id.getDisplayName(), g.step(), g.points())));
            }
        }
        if (!methods.isEmpty()) {
            AllureSetup.writeRunFiles();
        }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        started.put(id.getUniqueId(), System.nanoTime());
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        Finished skipped = new Finished(displayName(id), Categories.SKIPPED, "skipped: " + reason, 0);
        if (id.isTest() && graded(id).isPresent()) {
            finished.computeIfAbsent(methodKey(id), k -> new ArrayList<>()).add(skipped);
        } else {
            containerFailures.put(id.getUniqueId(), skipped); // a disabled class or parameterized method
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Long t0 = started.remove(id.getUniqueId());
        double seconds = t0 == null ? 0 : (System.nanoTime() - t0) / 1e9;
        Optional<Graded> graded = graded(id);
        if (id.isTest() && graded.isPresent()) {
            finished.computeIfAbsent(methodKey(id), k -> new ArrayList<>())
                    .add(new Finished(displayName(id), category(result), output(result), seconds));
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            // A class or a parameterized method that failed as a whole: its graded tests did not all run.
            containerFailures.put(id.getUniqueId(), new Finished(id.getDisplayName(), category(result),
                    output(result), seconds));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (methods.isEmpty()) {
            return; // not a grading run (the kit's own tests, say)
        }
        List<GradedOutcome> outcomes = new ArrayList<>();
        for (GradedMethod m : methods.values()) {
            List<Finished> runs = finished.getOrDefault(m.key(), List.of());
            if (runs.isEmpty()) {
                Finished why = reasonNotRun(m.key());
                outcomes.add(new GradedOutcome(m.key(), m.name(), m.step(), 0, m.points(), why.category(),
                        why.output(), why.seconds()));
                continue;
            }
            double share = m.points() / runs.size();
            for (Finished f : runs) {
                boolean passed = Categories.PASSED.equals(f.category());
                outcomes.add(new GradedOutcome(m.key(), f.name(), m.step(), passed ? share : 0, share, f.category(),
                        f.output(), f.seconds()));
            }
        }
        GradedRun run = new GradedRun(UUID.randomUUID().toString(),
                System.getProperty("nnlab.implementation", "unknown"), System.currentTimeMillis(), outcomes);
        ResultsStore store = ResultsStore.fromSystemProperties();
        GradeResults merged = store.record(run, Map.of(), (System.nanoTime() - planStarted) / 1e9);
        if (Boolean.parseBoolean(System.getProperty(PRINT_PROPERTY, "true"))) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(merged.report(store.resultsFile()));
        }
    }

    private Finished reasonNotRun(String methodKey) {
        for (Map.Entry<String, Finished> e : containerFailures.entrySet()) {
            TestIdentifier container = plan.getTestIdentifier(UniqueId.parse(e.getKey()));
            if (container.getSource().map(s -> coversMethod(s, methodKey)).orElse(false)) {
                return e.getValue();
            }
        }
        return new Finished("", Categories.ERROR, "did not run", 0);
    }

    private static boolean coversMethod(TestSource source, String methodKey) {
        if (source instanceof MethodSource ms) {
            return methodKey.equals(ms.getClassName() + "#" + ms.getMethodName());
        }
        if (source instanceof org.junit.platform.engine.support.descriptor.ClassSource cs) {
            return methodKey.startsWith(cs.getClassName() + "#");
        }
        return false;
    }

    private String displayName(TestIdentifier id) {
        // An invocation of a parameterized test is named "<method's display name> · <case>".
        Optional<TestIdentifier> parent = plan.getParent(id);
        if (parent.isPresent() && parent.get().getSource().equals(id.getSource())) {
            return parent.get().getDisplayName() + " · " + id.getDisplayName();
        }
        return id.getDisplayName();
    }

    static Optional<Graded> graded(TestIdentifier id) {
        return id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .flatMap(GradingListener::javaMethod).map(m -> m.getAnnotation(Graded.class));
    }

    private static Optional<Method> javaMethod(MethodSource source) {
        try {
            return Optional.of(source.getJavaMethod());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String methodKey(TestIdentifier id) {
        MethodSource ms = (MethodSource) id.getSource().orElseThrow();
        return ms.getClassName() + "#" + ms.getMethodName();
    }

    /** The category of a finished test: passed, not implemented yet, wrong result, crashed or error. */
    public static String category(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> Categories.PASSED;
            case ABORTED -> Categories.SKIPPED;
            case FAILED -> {
                Throwable t = result.getThrowable().orElse(null);
                if (notImplemented(t) != null) {
                    yield Categories.NOT_IMPLEMENTED;
                }
                if (t instanceof StepCrashed) {
                    yield Categories.CRASHED;
                }
                yield t instanceof AssertionError ? Categories.WRONG_RESULT : Categories.ERROR;
            }
        };
    }

    /** What a student reads about a finished test: the assertion's message, or the exception and its line. */
    public static String output(TestExecutionResult result) {
        Throwable t = result.getThrowable().orElse(null);
        if (t == null) {
            return "";
        }
        NotImplementedYet missing = notImplemented(t);
        if (missing != null) {
            return missing.getMessage();
        }
        if (t instanceof AssertionError || t instanceof StepCrashed) {
            return String.valueOf(t.getMessage());
        }
        StringBuilder b = new StringBuilder(t.getClass().getName()).append(": ").append(t.getMessage());
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("nnlab.lab")) {
                b.append(System.lineSeparator()).append("  at ").append(frame);
                break;
            }
        }
        return b.toString();
    }

    private static NotImplementedYet notImplemented(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof NotImplementedYet n) {
                return n;
            }
        }
        return null;
    }

    private record GradedMethod(String key, String name, String step, double points) {
    }

    private record Finished(String name, String category, String output, double seconds) {
    }
}
