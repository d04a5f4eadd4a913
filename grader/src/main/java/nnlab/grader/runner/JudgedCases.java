package nnlab.grader.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import nnlab.fixtures.HiddenCases;

/**
 * The fixture cases the parent judges with, in the order the child runs them: a step's public cases (from the
 * parent's own class path), then the hidden cases the student is graded on. The child's fixtures list the same cases
 * in the same order (sealed when an instructor grades), so a case's index means the same on both sides.
 */
final class JudgedCases {

    private final HiddenCases hidden;
    private final Map<String, List<FixtureCase>> cases = new ConcurrentHashMap<>();

    /** @param hidden the hidden cases to grade, or null for the public ones only */
    JudgedCases(HiddenCases hidden) {
        this.hidden = hidden;
    }

    /** The hidden cases graded, or null. */
    HiddenCases hidden() {
        return hidden;
    }

    /** The names of a step's hidden cases this run grades, in order (none without hidden cases). */
    List<String> hiddenNames(String step) {
        return hidden == null ? List.of() : hidden.selected(step).stream().map(FixtureCase::name).toList();
    }

    /** A step's case by its index, or null when there is no such case. */
    FixtureCase at(String step, int index) {
        List<FixtureCase> all = cases.computeIfAbsent(step, s -> {
            List<FixtureCase> list = new ArrayList<>(Fixtures.golden(s).cases());
            if (hidden != null) {
                list.addAll(hidden.selected(s));
            }
            return List.copyOf(list);
        });
        return index >= 0 && index < all.size() ? all.get(index) : null;
    }
}
