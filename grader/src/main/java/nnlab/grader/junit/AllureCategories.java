package nnlab.grader.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nnlab.course.StepId;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import nnlab.grader.hints.HintMessages;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;

/**
 * How the Allure report groups failures, and the status message each failure gets so that it lands in its group.
 * Allure 2 files a result under every category whose statuses and message pattern it matches, and inside a category
 * groups by the whole message; a message per case (the full failure text) makes one group per case. So a wrong
 * result's message is the same for every case with the same known mistake ({@code wrong result, known mistake:
 * <mistake>: <hint>}), or names only the step's value when no known mistake matches; the full failure text goes
 * into the trace. One category per known mistake the fixtures declare lets an instructor see at a glance which
 * mistakes a student made.
 *
 * <p>The categories are committed as {@code categories.json} at the class path's root, where allure-maven looks for
 * them (it copies that file over the results' own, and says "Can't find information about categories" when there
 * is none); {@code AllureCategoriesTest} fails when the file no longer matches the fixtures' known mistakes.
 */
public final class AllureCategories {

    /** The committed categories, at the class path's root where allure-maven reads them. */
    public static final String RESOURCE = "categories.json";

    /** The category of a wrong result whose numbers match no known mistake. */
    public static final String NO_KNOWN_MISTAKE = "Wrong result, no known mistake";

    private static final String KNOWN_MISTAKE_PREFIX = Categories.WRONG_RESULT + ", known mistake: ";
    private static final String NO_KNOWN_MISTAKE_PREFIX = Categories.WRONG_RESULT + ", no known mistake: ";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AllureCategories() {
    }

    /** A known mistake's name, from its id: {@code gradients-not-reset} is "gradients not reset". */
    public static String mistakeTitle(String id) {
        return id.replace('-', ' ');
    }

    /** The name of a known mistake's category, such as "Mistake: gradients not reset". */
    public static String mistakeCategory(String id) {
        return "Mistake: " + mistakeTitle(id);
    }

    /**
     * The Allure status message of a failed outcome: the same for every case that fails the same way, so Allure
     * groups them (a known mistake with its hint; a wrong result without one by the step's value that differs;
     * otherwise the category and the message).
     */
    public static String message(GradedOutcome o) {
        if (Categories.WRONG_RESULT.equals(o.category())) {
            if (!o.mistakes().isEmpty()) {
                String id = o.mistakes().get(0);
                return KNOWN_MISTAKE_PREFIX + mistakeTitle(id) + ": " + HintMessages.mistake(id);
            }
            return NO_KNOWN_MISTAKE_PREFIX + o.output().lines().findFirst().orElse("").strip();
        }
        return o.category() + ": " + o.output();
    }

    /** The Allure categories as JSON: the outcome categories, with one category per known mistake. */
    public static String json(Collection<String> mistakeIds) {
        ArrayNode all = JSON.createArrayNode();
        all.add(category("Not implemented yet",
                "The step's stub still throws NotImplementedYet: write the solution in exercises/.",
                List.of("broken", "failed"), "(?s).*is not implemented yet.*"));
        all.add(category("Does not compile",
                "The step's source file does not compile, so it was graded as its stub; the message is javac's.",
                List.of("broken"), "(?s)(does not compile: .*|.*does not compile, so it is graded as its stub.*)"));
        all.add(category("Timed out",
                "The step ran past its time limit and was stopped (an endless loop, a sleep, far too many epochs).",
                List.of("broken"), "(?s)timed out: .*"));
        all.add(category("Crashed",
                "The JVM running the step died (System.exit, Runtime.halt, a native crash) or ran out of memory.",
                List.of("broken"), "(?s)(crashed: .*|ran out of memory.*)"));
        all.add(category("Grader error",
                "The grader itself failed on this step: the course's fault, not the submission's.",
                List.of("broken"), "(?s)grader error: .*"));
        for (String id : new TreeSet<>(mistakeIds)) {
            all.add(category(mistakeCategory(id), "A known mistake, recognised because the values equal what"
                    + " PyTorch computes when it is made: " + HintMessages.mistake(id), List.of("failed"),
                    "(?s)" + Pattern.quote(KNOWN_MISTAKE_PREFIX + mistakeTitle(id) + ": ") + ".*"));
        }
        all.add(category(NO_KNOWN_MISTAKE,
                "The step ran, but its values differ from PyTorch's beyond the fixture's tolerance, and match no"
                        + " known mistake the fixtures record: the trace and the attachment show the values.",
                List.of("failed"), "(?s)(?!.*is not implemented yet)(?!" + Pattern.quote(KNOWN_MISTAKE_PREFIX)
                        + ").*"));
        all.add(category("Error",
                "The step threw an exception other than NotImplementedYet (a shape mismatch inside DJL, a null, ...).",
                List.of("broken"), "(?s)(?!.*is not implemented yet)(?!(does not compile|timed out|crashed|grader"
                        + " error): )(?!ran out of memory).*"));
        try {
            return JSON.writeValueAsString(all) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode category(String name, String description, List<String> statuses, String regex) {
        ObjectNode c = JSON.createObjectNode();
        c.put("name", name);
        c.put("description", description);
        ArrayNode s = c.putArray("matchedStatuses");
        statuses.forEach(s::add);
        c.put("messageRegex", regex);
        return c;
    }

    /** The committed categories ({@link #RESOURCE}), as Allure reads them. */
    public static byte[] committed() {
        try (InputStream in = AllureCategories.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path's root (grader's"
                        + " src/main/resources)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE + " from the class path", e);
        }
    }

    /**
     * Every known mistake the golden fixtures declare (each case's {@code mistakes}), sorted; a fixture that cannot
     * be read is skipped here (its tests report it).
     */
    public static SortedSet<String> declaredMistakes() {
        SortedSet<String> ids = new TreeSet<>();
        for (StepId step : Fixtures.goldenSteps()) {
            try {
                for (FixtureCase c : Fixtures.golden(step.toString()).cases()) {
                    c.expectedNames().forEach(key -> ids.addAll(c.mistakes(key).keySet()));
                }
            } catch (RuntimeException e) {
                // a damaged fixture: its own tests say so
            }
        }
        return ids;
    }

    /** The categories for the fixtures on the class path, in the layout of the committed file. */
    public static String fromFixtures() {
        return json(declaredMistakes());
    }
}
