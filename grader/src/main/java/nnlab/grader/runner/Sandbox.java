package nnlab.grader.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where instructor grading runs the student's JVM: under bubblewrap ({@code bwrap}, Debian's and Ubuntu's package
 * {@code bubblewrap}) when it works here, with the whole file system read-only, the instructor's secrets (the hidden
 * fixtures, the other students' results) replaced by empty folders, only the case's own log folder writable, a
 * private {@code /tmp}, and its own process namespace, so that nothing it starts outlives it. Without bubblewrap the
 * grade is still judged outside the student's JVM, but the student's code could read files by path; the run says so.
 *
 * @param hidden folders (seen empty) and files (seen as empty files) the student's JVM must not see
 * @param readable paths inside hidden folders it must still read (its class path)
 * @param writable the one folder it may write (its log folder, where it works)
 */
record Sandbox(List<Path> hidden, List<Path> readable, Path writable) {

    private static volatile Boolean usable;

    Sandbox {
        hidden = List.copyOf(hidden);
        readable = List.copyOf(readable);
    }

    /** Whether bubblewrap runs here (checked once per JVM). */
    static boolean available() {
        Boolean known = usable;
        if (known == null) {
            known = probe();
            usable = known;
        }
        return known;
    }

    private static boolean probe() {
        if (!ChildJvm.hasUlimit()) {
            return false;
        }
        try {
            List<String> command = new ArrayList<>(prefix(List.of(), List.of(),
                    Path.of(System.getProperty("java.io.tmpdir"))));
            command.add("true");
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The command that runs what follows it in the sandbox. */
    List<String> prefix() {
        return prefix(hidden, readable, writable);
    }

    private static List<String> prefix(List<Path> hidden, List<Path> readable, Path writable) {
        List<String> c = new ArrayList<>(List.of("bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
                "--tmpfs", "/tmp", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--die-with-parent",
                "--new-session"));
        for (Path h : hidden) {
            Path abs = h.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                c.addAll(List.of("--tmpfs", abs.toString()));
            } else if (Files.isRegularFile(abs)) {
                c.addAll(List.of("--ro-bind", "/dev/null", abs.toString()));
            }
        }
        Path tmp = Path.of("/tmp");
        for (Path r : readable) {
            Path abs = r.toAbsolutePath().normalize();
            // Under a hidden folder, or under /tmp, which the sandbox replaces by an empty one of its own.
            if (Files.exists(abs) && (abs.startsWith(tmp)
                    || hidden.stream().anyMatch(h -> abs.startsWith(h.toAbsolutePath().normalize())))) {
                c.addAll(List.of("--ro-bind", abs.toString(), abs.toString()));
            }
        }
        Path w = writable.toAbsolutePath().normalize();
        c.addAll(List.of("--bind", w.toString(), w.toString(), "--"));
        return c;
    }
}
