package nnlab.submission;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tolerant compiler's command line, run by the exercises module's build in place of the compiler plugin:
 *
 * <pre>
 * CompileSubmission --sources=DIR --manifest=FILE (--classpath=PATH | --classpath-elements=[A, B, ...])
 *                   --output=DIR --report=FILE [--work=DIR] [--label=NAME] [--manifest-optional=false]
 *                   [-- JAVAC_OPTION...]
 * </pre>
 *
 * <p>{@code --classpath} is a class path as the platform writes one; {@code --classpath-elements} is Maven's list
 * {@code ${project.compileClasspathElements}} as Maven writes a list ({@code [a, b, c]}), from which the output
 * folder and the tolerant compiler's own jar or classes folder are dropped (a build then needs no plugin to write
 * its class path, which costs about two seconds a build).
 *
 * It prints one line per file not compiled as written and nothing else. Exit code 0 whatever the student's code
 * does; 2, with one line naming the file and the field, when its own inputs are wrong.
 */
public final class CompileSubmission {

    private static final List<String> REQUIRED = List.of("sources", "manifest", "output", "report");
    private static final List<String> KNOWN = List.of("sources", "manifest", "classpath", "classpath-elements",
            "output", "report", "work", "label", "manifest-optional");

    private CompileSubmission() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs it; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Map<String, String> values = new HashMap<>();
            List<String> javacOptions = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--")) {
                    javacOptions.addAll(Arrays.asList(args).subList(i + 1, args.length));
                    break;
                }
                if (!arg.startsWith("--")) {
                    throw new SubmissionInputException("argument '" + arg + "': expected --name=value (" + usage() + ")");
                }
                String name;
                String value;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(2, eq);
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    name = arg.substring(2);
                    value = args[++i];
                } else {
                    throw new SubmissionInputException("argument " + arg + ": no value (" + usage() + ")");
                }
                if (!KNOWN.contains(name)) {
                    throw new SubmissionInputException("argument --" + name + ": unknown (" + usage() + ")");
                }
                values.put(name, value);
            }
            for (String name : REQUIRED) {
                if (!values.containsKey(name) || values.get(name).isBlank()) {
                    throw new SubmissionInputException("argument --" + name + ": missing (" + usage() + ")");
                }
            }
            if (values.containsKey("classpath") == values.containsKey("classpath-elements")) {
                throw new SubmissionInputException("argument --classpath: give it, or --classpath-elements, once ("
                        + usage() + ")");
            }
            Path output = Path.of(values.get("output"));
            List<Path> classpath = values.containsKey("classpath") ? classpath(values.get("classpath"))
                    : classpathElements(values.get("classpath-elements"), output);
            Path report = Path.of(values.get("report"));
            Path work = values.containsKey("work") ? Path.of(values.get("work"))
                    : report.toAbsolutePath().getParent();
            String optional = values.getOrDefault("manifest-optional", "false");
            if (!optional.equals("true") && !optional.equals("false")) {
                throw new SubmissionInputException("argument --manifest-optional: '" + optional
                        + "' (expected true or false)");
            }
            TolerantCompiler.Settings settings = new TolerantCompiler.Settings(Path.of(values.get("sources")),
                    Path.of(values.get("manifest")), classpath, output, report, work,
                    javacOptions, optional.equals("true"));
            TolerantCompiler.Outcome outcome = new TolerantCompiler(settings).run();
            TolerantCompiler.summaryLines(outcome.report(), values.getOrDefault("label", "exercises"))
                    .forEach(out::println);
            out.flush();
            return 0;
        } catch (SubmissionInputException e) {
            err.println("nnlab tolerant compiler: " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    static List<Path> classpath(String text) {
        List<Path> classpath = new ArrayList<>();
        for (String entry : text.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                classpath.add(Path.of(entry.strip()));
            }
        }
        return classpath;
    }

    /** Maven's {@code [a, b, c]}, without the output folder and the tolerant compiler's own location. */
    static List<Path> classpathElements(String text, Path output) {
        String list = text.strip();
        if (!list.startsWith("[") || !list.endsWith("]")) {
            throw new SubmissionInputException("argument --classpath-elements: '" + abbreviate(list)
                    + "' (expected Maven's list, such as ${project.compileClasspathElements}: [a, b, c])");
        }
        Path self = ownLocation();
        Path out = output.toAbsolutePath().normalize();
        List<Path> classpath = new ArrayList<>();
        for (String entry : list.substring(1, list.length() - 1).split(", ")) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry.strip()).toAbsolutePath().normalize();
            if (!path.equals(out) && !path.equals(self)) {
                classpath.add(path);
            }
        }
        return classpath;
    }

    /** The jar or classes folder this class comes from; null when unknown. */
    static Path ownLocation() {
        String resource = CompileSubmission.class.getName().replace('.', '/') + ".class";
        java.net.URL url = CompileSubmission.class.getClassLoader() == null ? null
                : CompileSubmission.class.getClassLoader().getResource(resource);
        if (url == null) {
            return null;
        }
        try {
            String text = url.toString();
            if (text.startsWith("jar:") && text.contains("!/")) {
                return Path.of(new java.net.URI(text.substring(4, text.indexOf("!/")))).toAbsolutePath().normalize();
            }
            if (text.startsWith("file:") && text.endsWith(resource)) {
                return Path.of(new java.net.URI(text.substring(0, text.length() - resource.length())))
                        .toAbsolutePath().normalize();
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // unknown: nothing is dropped
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static String usage() {
        return "usage: --sources=DIR --manifest=FILE (--classpath=PATH | --classpath-elements=[A, B]) --output=DIR"
                + " --report=FILE [--work=DIR] [--label=NAME] [--manifest-optional=true|false] [-- JAVAC_OPTION...]";
    }
}
