package nnlab.grader.runner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nnlab.fixtures.Fixtures;

/**
 * The names of a step's fixture cases, read by streaming over the fixture's JSON ({@code cases[*].name}) without
 * building its tensors: the parent needs only how many cases a parameterized test has and what they are called,
 * and reading every fixture whole would cost the run two seconds before any test starts.
 */
final class FixtureCaseNames {

    /** As the fixture reader: Python's json writes NaN and Infinity bare. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private FixtureCaseNames() {
    }

    /**
     * @throws IOException naming the fixture and the field when it is missing or holds no named cases
     */
    static List<String> of(String step) throws IOException {
        String resource = Fixtures.GOLDEN_DIR + step + ".json";
        try (InputStream in = FixtureCaseNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + ": not on the class path (expected the golden fixture of " + step + ")");
            }
            try (JsonParser p = JSON.createParser(in)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException(resource + ": expected a JSON object");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("cases")) {
                        return names(resource, p);
                    }
                    p.skipChildren();
                }
                throw new IOException(resource + ": cases: missing (expected a list of named cases)");
            }
        }
    }

    private static List<String> names(String resource, JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException(resource + ": cases: expected a list of named cases");
        }
        List<String> names = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String name = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("name")) {
                    name = p.getValueAsString();
                } else {
                    p.skipChildren();
                }
            }
            if (name == null) {
                throw new IOException(resource + ": cases[" + names.size() + "].name: missing");
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            throw new IOException(resource + ": cases: expected at least one case, found none");
        }
        return names;
    }
}
