package nnlab.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code nnlab merge}: copies every student folder (one holding a submission.json) of the shards' output folders
 * into one output folder. A student in two shards, or already in the output folder from elsewhere, is an error and
 * nothing is copied.
 */
public final class ShardMerge {

    private ShardMerge() {
    }

    /**
     * Copies the shards' students into {@code out}; returns how many.
     *
     * @throws BatchInputException for a shard folder that does not exist or a student found twice
     */
    public static int merge(Path out, List<Path> shards) throws IOException {
        Map<String, Path> students = new HashMap<>();
        List<Path[]> copies = new ArrayList<>();
        for (Path shard : shards) {
            if (!Files.isDirectory(shard)) {
                throw new BatchInputException(shard + ": no such folder");
            }
            boolean same = Files.exists(out) && Files.isSameFile(shard, out);
            try (Stream<Path> list = Files.list(shard)) {
                for (Path dir : list.filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)
                        && Files.isRegularFile(d.resolve(SubmissionRecord.FILE), LinkOption.NOFOLLOW_LINKS))
                        .sorted().toList()) {
                    String name = dir.getFileName().toString();
                    Path before = students.put(name.toLowerCase(Locale.ROOT), dir);
                    if (before != null) {
                        throw new BatchInputException("student '" + name + "' is in two shards: " + before.getParent()
                                + " and " + shard);
                    }
                    if (!same) {
                        copies.add(new Path[] {dir, out.resolve(name)});
                    }
                }
            }
        }
        for (Path[] copy : copies) {
            if (Files.exists(copy[1], LinkOption.NOFOLLOW_LINKS)) {
                throw new BatchInputException("student '" + copy[1].getFileName() + "' is already in " + out
                        + " (merge into an empty folder)");
            }
        }
        Files.createDirectories(out);
        for (Path[] copy : copies) {
            StudentGrading.copyTree(copy[0], copy[1]);
        }
        return students.size();
    }
}
