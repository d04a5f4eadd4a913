package nnlab.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a student's source tree so that it always compiles: every file as written where it can, its generated
 * stub where it cannot.
 *
 * <p>Rounds of in-process javac ({@code parse}, then {@code analyze}, of one {@link JavacTask}) over the current set
 * of sources; each round that fails takes the first of these steps that applies, then compiles again:
 * <ol>
 *   <li>Syntax errors (found by parsing, before anything is attributed, so they are the file's own): a course file
 *       (one in the {@link StubManifest}) is replaced by its stub, a file the student added is left out.</li>
 *   <li>A course file that compiles (whether or not other files do) but no longer declares a type or a non-private
 *       member that its stub declares (name, parameter, return and thrown types, static-ness, at least the stub's
 *       access) is replaced by its stub, since the graded tests call the stubs' API; other files' errors may come
 *       from that change, so they are looked at again against the stub.</li>
 *   <li>Other errors in student files: replaced or left out as in 1.</li>
 *   <li>Only stubs fail: they fail because of a student file they use. The student files that the failing stubs'
 *       erroneous statements (or, for an error on a class, its supertypes) refer to are replaced too; when none can
 *       be named, every student file of the failing stub's package, and if there is none, every student file.</li>
 * </ol>
 * Missing course files are stubs from the start. Every failing round replaces or leaves out at least one file, so
 * the rounds end, at the latest with every course file as its stub (which the release check keeps compiling); stubs
 * that fail with no student file left are an input error. The last round's classes are written to the output folder
 * (its old {@code .class} files deleted first, the source root's other files copied), then the {@link CompileReport}
 * (atomically) and a stamp: a later run whose inputs (sources, manifest, class path, options) hash the same and whose
 * outputs are all still there does nothing.
 */
public final class TolerantCompiler {

    /** Part of the stamp: a new version of the algorithm recompiles. */
    static final String VERSION = "1";

    /**
     * What to compile and where to.
     *
     * @param sources the student's source root ({@code exercises/src/main/java})
     * @param manifest the stub manifest ({@code exercises/stubs.json})
     * @param classpath the compile class path
     * @param output the classes folder ({@code exercises/target/classes})
     * @param report where the report goes ({@code exercises/target/nnlab-compile/report.json})
     * @param workDir where the stamp and the cached API of the stubs go ({@code exercises/target/nnlab-compile})
     * @param javacOptions javac's options, such as {@code --release 17 -encoding UTF-8 -parameters -g}
     * @param manifestOptional whether a missing manifest means no stubs (for the release tool's own builds, which
     *     write or check it) rather than an error
     */
    public record Settings(Path sources, Path manifest, List<Path> classpath, Path output, Path report, Path workDir,
            List<String> javacOptions, boolean manifestOptional) {

        public Settings {
            classpath = List.copyOf(classpath);
            javacOptions = List.copyOf(javacOptions);
        }
    }

    /**
     * What a run did.
     *
     * @param report the files not compiled as written
     * @param skipped whether the stamp showed nothing to do (the report is the last run's)
     * @param rounds javac rounds run (0 when skipped)
     * @param classes class files written
     */
    public record Outcome(CompileReport report, boolean skipped, int rounds, int classes) {
    }

    /** How a file takes part in a round. */
    private enum Use { STUDENT, STUB, EXTRA, LEFT_OUT }

    private final Settings settings;
    private final Charset charset;
    private final List<String> options;

    public TolerantCompiler(Settings settings) {
        this.settings = settings;
        this.charset = charsetOf(settings.javacOptions());
        List<String> opts = new ArrayList<>(settings.javacOptions());
        if (opts.stream().noneMatch(o -> o.startsWith("-proc:"))) {
            opts.add("-proc:none");
        }
        opts.add("-Xmaxerrs");
        opts.add("100000");
        this.options = List.copyOf(opts);
    }

    /**
     * Compiles, or does nothing when the stamp matches.
     *
     * @throws SubmissionInputException for a problem with the inputs: no source folder, a missing or malformed
     *     manifest, an unreadable file, stubs that do not compile on their own, no Java compiler
     */
    public Outcome run() {
        if (!Files.isDirectory(settings.sources())) {
            throw new SubmissionInputException(settings.sources() + ": not a folder (expected the student's source"
                    + " root, --sources)");
        }
        boolean noManifest = settings.manifestOptional() && !Files.exists(settings.manifest());
        byte[] manifestBytes = noManifest ? new byte[0]
                : readBytes(settings.manifest(), "the stub manifest written by the release tool, --manifest");
        SortedMap<String, Path> tree = listFiles(settings.sources());
        InputStamp stamp = new InputStamp(settings.workDir().resolve("stamp"));
        String inputs = InputStamp.inputs(VERSION, options, settings, manifestBytes, tree);
        if (stamp.upToDate(InputStamp.fingerprint(inputs), settings.output(), settings.report())) {
            try {
                // the JSON is read only when there is something in it
                return new Outcome(stamp.recordedEmptyReport() ? CompileReport.empty()
                        : CompileReport.read(settings.report()), true, 0, 0);
            } catch (SubmissionInputException e) {
                // an unreadable report: compile again
            }
        }
        StubManifest manifest = noManifest ? new StubManifest("", List.of()) : StubManifest.read(settings.manifest());
        stamp.delete();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new SubmissionInputException(System.getProperty("java.home") + ": no Java compiler in this runtime"
                    + " (run Maven with a JDK, not a JRE)");
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ENGLISH, charset)) {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, settings.classpath());
            files.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
            Run run = new Run(javac, files, manifest, InputStamp.sha256(manifestBytes), tree);
            return run.compile(stamp, inputs);
        } catch (IOException e) {
            throw new SubmissionInputException(settings.sources() + ": cannot be compiled (" + e + ")", e);
        }
    }

    /** The state of one run. */
    private final class Run {

        private final JavaCompiler javac;
        private final StandardJavaFileManager files;
        private final StubManifest manifest;
        private final String manifestDigest;
        private final Map<String, StubManifest.Entry> entries;
        private final SortedMap<String, Path> tree;
        private final SortedMap<String, Use> uses = new TreeMap<>();
        private final SortedMap<String, CompileReport.FailedFile> failures = new TreeMap<>();
        private int rounds;

        Run(JavaCompiler javac, StandardJavaFileManager files, StubManifest manifest, String manifestDigest,
                SortedMap<String, Path> tree) {
            this.javac = javac;
            this.files = files;
            this.manifest = manifest;
            this.manifestDigest = manifestDigest;
            this.entries = manifest.byPath();
            this.tree = tree;
            for (String path : tree.keySet()) {
                if (path.endsWith(".java")) {
                    uses.put(path, entries.containsKey(path) ? Use.STUDENT : Use.EXTRA);
                }
            }
            for (String path : entries.keySet()) {
                if (!uses.containsKey(path)) {
                    uses.put(path, Use.STUB);
                    fail(path, "is missing", path + ": missing (the course's file is graded as its stub)");
                }
            }
        }

        Outcome compile(InputStamp stamp, String inputs) {
            int limit = uses.size() + 3;
            while (rounds++ < limit) {
                Round round = round();
                if (round.parseFailed) {
                    // syntax errors are the file's own: replace those files before anything is attributed
                    if (!replaceFailingStudentFiles(round)) {
                        throw stubsDoNotCompile(round);
                    }
                    continue;
                }
                if (replaceChangedApis(round)) {
                    // other files' errors may come from these changes: see them again against the stubs
                    continue;
                }
                if (!round.errors.isEmpty()) {
                    if (!replaceFailingStudentFiles(round) && !replaceCulprits(round)) {
                        throw stubsDoNotCompile(round);
                    }
                    continue;
                }
                Map<String, byte[]> classes = round.generate();
                writeOutputs(classes);
                CompileReport report = new CompileReport(new ArrayList<>(failures.values()));
                report.write(settings.report());
                stamp.write(inputs, classes.keySet(), resources(), report.isEmpty());
                return new Outcome(report, false, rounds, classes.size());
            }
            throw new IllegalStateException("the tolerant compiler did not settle in " + limit + " rounds");
        }

        /** Step 1: course files with errors become stubs, added files with errors are left out. */
        private boolean replaceFailingStudentFiles(Round round) {
            boolean changed = false;
            for (Map.Entry<String, List<Diagnostic<? extends JavaFileObject>>> e : round.errors.entrySet()) {
                String path = e.getKey();
                Use use = uses.get(path);
                if (use == Use.STUDENT || use == Use.EXTRA) {
                    uses.put(path, use == Use.STUDENT ? Use.STUB : Use.LEFT_OUT);
                    fail(path, "does not compile (" + JavacDiagnostics.brief(e.getValue().get(0)) + ")",
                            JavacDiagnostics.formatAll(e.getValue(), path));
                    changed = true;
                }
            }
            return changed;
        }

        /** Step 2: only stubs fail; replace the student files they trip over. */
        private boolean replaceCulprits(Round round) {
            Map<String, String> culprits = new TreeMap<>();
            for (Map.Entry<String, List<Diagnostic<? extends JavaFileObject>>> e : round.errors.entrySet()) {
                for (String culprit : round.referencedStudentFiles(e.getKey(), e.getValue())) {
                    culprits.putIfAbsent(culprit, e.getKey());
                }
            }
            String scope = "";
            if (culprits.isEmpty()) {
                for (String stub : round.errors.keySet()) {
                    String pkg = directory(stub);
                    uses.forEach((path, use) -> {
                        if (isStudent(use) && directory(path).equals(pkg)) {
                            culprits.putIfAbsent(path, stub);
                        }
                    });
                }
                scope = " (its package is graded as stubs: the failing stub names no student file)";
            }
            if (culprits.isEmpty()) {
                String stub = round.errors.keySet().iterator().next();
                uses.forEach((path, use) -> {
                    if (isStudent(use)) {
                        culprits.putIfAbsent(path, stub);
                    }
                });
                scope = " (every file is graded as its stub: the failing stub names no student file)";
            }
            for (Map.Entry<String, String> e : culprits.entrySet()) {
                String path = e.getKey();
                String stub = e.getValue();
                List<Diagnostic<? extends JavaFileObject>> stubErrors = round.errors.get(stub);
                uses.put(path, uses.get(path) == Use.STUDENT ? Use.STUB : Use.LEFT_OUT);
                fail(path, "does not compile with the stub of " + stub + ", which is graded in that file's place"
                        + " (" + JavacDiagnostics.brief(stubErrors.get(0)) + " of that stub)" + scope,
                        path + ": the stub of " + stub + " does not compile with this file" + scope + ":\n"
                                + JavacDiagnostics.formatAll(stubErrors, stub));
            }
            return !culprits.isEmpty();
        }

        /**
         * Step 3: a course file that compiles (whether or not others do) must still declare what its stub declares.
         */
        private boolean replaceChangedApis(Round round) {
            List<String> edited = new ArrayList<>();
            uses.forEach((path, use) -> {
                if (use == Use.STUDENT && !round.errors.containsKey(path) && !new String(readBytes(tree.get(path), "a student file"), charset)
                        .equals(entries.get(path).source())) {
                    edited.add(path);
                }
            });
            if (edited.isEmpty()) {
                return false;
            }
            Map<String, List<ApiSurface.Item>> stubApi = stubApi();
            boolean changed = false;
            for (String path : edited) {
                List<String> problems = ApiSurface.problems(stubApi.getOrDefault(path, List.of()),
                        ApiSurface.of(round.typesOf(path), primaryName(path)));
                if (!problems.isEmpty()) {
                    uses.put(path, Use.STUB);
                    StringBuilder text = new StringBuilder();
                    for (String problem : problems) {
                        text.append(text.length() == 0 ? "" : "\n").append(path).append(": ").append(problem);
                    }
                    fail(path, problems.get(0), text.toString());
                    changed = true;
                }
            }
            return changed;
        }

        private SubmissionInputException stubsDoNotCompile(Round round) {
            Map.Entry<String, List<Diagnostic<? extends JavaFileObject>>> first = round.errors.entrySet().iterator()
                    .next();
            int index = manifest.files().indexOf(entries.get(first.getKey()));
            return new SubmissionInputException(settings.manifest() + ": files[" + index + "].source: the stub of "
                    + first.getKey() + " does not compile on its own (" + JavacDiagnostics.brief(first.getValue().get(0))
                    + "); regenerate the manifest against this class path");
        }

        private void fail(String path, String summary, String diagnostics) {
            StubManifest.Entry entry = entries.get(path);
            failures.put(path, new CompileReport.FailedFile(path, entry == null ? List.of() : entry.steps(),
                    CompileReport.DOES_NOT_COMPILE, entry == null ? CompileReport.LEFT_OUT : CompileReport.GRADED_AS_STUB,
                    summary, diagnostics));
        }

        private Round round() {
            List<JavaFileObject> units = new ArrayList<>();
            Map<URI, String> pathOf = new HashMap<>();
            uses.forEach((path, use) -> {
                JavaFileObject unit = switch (use) {
                    case STUDENT, EXTRA -> files.getJavaFileObjects(tree.get(path)).iterator().next();
                    case STUB -> new StubSource(path, entries.get(path).source());
                    case LEFT_OUT -> null;
                };
                if (unit != null) {
                    units.add(unit);
                    pathOf.put(unit.toUri().normalize(), path);
                }
            });
            return new Round(javac, files, options, units, pathOf, uses);
        }

        /** The API of every stub, compiled on its own, from the cache when the manifest and class path are the same. */
        private Map<String, List<ApiSurface.Item>> stubApi() {
            Path cache = settings.workDir().resolve("stub-api.json");
            String key = InputStamp.sha256((VERSION + "\n" + manifestDigest + "\n" + options + "\n" + settings.classpath() + "\n"
                    + InputStamp.classpathFingerprint(settings.classpath()) + "\n" + Runtime.version())
                    .getBytes(StandardCharsets.UTF_8));
            Map<String, List<ApiSurface.Item>> cached = readApiCache(cache, key);
            if (cached != null) {
                return cached;
            }
            List<JavaFileObject> units = new ArrayList<>();
            Map<URI, String> pathOf = new HashMap<>();
            Map<String, Use> all = new TreeMap<>();
            for (StubManifest.Entry entry : manifest.files()) {
                StubSource unit = new StubSource(entry.path(), entry.source());
                units.add(unit);
                pathOf.put(unit.toUri().normalize(), entry.path());
                all.put(entry.path(), Use.STUB);
            }
            Round round = new Round(javac, files, options, units, pathOf, all);
            if (!round.errors.isEmpty()) {
                throw stubsDoNotCompile(round);
            }
            Map<String, List<ApiSurface.Item>> api = new TreeMap<>();
            for (String path : all.keySet()) {
                api.put(path, ApiSurface.of(round.typesOf(path), primaryName(path)));
            }
            writeApiCache(cache, key, api);
            return api;
        }

        private void writeOutputs(Map<String, byte[]> classes) {
            Path output = settings.output();
            try {
                Files.createDirectories(output);
                try (Stream<Path> old = Files.walk(output)) {
                    for (Path file : old.filter(p -> p.toString().endsWith(".class")).toList()) {
                        Files.delete(file);
                    }
                }
                for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                    Path target = output.resolve(e.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, e.getValue());
                }
                for (String resource : resources()) {
                    Path target = output.resolve(resource);
                    Files.createDirectories(target.getParent());
                    Files.write(target, readBytes(tree.get(resource), "a resource of the source tree"));
                }
            } catch (IOException e) {
                throw new SubmissionInputException(output + ": cannot be written (" + e + ")", e);
            }
        }

        private List<String> resources() {
            return tree.keySet().stream().filter(p -> !p.endsWith(".java")).toList();
        }
    }

    /** One javac task over a set of sources, parsed and analysed; generated on demand. */
    private static final class Round {

        private final JavacTask task;
        private final Trees trees;
        private final Map<URI, String> pathOf;
        private final Map<String, Use> uses;
        private final Map<String, CompilationUnitTree> units = new HashMap<>();
        private final MemoryOutput output;
        /** Errors by file, in path order. */
        final SortedMap<String, List<Diagnostic<? extends JavaFileObject>>> errors = new TreeMap<>();
        /** Whether some file did not parse: then nothing was attributed, and the errors are syntax errors. */
        final boolean parseFailed;

        Round(JavaCompiler javac, StandardJavaFileManager files, List<String> options, List<JavaFileObject> sources,
                Map<URI, String> pathOf, Map<String, Use> uses) {
            this.pathOf = pathOf;
            this.uses = uses;
            this.output = new MemoryOutput(files);
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try {
                task = (JavacTask) javac.getTask(new StringWriter(), output, diagnostics, options, null, sources);
            } catch (IllegalArgumentException e) {
                throw new SubmissionInputException("javac options " + options + ": " + e.getMessage(), e);
            }
            trees = Trees.instance(task);
            try {
                for (CompilationUnitTree unit : task.parse()) {
                    String path = pathOf(unit.getSourceFile());
                    if (path != null) {
                        units.put(path, unit);
                    }
                }
                parseFailed = diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
                if (!parseFailed) {
                    task.analyze();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.ERROR) {
                    continue;
                }
                String path = d.getSource() == null ? null : pathOf(d.getSource());
                if (path == null) {
                    throw new SubmissionInputException("javac: " + JavacDiagnostics.message(d).split("\n")[0]
                            + (d.getSource() == null ? "" : " (in " + d.getSource().toUri() + ")"));
                }
                errors.computeIfAbsent(path, p -> new ArrayList<>()).add(d);
            }
        }

        private String pathOf(FileObject file) {
            return pathOf.get(file.toUri().normalize());
        }

        /** The top-level types declared by one file. */
        List<TypeElement> typesOf(String path) {
            CompilationUnitTree unit = units.get(path);
            List<TypeElement> types = new ArrayList<>();
            if (unit == null) {
                return types;
            }
            for (Tree declaration : unit.getTypeDecls()) {
                if (declaration instanceof ClassTree) {
                    Element element = trees.getElement(TreePath.getPath(unit, declaration));
                    if (element instanceof TypeElement type) {
                        types.add(type);
                    }
                }
            }
            return types;
        }

        /**
         * The student files (as written, or added) that the erroneous code of one stub refers to: the types used in
         * the statement, variable or member header around each error, traced to the file that declares them.
         */
        Set<String> referencedStudentFiles(String stub, List<Diagnostic<? extends JavaFileObject>> stubErrors) {
            CompilationUnitTree unit = units.get(stub);
            Set<String> found = new TreeSet<>();
            if (unit == null) {
                return found;
            }
            SourcePositions positions = trees.getSourcePositions();
            for (Diagnostic<? extends JavaFileObject> d : stubErrors) {
                if (d.getPosition() == Diagnostic.NOPOS) {
                    continue;
                }
                TreePath at = new Locator(unit, positions, d.getPosition()).find();
                TreePath scope = at;
                while (scope != null && !(scope.getLeaf() instanceof StatementTree
                        && scope.getLeaf().getKind() != Tree.Kind.BLOCK)
                        && !(scope.getLeaf() instanceof VariableTree) && !(scope.getLeaf() instanceof MethodTree)
                        && !(scope.getLeaf() instanceof ClassTree)) {
                    scope = scope.getParentPath();
                }
                if (scope == null) {
                    continue;
                }
                List<TreePath> parts = new ArrayList<>();
                if (scope.getLeaf() instanceof ClassTree type) {
                    // a class-level error: only its header (supertypes, type parameters) is in question
                    TreePath header = scope;
                    if (type.getExtendsClause() != null) {
                        parts.add(new TreePath(header, type.getExtendsClause()));
                    }
                    type.getImplementsClause().forEach(t -> parts.add(new TreePath(header, t)));
                    type.getTypeParameters().forEach(t -> parts.add(new TreePath(header, t)));
                } else {
                    parts.add(scope);
                }
                for (TreePath part : parts) {
                    new TreePathScanner<Void, Void>() {
                        @Override
                        public Void scan(Tree tree, Void ignored) {
                            if (tree != null) {
                                TreePath path = new TreePath(getCurrentPath(), tree);
                                addDeclaringFile(found, trees.getElement(path));
                                addDeclaringFiles(found, trees.getTypeMirror(path), 0);
                            }
                            return super.scan(tree, ignored);
                        }
                    }.scan(part, null);
                    addDeclaringFile(found, trees.getElement(part));
                }
            }
            found.removeIf(path -> !isStudent(uses.get(path)));
            return found;
        }

        private void addDeclaringFiles(Set<String> found, TypeMirror type, int depth) {
            if (type == null || depth > 4) {
                return;
            }
            if (type instanceof ArrayType array) {
                addDeclaringFiles(found, array.getComponentType(), depth + 1);
            } else if (type instanceof DeclaredType declared) {
                addDeclaringFile(found, declared.asElement());
                declared.getTypeArguments().forEach(t -> addDeclaringFiles(found, t, depth + 1));
            }
        }

        private void addDeclaringFile(Set<String> found, Element element) {
            Element top = element;
            while (top != null && top.getEnclosingElement() != null
                    && !(top.getEnclosingElement() instanceof PackageElement)) {
                top = top.getEnclosingElement();
            }
            if (!(top instanceof TypeElement)) {
                return;
            }
            TreePath declaration = trees.getPath(top);
            if (declaration != null) {
                String path = pathOf(declaration.getCompilationUnit().getSourceFile());
                if (path != null) {
                    found.add(path);
                }
            }
        }

        /** Writes the classes (after an error-free analysis) and returns them by relative path. */
        Map<String, byte[]> generate() {
            try {
                task.generate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new TreeMap<>(output.classes);
        }
    }

    /** Finds the innermost tree around a source position. */
    private static final class Locator extends TreePathScanner<Void, Void> {

        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final long position;
        private TreePath found;

        Locator(CompilationUnitTree unit, SourcePositions positions, long position) {
            this.unit = unit;
            this.positions = positions;
            this.position = position;
        }

        TreePath find() {
            found = new TreePath(unit);
            scan(found, null);
            return found;
        }

        @Override
        public Void scan(Tree tree, Void ignored) {
            if (tree == null) {
                return null;
            }
            long start = positions.getStartPosition(unit, tree);
            long end = positions.getEndPosition(unit, tree);
            if (start == Diagnostic.NOPOS || end == Diagnostic.NOPOS || start > position || end < position) {
                return null;
            }
            if (getCurrentPath() != null && tree != unit) {
                found = new TreePath(getCurrentPath(), tree);
            }
            return super.scan(tree, ignored);
        }
    }

    /** A stub's source, held in memory under its relative path. */
    private static final class StubSource extends SimpleJavaFileObject {

        private final String source;

        StubSource(String path, String source) {
            super(URI.create("stub:///" + path), Kind.SOURCE);
            this.source = source;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    }

    /** Keeps javac's class files in memory until a round compiles. */
    private static final class MemoryOutput extends ForwardingJavaFileManager<JavaFileManager> {

        final Map<String, byte[]> classes = new LinkedHashMap<>();

        MemoryOutput(JavaFileManager files) {
            super(files);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            String path = className.replace('.', '/') + kind.extension;
            return new SimpleJavaFileObject(URI.create("memory:///" + path), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            classes.put(path, toByteArray());
                        }
                    };
                }
            };
        }
    }

    /**
     * The console lines for a report, one per file not compiled as written; none when all compiled. Such as
     * {@code exercises: nnlab/lab3/Losses.java does not compile (line 42: ';' expected): graded as its stub (steps
     * L3.1–L3.6 score 0)}.
     */
    public static List<String> summaryLines(CompileReport report, String label) {
        List<String> lines = new ArrayList<>();
        for (CompileReport.FailedFile f : report.files()) {
            lines.add(label + ": " + f.path() + " " + f.summary() + ": " + (f.gradedAsStub()
                    ? "graded as its stub " + stepsPhrase(f.steps())
                    : "left out (not one of the course's files)"));
        }
        return lines;
    }

    static String stepsPhrase(List<String> steps) {
        if (steps.isEmpty()) {
            return "(no steps of its own)";
        }
        if (steps.size() == 1) {
            return "(step " + steps.get(0) + " scores 0)";
        }
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(steps));
        sorted.sort((a, b) -> {
            int[] x = stepNumbers(a);
            int[] y = stepNumbers(b);
            return x == null || y == null ? a.compareTo(b) : x[0] != y[0] ? Integer.compare(x[0], y[0])
                    : Integer.compare(x[1], y[1]);
        });
        List<String> ranges = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && follows(sorted.get(j), sorted.get(j + 1))) {
                j++;
            }
            ranges.add(j == i ? sorted.get(i) : j == i + 1 ? sorted.get(i) + ", " + sorted.get(j)
                    : sorted.get(i) + "–" + sorted.get(j));
            i = j + 1;
        }
        return "(steps " + String.join(", ", ranges) + " score 0)";
    }

    private static boolean follows(String a, String b) {
        int[] x = stepNumbers(a);
        int[] y = stepNumbers(b);
        return x != null && y != null && x[0] == y[0] && y[1] == x[1] + 1;
    }

    private static int[] stepNumbers(String step) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("L(\\d+)\\.(\\d+)").matcher(step);
        return m.matches() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    private static boolean isStudent(Use use) {
        return use == Use.STUDENT || use == Use.EXTRA;
    }

    private static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String primaryName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".java".length());
    }

    private static Charset charsetOf(List<String> options) {
        int i = options.indexOf("-encoding");
        if (i < 0 || i + 1 >= options.size()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(options.get(i + 1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new SubmissionInputException("javac option -encoding: '" + options.get(i + 1)
                    + "' is not a character set this JVM knows");
        }
    }

    static SortedMap<String, Path> listFiles(Path root) {
        SortedMap<String, Path> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> out.put(root.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException | UncheckedIOException e) {
            throw new SubmissionInputException(root + ": cannot be listed (" + e + ")", e);
        }
        return out;
    }

    static byte[] readBytes(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SubmissionInputException(file + ": missing (expected " + what + ")", e);
        } catch (IOException e) {
            throw new SubmissionInputException(file + ": cannot be read (" + e + ")", e);
        }
    }

    private static Map<String, List<ApiSurface.Item>> readApiCache(Path cache, String key) {
        if (!Files.isRegularFile(cache)) {
            return null;
        }
        try {
            JsonNode root = JsonFields.MAPPER.readTree(cache.toFile());
            if (root == null || !key.equals(root.path("key").asText())) {
                return null;
            }
            Map<String, List<ApiSurface.Item>> api = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : root.path("files").properties()) {
                List<ApiSurface.Item> items = new ArrayList<>();
                e.getValue().forEach(i -> items.add(new ApiSurface.Item(i.get(0).asText(), i.get(1).asText(),
                        i.get(2).asText(), i.get(3).asInt())));
                api.put(e.getKey(), items);
            }
            return api;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void writeApiCache(Path cache, String key, Map<String, List<ApiSurface.Item>> api) {
        ObjectNode root = JsonFields.MAPPER.createObjectNode();
        root.put("key", key);
        ObjectNode filesNode = root.putObject("files");
        api.forEach((path, items) -> {
            ArrayNode array = filesNode.putArray(path);
            items.forEach(i -> array.addArray().add(i.owner()).add(i.key()).add(i.display()).add(i.access()));
        });
        CompileReport.writeAtomically(cache, CompileReport.prettyJson(root).getBytes(StandardCharsets.UTF_8));
    }
}
