package nnlab.grader.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Submissions for the batch tests, made from the course's reference and stubs. */
final class BatchFixtures {

    static final Path ROOT = Path.of(System.getProperty("nnlab.repository.root", "..")).toAbsolutePath().normalize();
    static final Path REFERENCE = ROOT.resolve("reference/src/main/java");
    static final Path STUBS = ROOT.resolve("exercises/src/main/java");

    private BatchFixtures() {
    }

    /** The files of a source tree, by path relative to it. */
    static Map<String, byte[]> tree(Path sources) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(sources.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /**
     * What a student who solved everything hands in: the course's exercises tree with every student file replaced by
     * the reference's (the given files stay the course's).
     */
    static Map<String, byte[]> solved(Course course) throws IOException {
        Map<String, byte[]> files = tree(STUBS);
        Map<String, byte[]> reference = tree(REFERENCE);
        for (String f : course.studentFiles()) {
            files.put(f, reference.get(f));
        }
        return files;
    }

    /** A checkout: the tree under exercises/src/main/java, plus other files by their path. */
    static Map<String, byte[]> checkout(Map<String, byte[]> sources) {
        Map<String, byte[]> files = new TreeMap<>();
        sources.forEach((p, b) -> files.put(Course.SOURCES + p, b));
        return files;
    }

    static Path writeFolder(Path dir, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        Files.createDirectories(dir);
        return dir;
    }

    static Path writeZip(Path file, String top, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(file.getParent());
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(top + f.getKey()));
                zip.write(f.getValue());
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    static Path writeTar(Path file, String top, Map<String, byte[]> files, boolean gzip) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = gzip ? new GzipCompressorOutputStream(raw) : raw;
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(top + f.getKey());
                entry.setSize(f.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(f.getValue());
                tar.closeArchiveEntry();
            }
        }
        return file;
    }

    /** The reference's file with {@code statement} run first in {@code method} (behind a condition javac keeps). */
    static byte[] sabotaged(String file, String method, String statement) throws IOException {
        String source = Files.readString(REFERENCE.resolve(file));
        Matcher m = Pattern.compile("public static [^(]*\\b" + Pattern.quote(method) + "\\([^)]*\\)[^{]*\\{")
                .matcher(source);
        if (!m.find()) {
            throw new IllegalArgumentException(file + ": no method " + method);
        }
        return (source.substring(0, m.end()) + " if (System.nanoTime() != 42) { " + statement + " } "
                + source.substring(m.end())).getBytes(StandardCharsets.UTF_8);
    }
}
