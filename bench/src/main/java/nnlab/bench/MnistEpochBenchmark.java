package nnlab.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nnlab.course.DjlDefaults;
import nnlab.data.MnistSet;
import nnlab.data.MnistSource;
import nnlab.lab8.MnistNetwork;
import nnlab.lab8.MnistParameters;
import nnlab.lab8.MnistTraining;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One epoch of lab 8 ({@code MnistTraining.trainEpoch}: every batch of 32 in a fresh random order, one manual
 * SGD step each, lr 0.1) on the training split of an MNIST-format folder, timed once per JMH iteration; and the
 * same epoch with DJL's fused operations ({@link BuiltInOpsEpoch}). The data
 * is loaded once per fork, onto the device DJL picks; each iteration gets a new order, made outside the timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1",
        "-Dai.djl.pytorch.num_interop_threads=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils=error"})
public class MnistEpochBenchmark {

    /** Images per batch, as in the notebook. */
    public static final int BATCH_SIZE = 32;
    /** The learning rate, as in the notebook. */
    public static final float LEARNING_RATE = 0.1f;

    /** The folder with the four IDX files. */
    @Param(MnistSource.DEBIAN_FASHION_MNIST)
    public String data;

    private NDManager manager;
    private NDArray features;
    private NDArray oneHotLabels;
    private MnistParameters parameters;
    private NDArray order;
    private int images;

    @Setup(Level.Trial)
    public void load() {
        DjlDefaults.apply();
        MnistSet set = MnistSource.directory(Path.of(data), MnistSource.Split.TRAIN);
        images = set.size();
        manager = NDManager.newBaseManager(MnistNetwork.device());
        features = set.features(manager);
        oneHotLabels = set.oneHotLabels(manager);
        Engine.getInstance().setRandomSeed(3);
        parameters = MnistNetwork.initialize(manager, manager.getDevice());
    }

    @Setup(Level.Iteration)
    public void shuffle() {
        order = manager.randomPermutation(images);
    }

    /** One epoch of the lab's implementation; returns its mean loss so that nothing is optimised away. */
    @Benchmark
    public float epoch() {
        return MnistTraining.trainEpoch(parameters, features, oneHotLabels, order, BATCH_SIZE, LEARNING_RATE);
    }

    /** One epoch with DJL's fused operations ({@link BuiltInOpsEpoch}), for comparison. */
    @Benchmark
    public float epochWithBuiltInOps() {
        return BuiltInOpsEpoch.trainEpoch(parameters, features, oneHotLabels, order, BATCH_SIZE, LEARNING_RATE);
    }

    @TearDown(Level.Iteration)
    public void dropOrder() {
        order.close();
    }

    @TearDown(Level.Trial)
    public void close() {
        manager.close();
    }
}
