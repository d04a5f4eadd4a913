package nnlab.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the module's JSON files field by field, so that every problem names the file and the field. */
final class JsonFields {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    private JsonFields(Path file) {
        this.file = file;
    }

    static JsonFields of(Path file) {
        return new JsonFields(file);
    }

    /** The file's top-level object. */
    JsonNode readObject(String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SubmissionInputException(file + ": missing (expected " + what + ")");
        } catch (IOException e) {
            throw new SubmissionInputException(file + ": cannot be read (" + e + ")", e);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new SubmissionInputException(file + ": not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new SubmissionInputException(file + ": cannot be read (" + e + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new SubmissionInputException(file + ": expected a JSON object holding " + what);
        }
        return root;
    }

    JsonNode array(JsonNode parent, String field, String where) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            throw problem(where + field, node == null ? "missing (expected an array)" : "expected an array");
        }
        return node;
    }

    JsonNode object(JsonNode node, String where) {
        if (!node.isObject()) {
            throw problem(where, "expected an object");
        }
        return node;
    }

    String string(JsonNode parent, String field, String where) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual()) {
            throw problem(where + field, node == null ? "missing (expected a string)" : "expected a string");
        }
        return node.textValue();
    }

    List<String> strings(JsonNode parent, String field, String where) {
        JsonNode array = array(parent, field, where);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) {
                throw problem(where + field + "[" + i + "]", "expected a string");
            }
            out.add(array.get(i).textValue());
        }
        return List.copyOf(out);
    }

    SubmissionInputException problem(String field, String what) {
        return new SubmissionInputException(file + ": " + field + ": " + what);
    }
}
