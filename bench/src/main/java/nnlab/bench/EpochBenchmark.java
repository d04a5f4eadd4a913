package nnlab.bench;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import nnlab.course.DjlDefaults;
import nnlab.data.MnistSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code epoch-benchmark}: runs {@link MnistEpochBenchmark} under JMH (a forked JVM with one PyTorch thread,
 * warm-up epochs, then measured epochs) and prints seconds per epoch and images per second. The last lines are
 * machine-readable for {@code bench/compare.sh}: {@code djl-hand <median s> <images/s> <each epoch's seconds>}
 * (and {@code djl-builtin ...} with {@code --built-in-ops}).
 */
@Command(name = "epoch-benchmark", mixinStandardHelpOptions = true,
        description = {"Times one epoch of lab 8's network (batch 32, lr 0.1, one thread) on the training split of",
            "an MNIST-format folder: Debian's Fashion-MNIST (60,000 images) unless --mnist-dir or",
            MnistSource.DIRECTORY_PROPERTY + " / " + MnistSource.DIRECTORY_ENV + " names another."})
public final class EpochBenchmark implements Callable<Integer> {

    @Option(names = "--mnist-dir", description = "folder with the four IDX files (default: ${DEFAULT-VALUE})")
    private Path data = MnistSource.configuredDirectory().orElse(Path.of(MnistSource.DEBIAN_FASHION_MNIST));

    @Option(names = "--epochs", description = "measured epochs (default: ${DEFAULT-VALUE})")
    private int epochs = 5;

    @Option(names = "--warmup", description = "warm-up epochs, not counted (default: ${DEFAULT-VALUE})")
    private int warmup = 2;

    @Option(names = "--built-in-ops", description = "also time the epoch with DJL's fused operations")
    private boolean builtInOps;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
        System.exit(new CommandLine(new EpochBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            System.err.println("epoch-benchmark: " + data + " is not a folder (apt-get install dataset-fashion-mnist,"
                    + " or name an MNIST-format folder with --mnist-dir)");
            return 2;
        }
        DjlDefaults.apply();
        Engine engine = Engine.getInstance();
        int images = MnistSource.size(data, MnistSource.Split.TRAIN) / MnistEpochBenchmark.BATCH_SIZE
                * MnistEpochBenchmark.BATCH_SIZE; // drop_last
        System.out.printf(Locale.ROOT, "%s %s (DJL %s) on %s, 1 thread: %s, %,d images per epoch, batch %d%n",
                engine.getEngineName(), engine.getVersion(), Engine.getDjlVersion(), engine.defaultDevice(), data,
                images, MnistEpochBenchmark.BATCH_SIZE);
        String[][] runs = builtInOps
                ? new String[][] {{"epoch", "hand-written (lab 8)", "djl-hand"},
                    {"epochWithBuiltInOps", "built-in linear, sigmoid, logSoftmax", "djl-builtin"}}
                : new String[][] {{"epoch", "hand-written (lab 8)", "djl-hand"}};
        StringBuilder machineLines = new StringBuilder();
        for (String[] run : runs) {
            Options options = new OptionsBuilder().include(MnistEpochBenchmark.class.getName() + "." + run[0] + "$")
                    .param("data", data.toAbsolutePath().toString()).warmupIterations(warmup)
                    .measurementIterations(epochs).verbosity(VerboseMode.SILENT).build();
            RunResult result = new Runner(options).runSingle();
            Statistics stats = result.getPrimaryResult().getStatistics();
            double[] seconds = result.getBenchmarkResults().iterator().next().getIterationResults().stream()
                    .mapToDouble(r -> r.getPrimaryResult().getScore()).toArray();
            double median = stats.getPercentile(50);
            System.out.printf(Locale.ROOT, "%-38s %.3f s per epoch (median of %d; min %.3f, max %.3f), %,.0f images"
                    + " per second%n", run[1] + ":", median, seconds.length, stats.getMin(), stats.getMax(),
                    images / median);
            machineLines.append(String.format(Locale.ROOT, "%s %.4f %.0f %s%n", run[2], median, images / median,
                    String.join(",", Arrays.stream(seconds).mapToObj(s -> String.format(Locale.ROOT, "%.3f", s))
                            .toList())));
        }
        System.out.print(machineLines);
        return 0;
    }
}
