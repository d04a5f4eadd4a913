package nnlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeTest {

    static final String LOSSES = "nnlab/lab3/Losses.java";
    static Course course;
    static Map<String, byte[]> reference;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readCourse() throws IOException {
        course = Course.at(BatchFixtures.ROOT);
        reference = BatchFixtures.tree(BatchFixtures.REFERENCE);
    }

    private static Intake.Result read(Path path) {
        return read(path, IntakeLimits.DEFAULT);
    }

    private static Intake.Result read(Path path, IntakeLimits limits) {
        return Intake.read(new SubmissionSource("s", "s", path, SubmissionSource.kindOf(path).orElseThrow()), course,
                limits);
    }

    private static Map<String, byte[]> referenceCheckout() throws IOException {
        return BatchFixtures.checkout(BatchFixtures.solved(course));
    }

    @Test
    void aCheckoutGivesItsStudentFilesAndListsTheOthersItChanged() throws IOException {
        Map<String, byte[]> files = referenceCheckout();
        files.put("pom.xml", Files.readAllBytes(BatchFixtures.ROOT.resolve("pom.xml")));   // the course's own
        files.put("grader/src/test/java/nnlab/lab3/LossesTest.java", "class Forged {}".getBytes(StandardCharsets.UTF_8));
        files.put("exercises/src/main/resources/META-INF/services/org.junit.jupiter.api.extension.Extension",
                "evil.Ext".getBytes(StandardCharsets.UTF_8));
        files.put(".git/config", "x".getBytes(StandardCharsets.UTF_8));
        files.put("grader/target/grade/results.json", "{}".getBytes(StandardCharsets.UTF_8));
        Intake.Result r = read(BatchFixtures.writeFolder(tmp.resolve("alice"), files));
        assertThat(r.status()).isEqualTo(Intake.Status.GRADED);
        assertThat(r.studentFiles().keySet()).containsExactlyElementsOf(course.studentFiles());
        assertThat(r.studentFiles().get(LOSSES)).isEqualTo(reference.get(LOSSES));
        assertThat(r.notGraded()).containsExactly(
                "exercises/src/main/resources/META-INF/services/org.junit.jupiter.api.extension.Extension",
                "grader/src/test/java/nnlab/lab3/LossesTest.java");
    }

    @Test
    void givenFilesThatAreNotStudentFilesAreNotTakenEvenWhenChanged() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(Course.SOURCES + LOSSES, reference.get(LOSSES));
        files.put(Course.SOURCES + "nnlab/lab5/Batch.java", "changed".getBytes(StandardCharsets.UTF_8));
        Intake.Result r = read(BatchFixtures.writeFolder(tmp.resolve("bob"), files));
        assertThat(r.studentFiles().keySet()).containsExactly(LOSSES);
        assertThat(r.notGraded()).containsExactly(Course.SOURCES + "nnlab/lab5/Batch.java");
        assertThat(r.studentPaths()).containsExactly(Course.SOURCES + LOSSES);
    }

    @Test
    void aZipWithATopFolderIsReadFromThatFolder() throws IOException {
        Intake.Result r = read(BatchFixtures.writeZip(tmp.resolve("carol.zip"), "carol-main/", referenceCheckout()));
        assertThat(r.status()).isEqualTo(Intake.Status.GRADED);
        assertThat(r.studentFiles()).hasSize(course.studentFiles().size());
        assertThat(r.notGraded()).isEmpty();
    }

    @Test
    void tarAndTarGzAreRead() throws IOException {
        Intake.Result gz = read(BatchFixtures.writeTar(tmp.resolve("d.tar.gz"), "", referenceCheckout(), true));
        Intake.Result plain = read(BatchFixtures.writeTar(tmp.resolve("e.tar"), "top/", referenceCheckout(), false));
        Intake.Result tgz = read(BatchFixtures.writeTar(tmp.resolve("f.tgz"), "", referenceCheckout(), true));
        for (Intake.Result r : new Intake.Result[] {gz, plain, tgz}) {
            assertThat(r.status()).isEqualTo(Intake.Status.GRADED);
            assertThat(r.studentFiles().get(LOSSES)).isEqualTo(reference.get(LOSSES));
        }
    }

    @Test
    void aZipSlipEntryIsNeverTaken() throws IOException {
        Path zip = tmp.resolve("slip.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            for (String name : new String[] {"../" + Course.SOURCES + LOSSES, "/etc/" + Course.SOURCES + LOSSES}) {
                out.putArchiveEntry(new ZipArchiveEntry(name));
                out.write(reference.get(LOSSES));
                out.closeArchiveEntry();
            }
        }
        Intake.Result r = read(zip);
        assertThat(r.status()).isEqualTo(Intake.Status.EMPTY);
        assertThat(r.studentFiles()).isEmpty();
        assertThat(r.notes()).hasSize(2).allMatch(n -> n.contains("points outside the submission"));
    }

    @Test
    void aSymlinkIsNotAStudentFileInAFolderATarOrAZip() throws IOException {
        Path dir = tmp.resolve("links");
        Path target = Files.writeString(tmp.resolve("secret.txt"), "secret");
        Path link = dir.resolve(Course.SOURCES + LOSSES);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
        Intake.Result folder = read(dir);
        assertThat(folder.status()).isEqualTo(Intake.Status.EMPTY);
        assertThat(folder.notGraded()).containsExactly(Course.SOURCES + LOSSES);
        assertThat(folder.notes()).containsExactly(Course.SOURCES + LOSSES + " is a link: not followed");

        Path tar = tmp.resolve("links.tar");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            TarArchiveEntry entry = new TarArchiveEntry(Course.SOURCES + LOSSES, TarArchiveEntry.LF_SYMLINK);
            entry.setLinkName("/etc/passwd");
            out.putArchiveEntry(entry);
            out.closeArchiveEntry();
        }
        assertThat(read(tar).studentFiles()).isEmpty();

        Path zip = tmp.resolve("links.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            ZipArchiveEntry entry = new ZipArchiveEntry(Course.SOURCES + LOSSES);
            entry.setUnixMode(0120777);
            out.putArchiveEntry(entry);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        assertThat(read(zip).studentFiles()).isEmpty();
    }

    @Test
    void anOversizedStudentFileBreaksTheSubmissionWithItsReason() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(Course.SOURCES + LOSSES, new byte[2048]);
        Intake.Result r = read(BatchFixtures.writeZip(tmp.resolve("big.zip"), "", files), new IntakeLimits(1024, 1 << 20));
        assertThat(r.status()).isEqualTo(Intake.Status.BROKEN);
        assertThat(r.reason()).isEqualTo(Course.SOURCES + LOSSES + " is over 0.0 MiB (the limit of a student file)");
        Intake.Result total = read(BatchFixtures.writeZip(tmp.resolve("bomb.zip"), "", Map.of("a.bin", new byte[4096])),
                new IntakeLimits(1024, 2048));
        assertThat(total.status()).isEqualTo(Intake.Status.BROKEN);
        assertThat(total.reason()).startsWith("over ").contains("of files in all");
    }

    @Test
    void anUnreadableArchiveIsBroken() throws IOException {
        Path zip = Files.writeString(tmp.resolve("junk.zip"), "this is not a zip archive");
        Intake.Result r = read(zip);
        assertThat(r.status()).isEqualTo(Intake.Status.BROKEN);
        assertThat(r.reason()).startsWith("the zip archive cannot be read: ");
        Path tgz = Files.writeString(tmp.resolve("junk.tgz"), "this is not gzip");
        assertThat(read(tgz).status()).isEqualTo(Intake.Status.BROKEN);
    }

    @Test
    void anEmptyFolderIsEmpty() throws IOException {
        Intake.Result r = read(Files.createDirectories(tmp.resolve("nobody")));
        assertThat(r.status()).isEqualTo(Intake.Status.EMPTY);
        assertThat(r.reason()).startsWith("no student file");
    }

    @Test
    void aClassFolderIsOneSubmissionPerMemberWithUniqueSanitisedNames() throws IOException {
        Path cls = tmp.resolve("class");
        BatchFixtures.writeFolder(cls.resolve("Zoë Smith"), referenceCheckout());
        BatchFixtures.writeZip(cls.resolve("alice.zip"), "", referenceCheckout());
        Files.createDirectories(cls.resolve("Alice"));
        Files.writeString(cls.resolve("notes.txt"), "ignored");
        var sources = SubmissionDiscovery.discover(java.util.List.of(cls));
        assertThat(sources).extracting(SubmissionSource::name).containsExactly("Alice", "alice-2", "Zo__Smith");
        assertThat(sources).extracting(SubmissionSource::given).containsExactly("Alice", "alice", "Zoë Smith");
        var single = SubmissionDiscovery.discover(java.util.List.of(cls.resolve("Zoë Smith")));
        assertThat(single).hasSize(1);
    }
}
