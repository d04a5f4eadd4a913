package nnlab.grader.release;

/** A reference source the release tool cannot turn into a stub; the message names the file and line. */
public final class ReleaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReleaseException(String message) {
        super(message);
    }
}
