package nnlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import nnlab.course.DjlDefaults;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import nnlab.lab8.MnistParameters;
import nnlab.lab8.MnistTraining;
import org.junit.jupiter.api.Test;

/**
 * DJL 0.35.1 wraps a Java number given to an operation ({@code pow(-1)}, {@code mul(0.5)}, {@code maximum(-100)})
 * in a tensor whose memory it frees as soon as the operation returns. When backward needs that number and a garbage
 * collection runs before it, the gradient is computed from freed memory: silently wrong, now and then. Lab 8's
 * reference writes its sigmoid without such operations; this test keeps it so, by repeating one backward while
 * another thread churns the heap, and requiring every gradient to equal the first bit for bit (one thread: a run
 * is bit-reproducible). With {@code pow(-1)} in the sigmoid, about one backward in 30 differed here.
 */
class GradientsUnderGcPressureTest {

    private static final long BUDGET_NANOS = 2_000_000_000L;

    @Test
    void lab8GradientsDoNotChangeWhenTheGarbageCollectorRuns() throws InterruptedException {
        DjlDefaults.apply();
        FixtureCase c = Fixtures.golden("L8.5").cases().get(0);
        AtomicBoolean stop = new AtomicBoolean();
        Thread churn = new Thread(() -> {
            long n = 0;
            while (!stop.get()) {
                byte[] garbage = new byte[1 << 16];
                garbage[0] = 1;
                if (++n % 50 == 0) {
                    System.gc();
                }
            }
        }, "gc-churn");
        churn.setDaemon(true);
        List<float[]> first = null;
        int runs = 0;
        int differing = 0;
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray features = c.input("features").toNDArray(manager);
            NDArray oneHot = c.input("oneHotLabels").toNDArray(manager);
            churn.start();
            long started = System.nanoTime();
            while (runs < 30 || (System.nanoTime() - started < BUDGET_NANOS && runs < 400)) {
                try (NDScope scope = new NDScope()) {
                    MnistParameters p = MnistParameters.of(MnistParameters.names().stream()
                            .map(n -> c.input(n).toNDArray(manager)).toList()).requireGradients();
                    MnistTraining.lossAndGradients(p, features, oneHot);
                    List<float[]> gradients = new ArrayList<>();
                    for (NDArray parameter : p.list()) {
                        gradients.add(parameter.getGradient().toFloatArray());
                    }
                    if (first == null) {
                        first = gradients;
                    } else if (!sameBits(first, gradients)) {
                        differing++;
                    }
                    runs++;
                    scope.suppressNotUsedWarning();
                }
            }
        } finally {
            stop.set(true);
            churn.join();
        }
        assertThat(differing).as("backward runs of %d whose gradients differ from the first: an operation with a Java"
                + " number whose tensor backward needs (pow, mul, div, maximum ...) in lab 8's forward pass or loss?",
                runs).isZero();
    }

    private static boolean sameBits(List<float[]> a, List<float[]> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!java.util.Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
