package nnlab.grader.release;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a release's README names, checked against what the release holds: every repository path, file and Maven
 * profile it shows as code (in backticks or in a fenced block) must exist in the release. A student who follows the
 * README of the release must not meet a script, a profile or a document that only the course repository has; the
 * course's README names many (the generator, the reference profile, the benchmark), so the release cuts those
 * parts out as instructor-only regions, and this check finds any that is left.
 *
 * <p>What counts as a name:
 * <ul>
 *   <li>a path: words joined by '/' ({@code fixtures/golden/L3.2.json}, {@code .github/workflows/grade.yml},
 *       {@code ./mvnw}, {@code exercises/src/main/java/nnlab/labN/}); '*' is a glob, a segment {@code ...} any
 *       folders, a segment ending in a capital N after lower-case letters ({@code labN}) a number. A path under
 *       {@code nnlab/} is a class-path resource, found when a release path ends with the rest
 *       ({@code nnlab/golden/L3.2.json} is {@code fixtures/golden/L3.2.json} packaged);</li>
 *   <li>a bare file name of a source or document ({@code DESIGN.md}, {@code LossesTest.java}, {@code generate.py}):
 *       some file of the release has that name;</li>
 *   <li>a profile: every id of {@code -Pa,b}: some pom.xml of the release declares it.</li>
 * </ul>
 * Not names: absolute paths and URLs (outside the repository), paths with a {@code target} segment (what a build
 * writes), a segment with no letter ({@code b/255} is arithmetic).
 */
public final class ReadmeClaims {

    /** One name the README shows and the release lacks. */
    public record Missing(int line, String name, String what) {

        /** {@code README.md:12: names the profile -Preference, which no pom.xml of the release declares}. */
        public String message(String readme) {
            return readme + ":" + line + ": names " + what + " " + name + ", which the student release "
                    + (what.equals("the profile") ? "declares in no pom.xml" : "does not contain");
        }
    }

    private static final Pattern SPAN = Pattern.compile("`([^`\n]+)`");
    private static final Pattern PROFILES = Pattern.compile("(?<![\\w-])-P([\\w.\\-]+(?:,[\\w.\\-]+)*)");
    private static final Pattern PATH = Pattern.compile("(\\./)?[\\w.*\\-]+(/[\\w.*\\-]+)+/?");
    private static final Pattern FILE = Pattern.compile("[\\w\\-]+\\.(md|java|py|sh|yml|yaml|xml)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;()=:\"'|<>\\[\\]{}]+");
    private static final Pattern DECLARED_PROFILE = Pattern.compile("<profile>\\s*<id>([^<]+)</id>");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<=[a-z])N(?=/|$)");

    private final List<String> files;
    private final Set<String> folders = new LinkedHashSet<>();
    private final Set<String> profiles = new LinkedHashSet<>();

    /**
     * @param files every file of the release, relative to its root with '/' separators
     * @param poms the text of every pom.xml of the release
     */
    public ReadmeClaims(List<String> files, List<String> poms) {
        this.files = List.copyOf(files);
        for (String f : files) {
            for (int slash = f.indexOf('/'); slash > 0; slash = f.indexOf('/', slash + 1)) {
                folders.add(f.substring(0, slash));
            }
        }
        for (String pom : poms) {
            Matcher m = DECLARED_PROFILE.matcher(pom);
            while (m.find()) {
                profiles.add(m.group(1).strip());
            }
        }
    }

    /** The names in {@code readme} (Markdown) that the release lacks, in line order. */
    public List<Missing> missing(String readme) {
        List<Missing> missing = new ArrayList<>();
        boolean fenced = false;
        boolean comment = false;
        String[] lines = readme.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("<!--")) {
                comment = !line.contains("-->");
                continue;
            }
            if (comment) {
                comment = !line.contains("-->");
                continue;
            }
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            List<String> code = new ArrayList<>();
            if (fenced) {
                code.add(line);
            } else {
                Matcher m = SPAN.matcher(line);
                while (m.find()) {
                    code.add(m.group(1));
                }
            }
            for (String text : code) {
                check(i + 1, text, missing);
            }
        }
        return missing;
    }

    private void check(int line, String code, List<Missing> missing) {
        Matcher p = PROFILES.matcher(code);
        while (p.find()) {
            for (String id : p.group(1).split(",")) {
                if (!profiles.contains(id)) {
                    missing.add(new Missing(line, "-P" + id, "the profile"));
                }
            }
        }
        for (String token : SEPARATORS.split(PROFILES.matcher(code).replaceAll(" "))) {
            String name = token.replaceAll("\\.+$", ""); // a full stop after the name
            if (PATH.matcher(name).matches()) {
                if (isName(name) && !pathExists(name)) {
                    missing.add(new Missing(line, name, "the path"));
                }
            } else if (FILE.matcher(name).matches() && files.stream().noneMatch(f -> f.equals(name)
                    || f.endsWith("/" + name))) {
                missing.add(new Missing(line, name, "the file"));
            }
        }
    }

    private static boolean isName(String path) {
        if (path.startsWith("/") || path.contains("://")) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("target") || !segment.isEmpty() && !segment.equals(".") && !segment.matches(".*[A-Za-z*].*")) {
                return false;
            }
        }
        return true;
    }

    private boolean pathExists(String name) {
        String path = name.startsWith("./") ? name.substring(2) : name;
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        path = PLACEHOLDER.matcher(path).replaceAll("*").replace("...", "**");
        if (path.startsWith("nnlab/")) {
            String rest = path.substring("nnlab/".length());
            return matches("**/" + rest);
        }
        return matches(path);
    }

    private boolean matches(String glob) {
        if (!glob.contains("*")) {
            return files.contains(glob) || folders.contains(glob);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return files.stream().anyMatch(f -> matcher.matches(Path.of(f)))
                || folders.stream().anyMatch(f -> matcher.matches(Path.of(f)));
    }
}
