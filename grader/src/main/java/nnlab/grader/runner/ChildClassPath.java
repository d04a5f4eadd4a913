package nnlab.grader.runner;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import nnlab.fixtures.Fixtures;

/**
 * The class path of a child JVM that must not hold any expected value: every entry that holds golden fixtures
 * ({@code nnlab/golden/}) is replaced by a copy without them, and the sealed fixtures ({@code SealedFixtures}) come
 * first. The student's code can then read inputs and parameters as the tests do, but no answer: not through the class
 * loader, and not by opening the jar the parent reads.
 */
final class ChildClassPath {

    private static final String GOLDEN = Fixtures.GOLDEN_DIR;

    private ChildClassPath() {
    }

    /**
     * @param classPath the child's class path as given (entries separated by the platform's separator)
     * @param sealedRoot the folder of sealed fixtures, put first
     * @param work where copies of the entries go
     * @param replaced gets the entries replaced by copies (the originals hold the answers: the sandbox hides them)
     * @return the sealed class path
     */
    static String seal(String classPath, Path sealedRoot, Path work, List<Path> replaced) throws IOException {
        Files.createDirectories(work);
        List<String> out = new ArrayList<>();
        out.add(sealedRoot.toAbsolutePath().toString());
        int n = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry).toAbsolutePath();
            n++;
            if (Files.isDirectory(p) && Files.isDirectory(p.resolve(GOLDEN))) {
                Path copy = work.resolve(n + "-" + p.getFileName());
                copyTreeWithout(p, copy);
                out.add(copy.toString());
                replaced.add(p);
            } else if (Files.isRegularFile(p) && p.toString().endsWith(".jar") && holdsGolden(p)) {
                Path copy = work.resolve(n + "-" + p.getFileName());
                copyJarWithout(p, copy);
                out.add(copy.toString());
                replaced.add(p);
            } else {
                out.add(p.toString());
            }
        }
        return String.join(File.pathSeparator, out);
    }

    private static boolean holdsGolden(Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            return file.stream().anyMatch(e -> e.getName().startsWith(GOLDEN));
        }
    }

    private static void copyJarWithout(Path jar, Path copy) throws IOException {
        Path tmp = copy.resolveSibling(copy.getFileName() + ".tmp");
        try (InputStream file = Files.newInputStream(jar); JarInputStream in = new JarInputStream(file);
                OutputStream target = Files.newOutputStream(tmp); JarOutputStream out = new JarOutputStream(target)) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                if (!e.getName().startsWith(GOLDEN)) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTreeWithout(Path dir, Path copy) throws IOException {
        Path golden = dir.resolve(GOLDEN);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                if (p.startsWith(golden)) {
                    continue;
                }
                Path target = copy.resolve(dir.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(p)) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
