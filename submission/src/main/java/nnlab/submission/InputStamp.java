package nnlab.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * The record of the last run: the SHA-256 of its inputs (every file of the source tree by content, the manifest by
 * content, each class path entry by size and modification time, the options, the JDK and this tool's version) and
 * the files it wrote. A run is skipped when the inputs hash the same and every output is still there.
 */
final class InputStamp {

    private static final String EMPTY_REPORT = "report empty";

    private final Path file;

    InputStamp(Path file) {
        this.file = file;
    }

    /** What the fingerprint hashes, one input a line (kept beside the stamp, to see why a run was not skipped). */
    static String inputs(String version, List<String> options, TolerantCompiler.Settings settings,
            byte[] manifest, SortedMap<String, Path> tree) {
        StringBuilder text = new StringBuilder();
        text.append("nnlab tolerant compiler ").append(version).append('\n');
        text.append("java ").append(Runtime.version()).append('\n');
        options.forEach(o -> text.append("option ").append(o).append('\n'));
        text.append("output ").append(settings.output().toAbsolutePath().normalize()).append('\n');
        text.append("report ").append(settings.report().toAbsolutePath().normalize()).append('\n');
        text.append("manifest ").append(sha256(manifest)).append('\n');
        for (Map.Entry<String, Path> e : tree.entrySet()) {
            text.append("source ").append(e.getKey()).append(' ')
                    .append(sha256(TolerantCompiler.readBytes(e.getValue(), "a student file"))).append('\n');
        }
        text.append(classpathFingerprint(settings.classpath()));
        return text.toString();
    }

    /** Each class path entry by path, size and modification time (a folder by those of every file in it). */
    static String classpathFingerprint(List<Path> classpath) {
        StringBuilder text = new StringBuilder();
        for (Path entry : classpath) {
            text.append("classpath ").append(entry.toAbsolutePath().normalize()).append(' ');
            try {
                if (Files.isDirectory(entry)) {
                    List<String> parts = new ArrayList<>();
                    try (Stream<Path> walk = Files.walk(entry)) {
                        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                            parts.add(entry.relativize(f) + ":" + Files.size(f) + ":"
                                    + Files.getLastModifiedTime(f).toMillis());
                        }
                    }
                    text.append(sha256(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
                } else if (Files.isRegularFile(entry)) {
                    text.append(Files.size(entry)).append(':').append(Files.getLastModifiedTime(entry).toMillis());
                } else {
                    text.append("missing");
                }
            } catch (IOException e) {
                text.append("unreadable");
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The SHA-256 of the inputs. */
    static String fingerprint(String inputs) {
        return sha256(inputs.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the last run had these inputs and its outputs are all still there. */
    boolean upToDate(String fingerprint, Path output, Path report) {
        if (!Files.isRegularFile(file) || !Files.isRegularFile(report)) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals("inputs " + fingerprint)) {
                return false;
            }
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith("output ") && !Files.isRegularFile(output.resolve(line.substring(7)))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the last run's report listed no file (so that a skipped run need not read it). */
    boolean recordedEmptyReport() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).contains(EMPTY_REPORT);
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets the last run, before outputs change. */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new SubmissionInputException(file + ": cannot be deleted (" + e + ")", e);
        }
    }

    /** Records a finished run. */
    void write(String inputs, Collection<String> classes, Collection<String> resources, boolean emptyReport) {
        CompileReport.writeAtomically(file.resolveSibling(file.getFileName() + ".inputs"),
                inputs.getBytes(StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder("inputs ").append(fingerprint(inputs)).append('\n');
        classes.forEach(c -> text.append("output ").append(c).append('\n'));
        resources.forEach(r -> text.append("output ").append(r).append('\n'));
        if (emptyReport) {
            text.append(EMPTY_REPORT).append('\n');
        }
        CompileReport.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
