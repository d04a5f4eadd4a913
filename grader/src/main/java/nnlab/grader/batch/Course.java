package nnlab.grader.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nnlab.grader.release.StudentRelease;

/**
 * The course repository that grades: its stub manifest names the files students write (those holding
 * {@code @Solution} methods, {@link #studentFiles()}); everything else a submission holds is compared with the
 * course's own copy, as the course has it or as the student release has it (pom files and the README without their
 * instructor-only regions), to list what the student changed and is not graded.
 */
public final class Course {

    /** Where the student files sit in a checkout. */
    public static final String SOURCES = "exercises/src/main/java/";

    private final Path root;
    private final List<String> studentFiles;
    private final Map<String, Set<String>> digests = new ConcurrentHashMap<>();

    private Course(Path root, List<String> studentFiles) {
        this.root = root;
        this.studentFiles = List.copyOf(studentFiles);
    }

    /**
     * The course at {@code root}.
     *
     * @throws BatchInputException when its {@code exercises/stubs.json} is missing or unreadable
     */
    public static Course at(Path root) {
        Path manifest = root.resolve("exercises/stubs.json");
        try {
            JsonNode files = new ObjectMapper().readTree(manifest.toFile()).path("files");
            List<String> paths = new ArrayList<>();
            for (JsonNode file : files) {
                if (file.path("steps").size() > 0) {
                    paths.add(file.path("path").asText());
                }
            }
            if (paths.isEmpty()) {
                throw new BatchInputException(manifest + ": names no file with steps (not the course's stub manifest?)");
            }
            return new Course(root.toAbsolutePath().normalize(), paths.stream().sorted().toList());
        } catch (IOException e) {
            throw new BatchInputException(manifest + ": cannot be read (" + e.getMessage() + "); run nnlab from the"
                    + " course repository");
        }
    }

    public Path root() {
        return root;
    }

    /** The stub manifest. */
    public Path manifest() {
        return root.resolve("exercises/stubs.json");
    }

    /** The course's sources of the exercises module: every student file's stub and the given code. */
    public Path exercisesSources() {
        return root.resolve(SOURCES);
    }

    /** The files students write, relative to {@link #SOURCES} ({@code nnlab/lab3/Losses.java}), sorted. */
    public List<String> studentFiles() {
        return studentFiles;
    }

    /** The student files as paths in a checkout ({@code exercises/src/main/java/nnlab/lab3/Losses.java}). */
    public List<String> studentPaths() {
        return studentFiles.stream().map(f -> SOURCES + f).toList();
    }

    /**
     * Whether a file of a submission (its path relative to the checkout's root) is the course's own: the same bytes
     * as the course's file, or as the student release's version of it.
     */
    public boolean isCourseFile(String relative, String sha256) {
        return digests.computeIfAbsent(relative, this::courseDigests).contains(sha256);
    }

    private Set<String> courseDigests(String relative) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            if (name.equals("pom.xml") || name.equals("README.md")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                return Set.of(sha256(bytes), sha256(StudentRelease.withoutInstructorRegions(relative, text)
                        .getBytes(StandardCharsets.UTF_8)));
            }
            return Set.of(sha256(bytes));
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
