package nnlab.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A small student tree with its manifest, compiled by the tolerant compiler, for the tests. */
final class SourceTree {

    static final List<String> JAVAC = List.of("--release", "17", "-encoding", "UTF-8", "-parameters", "-g");

    final Path root;
    final Path sources;
    final Path manifest;
    final Path output;
    final Path report;
    final Path work;
    private final Map<String, Object[]> stubs = new TreeMap<>();

    SourceTree(Path root) {
        this.root = root;
        this.sources = root.resolve("src");
        this.manifest = root.resolve("stubs.json");
        this.output = root.resolve("target/classes");
        this.report = root.resolve("target/nnlab-compile/report.json");
        this.work = root.resolve("target/nnlab-compile");
    }

    /** A course file: its stub in the manifest, and the student's version in the tree (null: the file is absent). */
    SourceTree course(String path, String stub, String student, String... steps) throws IOException {
        stubs.put(path, new Object[] {List.of(steps), stub});
        if (student != null) {
            student(path, student);
        }
        writeManifest();
        return this;
    }

    /** A file in the student's tree only. */
    SourceTree student(String path, String source) throws IOException {
        Path file = sources.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        return this;
    }

    private void writeManifest() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("generated", "by the test");
        ArrayNode files = root.putArray("files");
        stubs.forEach((path, entry) -> {
            ObjectNode node = files.addObject();
            node.put("path", path);
            ArrayNode steps = node.putArray("steps");
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) entry[0];
            list.forEach(steps::add);
            node.put("source", (String) entry[1]);
        });
        Files.createDirectories(sources);
        Files.writeString(manifest, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    TolerantCompiler.Settings settings() {
        return new TolerantCompiler.Settings(sources, manifest, List.of(), output, report, work, JAVAC, false);
    }

    TolerantCompiler.Outcome compile() {
        return new TolerantCompiler(settings()).run();
    }

    /** Calls a compiled class's static no-argument method; an exception it throws is returned, not thrown. */
    Object call(String className, String method) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {output.toUri().toURL()}, null)) {
            try {
                return loader.loadClass(className).getMethod(method).invoke(null);
            } catch (InvocationTargetException e) {
                return e.getCause();
            }
        }
    }

    /** The student's file as the test names it, with one line. */
    static String classOf(String pkg, String name, String body) {
        return "package " + pkg + ";\n\npublic final class " + name + " {\n" + body + "\n}\n";
    }
}
