package nnlab.grader.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The repository students clone: every tracked file of the course repository except the instructors' own (the
 * reference, the benchmark, the fixture generator, the hidden cases, the course CI, the Gradescope packaging), with the instructor-only regions
 * of the build files and the README cut out. A region runs from a comment line holding {@value #BEGIN} to one
 * holding {@value #END}.
 *
 * <p>Publishing refuses a release that would hold a hidden case, a line of a reference solution
 * ({@link SolutionLeaks}) or a README naming what the release lacks ({@link ReadmeClaims}), and gives what it
 * writes a fresh clone's modes ({@link FileModes}).
 */
public final class StudentRelease {

    /** Opens a region that students do not get (inside an XML or Markdown comment). */
    public static final String BEGIN = "instructor-only:begin";
    /** Closes it. */
    public static final String END = "instructor-only:end";

    /**
     * Paths, or folders ending in '/', that stay with the instructors. The lab 8 benchmark ({@code bench/}) times
     * complete epochs, the reference's and one written with DJL's built-in operations: a lab 8 answer, so the course
     * keeps it.
     */
    static final List<String> EXCLUDED = List.of("reference/", "bench/", "fixtures/generator/", "fixtures/hidden/",
            ".ci/", "gradescope/", ".github/workflows/course-ci.yml", ".github/workflows/grade-class.yml",
            ".github/workflows/shard_repos.py");

    /** The reference's Java sources, whose solution lines the release must not hold. */
    static final String REFERENCE_JAVA = "reference/src/main/java";

    /** The README, whose claims the release must make true. */
    static final String README = "README.md";

    /** Files whose instructor-only regions are cut. */
    private static final Set<String> EDITED_SUFFIXES = Set.of("pom.xml", "README.md");

    private final Path root;

    public StudentRelease(Path root) {
        this.root = root;
    }

    /**
     * Writes the student repository to {@code out}, which must not exist yet. It is assembled next to
     * {@code out} and moved into place at the end, so a failure leaves nothing half-written.
     *
     * @return the relative paths written
     */
    public List<String> publish(Path out) {
        if (Files.exists(out)) {
            throw new ReleaseException(out + ": already exists (expected a new folder for the student release)");
        }
        Path parent = out.toAbsolutePath().getParent();
        List<String> written = new ArrayList<>();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, ".student-release");
            for (String relative : trackedFiles()) {
                if (excluded(relative)) {
                    continue;
                }
                Path source = root.resolve(relative);
                Path target = staging.resolve(relative);
                Files.createDirectories(target.getParent());
                if (EDITED_SUFFIXES.stream().anyMatch(relative::endsWith)) {
                    Files.writeString(target, withoutInstructorRegions(relative,
                            Files.readString(source, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
                written.add(relative);
            }
            requireNoHiddenCase(staging, written);
            new SolutionLeaks(new SolutionLines().of(root.resolve(REFERENCE_JAVA), REFERENCE_JAVA))
                    .requireNone(staging, written);
            requireTrueReadme(staging, written);
            FileModes.setUsual(staging, executables());
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            staging = null;
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("writing the student release to " + out + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /**
     * Fails unless the release holds no hidden case: no file of {@code fixtures/hidden/}, and no fixture file with a
     * case marked hidden or given a variant (what hidden fixtures hold and public ones never do).
     */
    static void requireNoHiddenCase(Path release, List<String> written) throws IOException {
        for (String relative : written) {
            if (relative.startsWith("fixtures/hidden/")) {
                throw new ReleaseException(relative + ": a hidden fixture would reach students");
            }
            if (relative.startsWith("fixtures/") && relative.endsWith(".json")) {
                String text = Files.readString(release.resolve(relative), StandardCharsets.UTF_8);
                if (HIDDEN_CASE.matcher(text).find()) {
                    throw new ReleaseException(relative + ": holds a hidden case (a case with a \"variant\","
                            + " or \"hidden\": true), which would reach students");
                }
            }
        }
    }

    private static final java.util.regex.Pattern HIDDEN_CASE = java.util.regex.Pattern.compile(
            "\"variant\"\\s*:\\s*\\d|\"hidden\"\\s*:\\s*true");

    /**
     * Fails unless every path, file and profile the release's README shows exists in the release
     * ({@link ReadmeClaims}): what the course's README names of its own is cut as instructor-only regions.
     */
    static void requireTrueReadme(Path release, List<String> written) throws IOException {
        if (!written.contains(README)) {
            return;
        }
        List<String> poms = new ArrayList<>();
        for (String relative : written) {
            if (relative.equals("pom.xml") || relative.endsWith("/pom.xml")) {
                poms.add(Files.readString(release.resolve(relative), StandardCharsets.UTF_8));
            }
        }
        List<ReadmeClaims.Missing> missing = new ReadmeClaims(written, poms)
                .missing(Files.readString(release.resolve(README), StandardCharsets.UTF_8));
        if (!missing.isEmpty()) {
            StringBuilder message = new StringBuilder("the student release's README names " + missing.size()
                    + " thing(s) the release does not have:");
            missing.forEach(m -> message.append(System.lineSeparator()).append("  ").append(m.message(README)));
            message.append(System.lineSeparator()).append("  Put them in an instructor-only region of README.md, or"
                    + " reword.");
            throw new ReleaseException(message.toString());
        }
    }

    static boolean excluded(String relative) {
        return EXCLUDED.stream().anyMatch(e -> e.endsWith("/") ? relative.startsWith(e) : relative.equals(e));
    }

    /** The text without its instructor-only regions (the marker lines included). */
    public static String withoutInstructorRegions(String file, String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        int lineNumber = 0;
        for (String line : text.split("(?<=\n)")) {
            lineNumber++;
            if (isMarker(line, BEGIN)) {
                if (depth++ > 0) {
                    throw new ReleaseException(file + ":" + lineNumber + ": " + BEGIN + " inside another region");
                }
                continue;
            }
            if (isMarker(line, END)) {
                if (depth-- == 0) {
                    throw new ReleaseException(file + ":" + lineNumber + ": " + END + " without a " + BEGIN);
                }
                continue;
            }
            if (depth == 0) {
                out.append(line);
            }
        }
        if (depth != 0) {
            throw new ReleaseException(file + ": " + BEGIN + " is never closed by " + END);
        }
        return out.toString();
    }

    /** A marker is a comment line of its own; prose that merely names a marker is kept. */
    private static boolean isMarker(String line, String marker) {
        String s = line.strip();
        return (s.startsWith("<!--") || s.startsWith("#") || s.startsWith("//")) && s.contains(marker);
    }

    private List<String> trackedFiles() throws IOException {
        return Stream.of(git("ls-files", "-z").split("\0")).filter(s -> !s.isEmpty())
                .filter(s -> Files.isRegularFile(root.resolve(s))).sorted().toList();
    }

    /**
     * The tracked files git records as executable (mode 100755): the release gives them 0755 whatever the modes of
     * the instructor's checkout, so a student's clone gets what git would give it.
     */
    private Set<String> executables() throws IOException {
        return Stream.of(git("ls-files", "-z", "-s").split("\0")).filter(s -> s.startsWith("100755 "))
                .map(s -> s.substring(s.indexOf('\t') + 1)).collect(java.util.stream.Collectors.toSet());
    }

    private String git(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String listing;
        try (InputStream in = git.getInputStream()) {
            listing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            if (git.waitFor() != 0) {
                throw new ReleaseException(root + ": git " + arguments[0] + " failed (the course repository must be a git"
                        + " checkout): " + listing.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReleaseException("interrupted while listing " + root);
        }
        return listing;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the staging folder is hidden and named as such
        }
    }
}
