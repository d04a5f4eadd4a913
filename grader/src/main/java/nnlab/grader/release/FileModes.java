package nnlab.grader.release;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The modes a published release gets: 0755 for folders and for the files git records as executable, 0644 for every
 * other file. Java's temporary folders and files are owner-only (0700, 0600), and a copy keeps the modes of the
 * instructor's checkout; a release is read by other people (a course server, a teaching assistant, a CI image), so
 * it gets what a fresh clone gets. On a file system without POSIX modes (Windows) nothing is changed.
 */
public final class FileModes {

    /** rwxr-xr-x. */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    /** rwxr-xr-x, for scripts such as mvnw. */
    public static final Set<PosixFilePermission> EXECUTABLE = FOLDER;
    /** rw-r--r--. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private FileModes() {
    }

    /**
     * Sets the usual modes on {@code root} and everything under it.
     *
     * @param executables the paths, relative to {@code root} with '/' separators, that get 0755
     */
    public static void setUsual(Path root, Set<String> executables) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        List<Path> all;
        try (Stream<Path> paths = Files.walk(root)) {
            all = paths.toList();
        }
        for (Path p : all) {
            String relative = root.relativize(p).toString().replace('\\', '/');
            Files.setPosixFilePermissions(p, Files.isDirectory(p) || executables.contains(relative) ? EXECUTABLE
                    : FILE);
        }
    }
}
