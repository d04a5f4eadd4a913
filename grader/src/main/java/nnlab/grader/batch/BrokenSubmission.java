package nnlab.grader.batch;

/** A submission that cannot be taken in: an unreadable archive, or one over the limits. The message is the reason. */
final class BrokenSubmission extends Exception {

    private static final long serialVersionUID = 1L;

    BrokenSubmission(String reason) {
        super(reason);
    }
}
