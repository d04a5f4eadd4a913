package nnlab.grader.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * One of N shards of a class ({@code --shard K/N}, K from 1): the students whose index in the class sorted by name
 * (without case; submissions and the roster's missing students together) is K-1 modulo N. Round-robin rather than
 * contiguous, so each shard gets an even mix whatever the names.
 */
public record Shard(int k, int n) {

    /** The whole class. */
    public static final Shard ALL = new Shard(1, 1);

    /**
     * Parses {@code K/N}.
     *
     * @throws BatchInputException when it is not two whole numbers with 1 ≤ K ≤ N
     */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                int k = Integer.parseInt(parts[0].strip());
                int n = Integer.parseInt(parts[1].strip());
                if (k >= 1 && n >= 1 && k <= n) {
                    return new Shard(k, n);
                }
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new BatchInputException("--shard '" + text + "': expected K/N with 1 <= K <= N, such as 2/4");
    }

    /** This shard's part of a list sorted by name. */
    public <T> List<T> select(List<T> sorted) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i % n == k - 1) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
