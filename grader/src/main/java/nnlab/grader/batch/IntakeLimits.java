package nnlab.grader.batch;

/**
 * What a submission may hold: each student file at most {@code maxFileBytes}, and all its files together (an
 * archive unpacked, a folder's files outside {@code .git/}, {@code target/} and IDE folders) at most
 * {@code maxTotalBytes}. Over either, the submission is broken and not graded.
 */
public record IntakeLimits(long maxFileBytes, long maxTotalBytes) {

    /** 1 MiB a student file, 100 MiB in all. */
    public static final IntakeLimits DEFAULT = new IntakeLimits(1L << 20, 100L << 20);

    static String mib(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB" : String.format(java.util.Locale.ROOT, "%.1f MiB",
                bytes / (double) (1L << 20));
    }
}
