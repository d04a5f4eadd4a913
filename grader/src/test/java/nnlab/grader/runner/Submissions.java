package nnlab.grader.runner;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Submissions made from the reference for the runner's tests: the reference with one method sabotaged (a statement
 * put first in its body), compiled against the reference, and the class path that grades it in place of the
 * reference.
 */
final class Submissions {

    static final Path ROOT = Path.of(System.getProperty("nnlab.repository.root", "..")).toAbsolutePath().normalize();
    static final Path REFERENCE = ROOT.resolve("reference/src/main/java");

    private Submissions() {
    }

    /**
     * The reference's source of {@code file} with {@code statement} run first in {@code method}'s body (the
     * first method of that name).
     */
    static String sabotaged(String file, String method, String statement) throws IOException {
        return sabotaged(Files.readString(REFERENCE.resolve(file)), file, method, statement);
    }

    /** {@code source} with {@code statement} run first in {@code method}'s body. */
    static String sabotaged(String source, String file, String method, String statement) {
        Matcher m = Pattern.compile("public static [^(]*\\b" + Pattern.quote(method) + "\\([^)]*\\)[^{]*\\{")
                .matcher(source);
        if (!m.find()) {
            throw new IllegalArgumentException(file + ": no method " + method);
        }
        // Behind a condition javac cannot fold, so the method's own code stays reachable.
        return source.substring(0, m.end()) + " if (System.nanoTime() != 42) { " + statement + " } "
                + source.substring(m.end());
    }

    /** Compiles one changed file against the class path into {@code out}. */
    static void compile(String file, String source, Path out) throws IOException {
        Path src = out.resolveSibling(out.getFileName() + "-src").resolve(file);
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null, List.of("-d", out.toString(), "-classpath",
                System.getProperty("java.class.path"), "-parameters", "-proc:none"), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src.toFile()))
                .call();
        if (!ok) {
            throw new IllegalStateException("the sabotaged " + file + " does not compile: " + errors);
        }
    }

    /** This JVM's class path with {@code classes} first, so that they replace the reference's. */
    static String classPathWith(Path classes) {
        List<String> entries = new ArrayList<>();
        entries.add(classes.toString());
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }

    /** The class path with the reference's classes left out (for a submission that brings all of its own). */
    static String classPathWithout(String className) {
        String resource = className.replace('.', '/') + ".class";
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            boolean holds = Files.isDirectory(p) ? Files.exists(p.resolve(resource)) : containsEntry(p, resource);
            if (!holds) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }

    private static boolean containsEntry(Path jar, String resource) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            return zip.getEntry(resource) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(jar.toString(), e);
        }
    }
}
