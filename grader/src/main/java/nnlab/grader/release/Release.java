package nnlab.grader.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The student release of the source tree: {@code exercises/src/main} as it must be, derived from
 * {@code reference/src/main} (Java files through {@link StubGenerator}, other files copied).
 */
public final class Release {

    private final Path reference;
    private final Path exercises;
    private final StubGenerator generator = new StubGenerator();

    /**
     * @param reference the reference's source root, such as {@code reference/src/main}
     * @param exercises the exercises' source root, such as {@code exercises/src/main}
     */
    public Release(Path reference, Path exercises) {
        this.reference = reference;
        this.exercises = exercises;
    }

    /** What exercises must contain: relative path to content. */
    public Map<String, byte[]> expectedFiles() {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(reference)) {
            throw new ReleaseException(reference + ": not a folder (expected the reference's source root)");
        }
        for (Path file : list(reference)) {
            String relative = reference.relativize(file).toString().replace('\\', '/');
            byte[] content = read(file);
            if (relative.endsWith(".java")) {
                content = generator.generate(reference.resolve(relative).toString(),
                        new String(content, StandardCharsets.UTF_8)).source().getBytes(StandardCharsets.UTF_8);
            }
            out.put(relative, content);
        }
        return out;
    }

    /** The differences between exercises as it is and as it must be; empty when up to date. */
    public List<String> staleFiles() {
        Map<String, byte[]> expected = expectedFiles();
        List<String> problems = new ArrayList<>();
        Map<String, Path> actual = new TreeMap<>();
        if (Files.isDirectory(exercises)) {
            list(exercises).forEach(f -> actual.put(exercises.relativize(f).toString().replace('\\', '/'), f));
        }
        expected.forEach((relative, content) -> {
            Path file = actual.get(relative);
            if (file == null) {
                problems.add("missing  " + exercises.resolve(relative));
            } else if (!java.util.Arrays.equals(read(file), content)) {
                problems.add("differs  " + exercises.resolve(relative));
            }
        });
        actual.keySet().stream().filter(r -> !expected.containsKey(r))
                .forEach(r -> problems.add("extra    " + exercises.resolve(r)));
        return problems;
    }

    /** Rewrites exercises to what it must be; returns the files written or deleted. */
    public List<String> generate() {
        Map<String, byte[]> expected = expectedFiles();
        List<String> changed = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> e : expected.entrySet()) {
                Path target = exercises.resolve(e.getKey());
                if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), e.getValue())) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
                Files.write(tmp, e.getValue());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                changed.add("wrote    " + target);
            }
            if (Files.isDirectory(exercises)) {
                for (Path f : list(exercises)) {
                    if (!expected.containsKey(exercises.relativize(f).toString().replace('\\', '/'))) {
                        Files.delete(f);
                        changed.add("deleted  " + f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + exercises, e);
        }
        return changed;
    }

    private static List<Path> list(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + root, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
