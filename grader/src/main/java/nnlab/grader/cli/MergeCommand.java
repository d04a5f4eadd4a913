package nnlab.grader.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nnlab.grader.batch.ClassOutputs;
import nnlab.grader.batch.ShardMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nnlab merge}: joins the output folders of {@code nnlab grade --shard} runs and writes the class outputs. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = NnlabVersion.class,
        header = "Join the outputs of sharded nnlab grade runs into one class.",
        description = {"Copies the student folders of every SHARD_DIR (outputs of nnlab grade --shard K/N) into DIR,"
            + " then writes the gradebook and the class report there. A student in two shards is an error (exit 2)."},
        footer = {"", "Example: ./nnlab merge --out graded shard-1 shard-2 shard-3"})
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the merged output folder")
    private Path out;

    @Option(names = "--roster", paramLabel = "FILE", description = "the roster the shards were graded with")
    private Path roster;

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "the shards' output folders")
    private List<Path> shards;

    @Override
    public Integer call() throws Exception {
        if (roster != null) {
            Inputs.readableFile(spec, "--roster", roster, "a CSV roster with a header: id, name (or github)");
        }
        int students = ShardMerge.merge(out.toAbsolutePath().normalize(), shards);
        ClassOutputs.write(out.toAbsolutePath().normalize(), Optional.ofNullable(roster));
        System.out.println("nnlab merge: " + students + " students written to " + out);
        return 0;
    }
}
