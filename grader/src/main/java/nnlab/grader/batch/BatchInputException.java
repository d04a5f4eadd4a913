package nnlab.grader.batch;

/** A problem with what the instructor gave {@code nnlab grade} or {@code nnlab merge}: one line, exit code 2. */
public final class BatchInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BatchInputException(String message) {
        super(message);
    }
}
