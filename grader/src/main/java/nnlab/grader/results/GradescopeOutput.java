package nnlab.grader.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown Gradescope shows for a test of results.json ({@code output_format: md}). The hints, the tables of
 * values and the score table are fixed-width text whose columns line up only in a monospace font, and Markdown
 * would read their {@code *}, {@code _} and {@code |} as formatting: they go in fenced code blocks. The lines
 * around them are written here and hold nothing Markdown could misread. Cases that failed the same way share one
 * block, so fifteen cases with one mistake show its hint once.
 */
final class GradescopeOutput {

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private GradescopeOutput() {
    }

    /** The text in a fenced code block, its fence longer than any run of backticks in it. */
    static String fenced(String text) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(text);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + text.stripTrailing().replace("\r\n", "\n") + "\n" + fence + "\n";
    }

    /**
     * What the cases of one Gradescope test say: how many pass, then each kind of failure
     * ({@link GradedOutcome#failureKind}) once, as the first case of it shows it.
     */
    static String ofCases(List<GradedOutcome> cases, boolean hidden) {
        long passed = cases.stream().filter(GradedOutcome::passed).count();
        StringBuilder b = new StringBuilder();
        String kind = hidden ? "hidden case" : "case";
        if (passed == cases.size()) {
            b.append(cases.size() == 1 ? "The " + kind + " passes.\n" : "All " + cases.size() + " " + kind
                    + "s pass.\n");
            return b.toString();
        }
        b.append(passed).append(" of ").append(cases.size()).append(" ").append(kind).append(cases.size() == 1 ? ""
                : "s").append(" pass.\n");
        Map<String, List<GradedOutcome>> byFailure = new LinkedHashMap<>();
        cases.stream().filter(o -> !o.passed()).forEach(o -> byFailure.computeIfAbsent(o.category() + "\n"
                + o.failureKind(), k -> new ArrayList<>()).add(o));
        for (List<GradedOutcome> same : byFailure.values()) {
            GradedOutcome first = same.get(0);
            b.append("\n✗ ").append(first.category()).append(same.size() == 1 ? ":" : " (" + same.size()
                    + " cases):").append("\n\n");
            StringBuilder block = new StringBuilder();
            same.forEach(o -> block.append("case: ").append(caseOf(o.name())).append('\n'));
            if (!first.output().isBlank()) {
                block.append('\n').append(first.output());
            }
            b.append(fenced(block.toString()));
        }
        return b.toString();
    }

    /** The case part of a display name ({@code step title · case}), or the whole name when it has none. */
    static String caseOf(String name) {
        int at = name.indexOf(" · ");
        return at < 0 ? name : name.substring(at + " · ".length());
    }
}
