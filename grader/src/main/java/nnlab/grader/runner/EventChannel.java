package nnlab.grader.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The child's side of the loopback socket: one JSON event per line, flushed at once. */
final class EventChannel {

    static final ObjectMapper JSON = new ObjectMapper();

    private final OutputStream out;

    EventChannel(OutputStream out) {
        this.out = out;
    }

    synchronized void send(RunnerEvent event) {
        try {
            byte[] line = JSON.writeValueAsBytes(event);
            out.write(line);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the grading parent is gone: " + e.getMessage(), e);
        }
    }
}
