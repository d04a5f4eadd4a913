package nnlab.grader.runner;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Every graded test case of a run, found by JUnit's discovery in the parent (which loads the test classes without
 * initialising them, so no student code runs) and expanded into one {@link PlannedTest} per fixture case: a
 * parameterized graded test takes its cases from {@link FixtureCases}, as the child's JUnit will. A fixture that
 * cannot be read leaves its test as one case that names the problem: the course's fault, graded "grader error".
 */
final class GradingPlan {

    /**
     * The graded test classes: in a lab's package and named like Surefire's tests. Filtering by name comes before
     * loading, so the kit's own test classes are never loaded.
     */
    static final String TEST_CLASS_PATTERN = "nnlab\\.lab\\d+\\..*Test";

    /** Graded tests are Jupiter tests: other engines on the class path (ArchUnit's) need not scan it. */
    static final EngineFilter JUPITER_ONLY = EngineFilter.includeEngines("junit-jupiter");

    private GradingPlan() {
    }

    /** The graded cases under {@code testClasses} (a folder on this JVM's class path), in discovery order. */
    static List<PlannedTest> discover(Path testClasses) {
        return discover(testClasses, new JudgedCases(null));
    }

    /**
     * The graded cases under {@code testClasses}, with the hidden cases {@code cases} grades after each fixture's
     * public ones.
     */
    static List<PlannedTest> discover(Path testClasses, JudgedCases cases) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClasspathRoots(Set.of(testClasses)))
                .filters(TagFilter.includeTags(Graded.TAG), GradingPlan.JUPITER_ONLY,
                        ClassNameFilter.includeClassNamePatterns(TEST_CLASS_PATTERN))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .build();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false).build());
        TestPlan plan = launcher.discover(request);
        List<PlannedTest> tests = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier id : plan.getDescendants(root)) {
                if (id.getSource().orElse(null) instanceof MethodSource source) {
                    Method method = source.getJavaMethod();
                    Graded graded = method.getAnnotation(Graded.class);
                    if (graded != null) {
                        tests.addAll(cases(id, source, method, graded, cases));
                    }
                }
            }
        }
        return tests;
    }

    private static List<PlannedTest> cases(TestIdentifier id, MethodSource source, Method method, Graded graded,
            JudgedCases judged) {
        String key = source.getClassName() + "#" + source.getMethodName();
        String selector = key + "(" + source.getMethodParameterTypes().replace(" ", "") + ")";
        List<String> judges = List.of(graded.judges());
        if (method.getAnnotation(ParameterizedTest.class) == null) {
            return List.of(new PlannedTest(id.getUniqueId(), key, selector, -1, id.getDisplayName(), graded.step(),
                    graded.points(), graded.timeoutSeconds(), null, null, false, judges));
        }
        FixtureCases fixtureCases = method.getAnnotation(FixtureCases.class);
        if (fixtureCases == null) {
            throw new IllegalStateException(key + ": a graded @ParameterizedTest takes its cases from @FixtureCases,"
                    + " so that the grader knows them before it runs any");
        }
        String fixtureStep = fixtureCases.value();
        List<String> names;
        int publicCases;
        try {
            names = new ArrayList<>(FixtureCaseNames.of(fixtureStep));
            publicCases = names.size();
            names.addAll(judged.hiddenNames(fixtureStep));
        } catch (IOException | RuntimeException e) {
            return List.of(new PlannedTest(id.getUniqueId(), key, selector, -1, id.getDisplayName(), graded.step(),
                    graded.points(), graded.timeoutSeconds(), "the fixture of " + fixtureStep
                            + " cannot be read: " + e.getMessage(), null, false, judges));
        }
        List<PlannedTest> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(new PlannedTest(id.getUniqueId() + "/[test-template-invocation:#" + (i + 1) + "]", key, selector,
                    i, id.getDisplayName() + " · " + names.get(i), graded.step(), graded.points() / names.size(),
                    graded.timeoutSeconds(), null, fixtureStep, i >= publicCases, judges));
        }
        return out;
    }

    /**
     * Whether a filter selects the case's test method.
     *
     * @param filter Surefire's {@code -Dtest} syntax, comma-separated {@code Class} or {@code Class#method} with
     *     {@code *} wildcards, the class by simple or full name, or a step id ({@code L3.2}) or lab ({@code L7});
     *     blank for every graded test
     */
    static Predicate<PlannedTest> selectedBy(String filter) {
        List<Pattern> patterns = patterns(filter);
        List<String> steps = steps(filter);
        return t -> patterns.isEmpty() && steps.isEmpty() || selected(t.method(), patterns)
                || steps.stream().anyMatch(s -> t.step().equals(s) || t.step().startsWith(s + "."));
    }

    /** A step id ({@code L3.2}) or a lab ({@code L7}), as students name what they work on. */
    private static final Pattern STEP = Pattern.compile("L\\d+(\\.\\d+)?");

    /** The parts of a filter that are step ids or labs: {@code -Dtest=L3.2} grades that step, {@code L7} lab 7. */
    private static List<String> steps(String filter) {
        return filter == null ? List.of()
                : java.util.Arrays.stream(filter.split(",")).map(String::strip).filter(p -> STEP.matcher(p).matches())
                        .toList();
    }

    private static List<Pattern> patterns(String filter) {
        List<Pattern> out = new ArrayList<>();
        if (filter == null) {
            return out;
        }
        for (String part : filter.split(",")) {
            String p = part.strip();
            if (!p.isEmpty() && !STEP.matcher(p).matches()) {
                String glob = p.contains("#") ? p : p + "#*";
                out.add(Pattern.compile(Pattern.quote(glob).replace("*", "\\E.*\\Q")));
            }
        }
        return out;
    }

    /** {@code method} is {@code class#method}; the class matches by full or simple name. */
    private static boolean selected(String method, List<Pattern> patterns) {
        String simple = method.substring(method.lastIndexOf('.', method.indexOf('#')) + 1);
        return patterns.stream().anyMatch(p -> p.matcher(method).matches() || p.matcher(simple).matches());
    }
}
