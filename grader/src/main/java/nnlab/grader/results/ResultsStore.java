package nnlab.grader.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The grade folder ({@code grader/target/grade}): each run writes its outcomes to a part file of its own
 * ({@code parts/<run>.json}), then merges every part into {@code results.json} under a file lock. Merging keeps,
 * for every test method, the outcomes of the latest run that ran it, so parallel forks and runs of a subset of
 * the tests add up instead of overwriting each other. Every file is written to a temporary name and moved into
 * place, so no half-written file is ever read.
 */
public final class ResultsStore {

    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path dir;

    public ResultsStore(Path dir) {
        this.dir = dir;
    }

    /** The folder named by {@code -Dnnlab.grade.dir}, else {@code target/grade}. */
    public static ResultsStore fromSystemProperties() {
        return new ResultsStore(Path.of(System.getProperty("nnlab.grade.dir", "target/grade")));
    }

    public Path resultsFile() {
        return dir.resolve("results.json");
    }

    /** Forgets every earlier run: deletes the stored parts and results.json. */
    public void startAfresh() throws IOException {
        Path parts = dir.resolve("parts");
        if (Files.isDirectory(parts)) {
            try (Stream<Path> files = Files.list(parts)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.deleteIfExists(resultsFile());
    }

    /**
     * Stores one run's outcomes and rewrites results.json from every stored run.
     *
     * @return the merged results
     */
    public GradeResults record(GradedRun run) {
        return record(run, Map.of(), -1);
    }

    /**
     * Stores one run's outcomes and rewrites results.json from every stored run, with facts about the run in its
     * {@code extra_data}.
     *
     * @param wallSeconds how long the run took, as the process that ran it measured it ({@code execution_time});
     *     negative when unknown
     * @return the merged results
     */
    public GradeResults record(GradedRun run, Map<String, Object> runInfo, double wallSeconds) {
        try {
            Path parts = Files.createDirectories(dir.resolve("parts"));
            writeAtomically(parts.resolve(run.runId() + ".json"), JSON.writeValueAsBytes(run));
            // Forks that finish together take turns: each merges every part written so far.
            try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock();
                try {
                    List<GradedRun> runs = readParts(parts);
                    GradeResults merged = GradeResults.of(merge(runs), earlierRuns(runs, run.runId()));
                    writeAtomically(resultsFile(), JSON.writeValueAsBytes(GradescopeResults.toGradescope(merged,
                            runInfo, wallSeconds)));
                    return merged;
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the grade to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a results.json this grader wrote.
     *
     * @throws IOException naming the file when it is not one
     */
    public static GradescopeResults.Gradescope readResults(Path file) throws IOException {
        try {
            return JSON.readValue(file.toFile(), GradescopeResults.Gradescope.class);
        } catch (IOException e) {
            throw new IOException(file + ": not a results.json written by nnlab's grader: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a results.json this grader wrote, case by case.
     *
     * @throws IOException naming the file and what is wrong when it is not one
     */
    public static GradeResults readGradeResults(Path file) throws IOException {
        GradescopeResults.Gradescope results = readResults(file);
        try {
            return GradescopeResults.fromGradescope(results);
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a results.json written by nnlab's grader: " + e.getMessage(), e);
        }
    }

    /** For every test method, the outcomes of the latest run that ran it; runs in time order. */
    static List<GradedOutcome> merge(List<GradedRun> runs) {
        Map<String, List<GradedOutcome>> byMethod = new LinkedHashMap<>();
        latestRunByMethod(runs).forEach((method, run) -> byMethod.put(method,
                run.outcomes().stream().filter(o -> o.method().equals(method)).toList()));
        return byMethod.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The test methods whose latest outcomes come from another run than {@code current}, and when that run ended:
     * what the score table marks as not re-run now.
     */
    static Map<String, Long> earlierRuns(List<GradedRun> runs, String current) {
        Map<String, Long> earlier = new LinkedHashMap<>();
        latestRunByMethod(runs).forEach((method, run) -> {
            if (!run.runId().equals(current)) {
                earlier.put(method, run.finishedAtMillis());
            }
        });
        return earlier;
    }

    /** For every test method, the latest run that ran it, in the order the methods first ran. */
    private static Map<String, GradedRun> latestRunByMethod(List<GradedRun> runs) {
        Map<String, GradedRun> latest = new LinkedHashMap<>();
        runs.stream().sorted(Comparator.comparingLong(GradedRun::finishedAtMillis))
                .forEach(run -> run.outcomes().forEach(o -> latest.put(o.method(), run)));
        return latest;
    }

    private static List<GradedRun> readParts(Path parts) throws IOException {
        List<GradedRun> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(parts)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try {
                    runs.add(JSON.readValue(p.toFile(), GradedRun.class));
                } catch (IOException e) {
                    throw new IOException(p + ": not a graded run written by this grader ("
                            + e.getMessage().lines().findFirst().orElse("") + "); delete it or run ./mvnw clean", e);
                }
            }
        }
        return runs;
    }

    /**
     * Writes {@code content} to a temporary file beside {@code target}, then moves it over {@code target}. The file
     * gets 0644 (rw-r--r--) where the file system has POSIX modes: a temporary file is owner-only (0600), and
     * results.json is read by others (Gradescope's harness, a CI job under another user, a teaching assistant).
     */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, content);
            if (Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
