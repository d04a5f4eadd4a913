package nnlab.grader.batch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Lists what a submission holds without ever writing it out: every regular file's path (relative, '/'), size and
 * SHA-256, and the content of the files that {@code keep} asks for. Symbolic and hard links are listed as links and
 * never followed; an entry whose name leaves the submission ({@code ../}, an absolute name) is listed as unsafe and
 * never read; {@code .git/}, {@code target/}, IDE folders and macOS's {@code __MACOSX/} are skipped. Sizes are
 * counted as the bytes are read, never taken from an archive's headers.
 */
final class SubmissionReader {

    /** Folders that are never part of a submission, at any depth. */
    static final Set<String> IGNORED = Set.of(".git", "target", ".idea", ".vscode", ".settings", ".gradle",
            "__MACOSX", ".DS_Store", ".metadata", "nbproject");

    /** What an entry is. */
    enum Type { FILE, LINK, UNSAFE }

    /**
     * One entry.
     *
     * @param content the bytes, only for a kept file
     */
    record Entry(String path, Type type, long size, String sha256, byte[] content) {
    }

    private final IntakeLimits limits;
    private final Predicate<String> keep;
    private final List<Entry> entries = new ArrayList<>();
    private long total;

    private SubmissionReader(IntakeLimits limits, Predicate<String> keep) {
        this.limits = limits;
        this.keep = keep;
    }

    /** The entries of a submission, in the order read. */
    static List<Entry> read(SubmissionSource source, IntakeLimits limits, Predicate<String> keep)
            throws BrokenSubmission {
        SubmissionReader reader = new SubmissionReader(limits, keep);
        try {
            switch (source.kind()) {
                case FOLDER -> reader.readFolder(source.path());
                case ZIP -> reader.readZip(source.path());
                case TAR -> reader.readTar(source.path(), false);
                case TAR_GZ -> reader.readTar(source.path(), true);
                default -> throw new IllegalStateException(source.kind().toString());
            }
        } catch (IOException | RuntimeException e) {
            String what = switch (source.kind()) {
                case FOLDER -> "the folder";
                case ZIP -> "the zip archive";
                default -> "the tar archive";
            };
            throw new BrokenSubmission(what + " cannot be read: " + message(e));
        }
        return reader.entries;
    }

    private static String message(Exception e) {
        String text = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage();
        return text.replaceAll("\\s+", " ").strip();
    }

    private void readFolder(Path root) throws IOException, BrokenSubmission {
        List<BrokenSubmission> broken = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && IGNORED.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (IGNORED.contains(file.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    entries.add(new Entry(path, Type.LINK, 0, "", null));
                } else if (attrs.isRegularFile()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        add(path, in);
                    } catch (BrokenSubmission e) {
                        broken.add(e);
                        return FileVisitResult.TERMINATE;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                throw exc;
            }
        });
        if (!broken.isEmpty()) {
            throw broken.get(0);
        }
    }

    private void readZip(Path file) throws IOException, BrokenSubmission {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (!entry.isDirectory()) {
                    readEntry(entry.getName(), entry.isUnixSymlink(), true, () -> zip.getInputStream(entry));
                }
            }
        }
    }

    private void readTar(Path file, boolean gzip) throws IOException, BrokenSubmission {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
                InputStream in = gzip ? new GzipCompressorInputStream(raw, true) : raw;
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    // The tar stream is the entry's content; it must stay open for the next entry.
                    readEntry(entry.getName(), entry.isSymbolicLink() || entry.isLink(), entry.isFile(),
                            () -> new java.io.FilterInputStream(tar) {
                                @Override
                                public void close() {
                                }
                            });
                }
            }
        }
    }

    /** An archive entry's content, opened only when it is read. */
    private interface Content {
        InputStream open() throws IOException;
    }

    /**
     * One archive entry, zip's or tar's alike: a name that leaves the submission is unsafe, a link is never followed,
     * an ignored path is skipped, a regular file is read.
     */
    private void readEntry(String name, boolean link, boolean regular, Content content)
            throws IOException, BrokenSubmission {
        String path = safePath(name);
        if (path == null) {
            entries.add(new Entry(name, Type.UNSAFE, 0, "", null));
        } else if (ignored(path)) {
            return;
        } else if (link) {
            entries.add(new Entry(path, Type.LINK, 0, "", null));
        } else if (regular) {
            try (InputStream in = content.open()) {
                add(path, in);
            }
        }
    }

    /** The entry's name as a relative '/' path, or null when it leaves the submission. */
    static String safePath(String name) {
        String path = name.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.isEmpty() || path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
            return null;
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return null;
            }
        }
        return path.replaceAll("/+", "/");
    }

    private static boolean ignored(String path) {
        for (String part : path.split("/")) {
            if (IGNORED.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Reads one file: counts it, hashes it, keeps it when asked. */
    private void add(String path, InputStream in) throws IOException, BrokenSubmission {
        boolean kept = keep.test(path);
        MessageDigest digest = Course.digest();
        ByteArrayOutputStream content = kept ? new ByteArrayOutputStream() : null;
        byte[] buffer = new byte[65536];
        long size = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            size += n;
            total += n;
            if (total > limits.maxTotalBytes()) {
                throw new BrokenSubmission("over " + IntakeLimits.mib(limits.maxTotalBytes()) + " of files in all"
                        + " (the limit of a submission; reached at " + path + ")");
            }
            if (kept && size > limits.maxFileBytes()) {
                throw new BrokenSubmission(path + " is over " + IntakeLimits.mib(limits.maxFileBytes())
                        + " (the limit of a student file)");
            }
            digest.update(buffer, 0, n);
            if (kept) {
                content.write(buffer, 0, n);
            }
        }
        entries.add(new Entry(path, Type.FILE, size, HexFormat.of().formatHex(digest.digest()),
                kept ? content.toByteArray() : null));
    }
}
