package nnlab.grader.runner;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nnlab.course.DjlDefaults;
import nnlab.grader.assertions.Observations;
import nnlab.grader.junit.Graded;
import nnlab.grader.junit.GradingListener;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The child JVM's entry point: connects to the parent ({@code --port}, {@code --token}), loads the engine, runs the
 * test cases listed in {@code --selectors} under JUnit with {@link ChildListener}, and ends with {@code halt}, so
 * that no shutdown hook of the graded code runs after the last report. Its exit code is 0 unless the run itself
 * failed.
 */
public final class ChildMain {

    /** A line of the selectors file: every graded test class under a class path folder. */
    static final String ROOT = "root";
    /** A line of the selectors file: a whole test method. */
    static final String METHOD = "method";
    /** A line of the selectors file: some cases (0-based indices) of a parameterized test method. */
    static final String CASES = "cases";

    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(arg(args, "--port"));
        String token = arg(args, "--token");
        Path selectorsFile = Path.of(arg(args, "--selectors"));
        endWithParent();
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        EventChannel channel = new EventChannel(socket.getOutputStream());
        channel.send(RunnerEvent.of(RunnerEvent.HELLO, token));
        System.setProperty(GradingListener.RECORD_PROPERTY, "false");
        String engine = warmUp();
        StepIsolation isolation = new StepIsolation();
        channel.send(new RunnerEvent(RunnerEvent.READY, null, null, engine, 0));
        // Every check hands what it saw to the parent, which judges each case itself.
        Observations.sendTo(o -> channel.send(new RunnerEvent(RunnerEvent.OBSERVED, null, null, null, 0, o)));
        // Only the grader's own listener and extensions: nothing found on the class path (a submission's
        // META-INF/services, Allure's listener) takes part; the parent writes the Allure results.
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .addTestExecutionListeners(new ChildListener(channel, isolation)).build());
        int code = 0;
        try {
            launcher.execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors(Files.readAllLines(selectorsFile, StandardCharsets.UTF_8)))
                    .filters(TagFilter.includeTags(Graded.TAG), GradingPlan.JUPITER_ONLY,
                            ClassNameFilter.includeClassNamePatterns(GradingPlan.TEST_CLASS_PATTERN))
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false").build());
            channel.send(RunnerEvent.of(RunnerEvent.DONE, null));
        } catch (Throwable t) {
            // JUnit lets an OutOfMemoryError outside a test's own code end the whole run: the parent sees the end.
            t.printStackTrace();
            code = 3;
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }

    /**
     * Ends this JVM within seconds of its parent's end, however the parent ended (Ctrl-C, a kill): no case, an
     * endless loop least of all, may go on running with nobody to grade it.
     */
    private static void endWithParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watch = new Thread(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(4);
        }, "nnlab-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Loads the native library and runs one operation, so that no test case pays for it. */
    private static String warmUp() {
        DjlDefaults.apply();
        Engine engine = Engine.getInstance();
        try (NDManager manager = NDManager.newBaseManager()) {
            manager.ones(new Shape(2, 2)).matMul(manager.ones(new Shape(2, 2))).sum().getFloat();
            return engine.getEngineName() + " " + engine.getVersion() + " on " + manager.getDevice();
        }
    }

    static List<DiscoverySelector> selectors(List<String> lines) {
        List<DiscoverySelector> out = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.strip().split(" ");
            if (parts[0].equals(ROOT)) {
                out.add(DiscoverySelectors.selectClasspathRoots(Set.of(Path.of(line.strip().substring(ROOT.length() + 1))))
                        .get(0));
            } else if (parts[0].equals(METHOD)) {
                out.add(DiscoverySelectors.selectMethod(parts[1]));
            } else if (parts[0].equals(CASES)) {
                int[] indices = Arrays.stream(parts[2].split(",")).mapToInt(Integer::parseInt).toArray();
                out.add(DiscoverySelectors.selectIteration(DiscoverySelectors.selectMethod(parts[1]), indices));
            }
        }
        return out;
    }

    private static String arg(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("missing " + name);
    }
}
