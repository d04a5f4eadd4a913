package nnlab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** What one case changes in the child JVM does not reach the next case. */
class StepIsolationTest {

    @Test
    void putsBackStreamsPropertiesLocaleAndPyTorchThreads() {
        Engine.getInstance();
        PrintStream out = System.out;
        Locale locale = Locale.getDefault();
        int threads = JniUtils.getNumThreads();
        StepIsolation isolation = new StepIsolation();
        try {
            isolation.beforeCase();
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            System.setProperty("nnlab.test.left.behind", "by a case");
            Locale.setDefault(Locale.GERMANY);
            JniUtils.setNumThreads(threads + 3);

            isolation.beforeCase();

            assertThat(System.out).isSameAs(out);
            assertThat(System.getProperty("nnlab.test.left.behind")).isNull();
            assertThat(Locale.getDefault()).isEqualTo(locale);
            assertThat(JniUtils.getNumThreads()).isEqualTo(threads);
        } finally {
            System.setOut(out);
            System.clearProperty("nnlab.test.left.behind");
            Locale.setDefault(locale);
            JniUtils.setNumThreads(threads);
        }
    }

    @Test
    void namesTheThreadsACaseLeftRunning() throws InterruptedException {
        StepIsolation isolation = new StepIsolation();
        isolation.beforeCase();
        assertThat(isolation.threadsLeftRunning()).isEmpty();
        CountDownLatch release = new CountDownLatch(1);
        Thread left = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "student-spinner");
        left.start();
        try {
            assertThat(isolation.threadsLeftRunning()).containsExactly("student-spinner");
        } finally {
            release.countDown();
            left.join();
        }
        assertThat(isolation.threadsLeftRunning()).isEmpty();
    }

    @Test
    void killsTheProcessesACaseStarted() throws Exception {
        StepIsolation isolation = new StepIsolation();
        isolation.beforeCase();
        Process sleeper = new ProcessBuilder("sleep", "600").start();

        assertThat(isolation.threadsLeftRunning()).anySatisfy(s -> assertThat(s).contains("process " + sleeper.pid()));
        assertThat(sleeper.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).as("killed").isTrue();
        assertThat(isolation.threadsLeftRunning()).isEmpty();
    }
}
