package nnlab.grader.assertions;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nnlab.fixtures.Fixtures;

/**
 * Where a fixture value is, parsed from the field a fixture tensor names ({@code nnlab/golden/L3.2.json:
 * cases[1].expected.loss}, with {@code " (L8.5.npz: W1)"} after it when the values are in an archive): the step, the
 * case's index in its file, the section ({@code expected}, {@code inputs} or {@code params}) and the key.
 *
 * @param step the step whose fixture holds it
 * @param caseIndex the case's position in that fixture (public cases first, then a student's hidden ones)
 * @param section {@code expected}, {@code inputs} or {@code params}
 * @param key the key in that section, such as {@code loss} or {@code grad.W1}
 */
public record FixtureRef(String step, int caseIndex, String section, String key) {

    private static final Pattern FIELD = Pattern.compile(Pattern.quote(Fixtures.GOLDEN_DIR)
            + "(L\\d+\\.\\d+)\\.json: cases\\[(\\d+)]\\.(expected|inputs|params)\\.([A-Za-z0-9_.]+)"
            + "(?: \\([^()]+\\.npz: [^()]*\\))?");

    /**
     * The reference a field names, or empty for values that come from no fixture as they are (a slice of one, such
     * as {@code ...expected.losses[3]} or {@code ...inputs.samples.epoch1 (batch 1)}, is the test's own value).
     */
    public static Optional<FixtureRef> parse(String field) {
        if (field == null) {
            return Optional.empty();
        }
        Matcher m = FIELD.matcher(field);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FixtureRef(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4)));
    }
}
