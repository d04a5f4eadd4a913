package nnlab.grader.release;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the reference's solution lines ({@link SolutionLines}) in the files of a student release: given code,
 * tests, the benchmark, the README, scripts. A solution that reaches students in any of them hands out a step's
 * points, so the publish step refuses such a release, naming file and line.
 *
 * <p>Both sides are compared without whitespace, so reformatting, line breaks inside a statement and indentation do
 * not hide a copy. Java files are read as Java tokens, so comments inside a copied statement do not hide it either;
 * other text files (Markdown, scripts) are compared character by character. Binary files (archives, fixtures in
 * npz, the wrapper's jar) cannot hold a readable line and are skipped.
 */
public final class SolutionLeaks {

    /** One solution line found in the release. */
    public record Leak(String file, int line, SolutionLines.Line solution) {

        /** {@code file:line: holds L3.4's solution line `…` (reference/…/Losses.java:76)}. */
        public String message() {
            return file + ":" + line + ": holds " + solution.step() + "'s solution line `" + solution.text() + "` ("
                    + solution.origin() + ":" + solution.line() + ")";
        }
    }

    private final List<SolutionLines.Line> solutions;
    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    /** @param solutions the lines that must not be found */
    public SolutionLeaks(List<SolutionLines.Line> solutions) {
        this.solutions = List.copyOf(solutions);
    }

    /**
     * Every solution line found in the files of the release, in the order of {@code files} and then of lines.
     *
     * @param release the release's folder
     * @param files the paths, relative to {@code release}, to search
     */
    public List<Leak> find(Path release, List<String> files) {
        List<Leak> leaks = new ArrayList<>();
        for (String relative : files) {
            Optional<String> text = text(release.resolve(relative));
            if (text.isEmpty()) {
                continue;
            }
            Normalised normalised = relative.endsWith(".java") ? javaTokens(relative, text.get())
                    : withoutWhitespace(text.get());
            for (SolutionLines.Line solution : solutions) {
                for (int at = normalised.text.indexOf(solution.normalised()); at >= 0;
                        at = normalised.text.indexOf(solution.normalised(), at + 1)) {
                    leaks.add(new Leak(relative, normalised.lines[at], solution));
                }
            }
        }
        leaks.sort(java.util.Comparator.comparingInt((Leak l) -> files.indexOf(l.file())).thenComparingInt(Leak::line));
        return leaks;
    }

    /** Fails, naming every file and line, when the release holds a solution line. */
    public void requireNone(Path release, List<String> files) {
        List<Leak> leaks = find(release, files);
        if (!leaks.isEmpty()) {
            StringBuilder message = new StringBuilder("the student release would hand out " + leaks.size()
                    + " solution line(s) of the reference:");
            leaks.forEach(l -> message.append(System.lineSeparator()).append("  ").append(l.message()));
            message.append(System.lineSeparator()).append("  Given code calls the student's method instead, tests take"
                    + " what they need from the fixtures, course-only files go in StudentRelease.EXCLUDED.");
            throw new ReleaseException(message.toString());
        }
    }

    /** A file's text without whitespace (and, for Java, comments), with the line of every character. */
    private record Normalised(String text, int[] lines) {
    }

    private Normalised javaTokens(String file, String source) {
        ParseResult<CompilationUnit> parsed = parser.parse(source);
        if (parsed.getResult().flatMap(CompilationUnit::getTokenRange).isEmpty()) {
            return withoutWhitespace(source); // not Java after all: compare its characters
        }
        StringBuilder text = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        for (JavaToken token : parsed.getResult().get().getTokenRange().get()) {
            if (token.getCategory().isWhitespaceOrComment()) {
                continue;
            }
            int line = token.getRange().map(r -> r.begin.line).orElse(0);
            text.append(token.getText());
            for (int i = 0; i < token.getText().length(); i++) {
                lines.add(line);
            }
        }
        return new Normalised(text.toString(), lines.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Normalised withoutWhitespace(String source) {
        StringBuilder text = new StringBuilder();
        int[] lines = new int[source.length()];
        int line = 1;
        int n = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (!Character.isWhitespace(c)) {
                text.append(c);
                lines[n++] = line;
            }
        }
        return new Normalised(text.toString(), java.util.Arrays.copyOf(lines, n));
    }

    /** The file's text, or empty for a binary file (a NUL byte or no valid UTF-8). */
    private static Optional<String> text(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
