package nnlab.grader.runner;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import nnlab.course.DjlDefaults;

/**
 * Keeps what one test case changes in the JVM from reaching the next: before every case it puts back the standard
 * streams, the system properties, the default locale and time zone and PyTorch's thread count as they were when the
 * child started (the engine's seed is set by the grading extension); after it, it names the threads the case left
 * running, so that the child can end itself and no spinning thread slows or disturbs a later step.
 */
final class StepIsolation {

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final InputStream in = System.in;
    private final Properties properties = copy(System.getProperties());
    private final Locale locale = Locale.getDefault();
    private final TimeZone timeZone = TimeZone.getDefault();
    private final int pytorchThreads = Integer.parseInt(System.getProperty(DjlDefaults.THREADS, "1"));
    private Set<Thread> before = Set.of();

    /** Call once the engine is loaded, so that its own threads count as the JVM's. */
    StepIsolation() {
    }

    void beforeCase() {
        System.setOut(out);
        System.setErr(err);
        System.setIn(in);
        System.setProperties(copy(properties));
        Locale.setDefault(locale);
        TimeZone.setDefault(timeZone);
        if ("PyTorch".equals(Engine.getDefaultEngineName()) && JniUtils.getNumThreads() != pytorchThreads) {
            JniUtils.setNumThreads(pytorchThreads);
        }
        before = Thread.getAllStackTraces().keySet();
    }

    /**
     * What the case left running: its threads that still run, by name, and the processes it started, which are
     * killed here (they would outlive the JVM); empty when it left nothing.
     */
    List<String> threadsLeftRunning() {
        List<String> left = new ArrayList<>();
        ProcessHandle.current().children().forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            left.add("process " + p.pid() + " (" + p.info().command().orElse("?") + ")");
        });
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && !before.contains(t) && !jdkService(t)) {
                left.add(t.getName());
            }
        }
        return left;
    }

    /**
     * A thread the JDK starts on first use of a service (Java2D's disposer when a chart is drawn, the common
     * cleaner) lives in the root thread group; the graded code's threads live in the main group or below.
     */
    private static boolean jdkService(Thread t) {
        ThreadGroup group = t.getThreadGroup();
        return group != null && group.getParent() == null;
    }

    private static Properties copy(Properties p) {
        Properties c = new Properties();
        c.putAll(p);
        return c;
    }
}
