package nnlab.submission;

/**
 * A problem with the tolerant compiler's own inputs (a missing or malformed manifest, an unreadable file), as
 * opposed to a student's mistake. The message is one line naming the file and, where there is one, the field.
 */
public final class SubmissionInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubmissionInputException(String message) {
        super(message);
    }

    public SubmissionInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
