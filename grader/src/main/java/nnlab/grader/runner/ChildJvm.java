package nnlab.grader.runner;

import java.io.File;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One child JVM as the parent sees it: started with a heap limit and, where the OS has {@code ulimit}, a limit on
 * its data memory (the engine's tensors included); its events arrive on a loopback socket that only the holder of a
 * random token may speak on; what it prints goes to a log file (capped, so that printing in a loop cannot fill the
 * disk) and its last lines are kept to explain a crash. Closing it kills it and every process it started.
 */
final class ChildJvm implements AutoCloseable {

    /** How much a child may print to its log before the rest is dropped. */
    static final long LOG_LIMIT_BYTES = 16L << 20;
    private static final int TAIL_BYTES = 16 << 10;
    /** The longest event a child may send (an observation holds a tensor: lab 8's largest is under 2 MiB). */
    static final int EVENT_LIMIT_BYTES = 64 << 20;
    private static final int TAIL_LINES = 30;

    private final Process process;
    private final ServerSocket server;
    private final String token;
    private final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream tail = new ByteArrayOutputStream();
    private final Thread reader;
    private final Thread pump;

    private ChildJvm(Process process, ServerSocket server, String token, Path log) {
        this.process = process;
        this.server = server;
        this.token = token;
        this.reader = daemon("nnlab-child-events", this::readEvents);
        this.pump = daemon("nnlab-child-output", () -> pumpOutput(log));
    }

    private static Thread daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Starts {@code java [jvmOptions] -cp classPath mainClass --port P --token T [args]}.
     *
     * @param dataLimitMiB the limit on the child's data memory (heap, native allocations), 0 for none
     */
    static ChildJvm start(List<String> jvmOptions, String classPath, String mainClass, List<String> args,
            long dataLimitMiB, Path argsFile, Path log) throws IOException {
        return start(jvmOptions, classPath, mainClass, args, dataLimitMiB, argsFile, log, null);
    }

    /** As {@link #start(List, String, String, List, long, Path, Path)}, in {@code sandbox} unless it is null. */
    static ChildJvm start(List<String> jvmOptions, String classPath, String mainClass, List<String> args,
            long dataLimitMiB, Path argsFile, Path log, Sandbox sandbox) throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        List<String> javaArgs = new ArrayList<>(jvmOptions);
        javaArgs.add("-cp");
        // Absolute, since the child works in another folder.
        javaArgs.add(Arrays.stream(classPath.split(File.pathSeparator)).filter(e -> !e.isEmpty())
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator)));
        javaArgs.add(mainClass);
        javaArgs.addAll(List.of("--port", Integer.toString(server.getLocalPort()), "--token", token));
        javaArgs.addAll(args);
        // An argument file keeps a long class path within every OS's command-line limit.
        Files.write(argsFile, javaArgs.stream().map(ChildJvm::quoted).toList(), StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        if (sandbox != null) {
            command.addAll(sandbox.prefix());
        }
        if (dataLimitMiB > 0 && hasUlimit()) {
            command.addAll(List.of("/bin/sh", "-c", "ulimit -d " + (dataLimitMiB << 10) + " && exec \"$0\" \"$@\""));
        }
        command.add(java);
        command.add("@" + argsFile.toAbsolutePath());
        // The child works in the log folder: files its code writes by a relative path, and a crash report of the JVM,
        // land there, never in the source tree.
        Process process = new ProcessBuilder(command).directory(log.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        return new ChildJvm(process, server, token, log);
    }

    static boolean hasUlimit() {
        return !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
                && Files.isExecutable(Path.of("/bin/sh"));
    }

    /** An event and when it arrived. */
    record Received(RunnerEvent event, long atMillis) {
    }

    /** The next event, or null when none came within the wait; {@link RunnerEvent#END} once the child is gone. */
    Received next(long waitMillis) throws InterruptedException {
        return events.poll(Math.max(1, waitMillis), TimeUnit.MILLISECONDS);
    }

    /** Waits for the child's exit code (after {@link RunnerEvent#END}); kills it if it does not exit soon. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            kill();
        }
        pump.join(2000);
        return process.exitValue();
    }

    /** The child's last lines of output. */
    List<String> tail() {
        String text;
        synchronized (tail) {
            text = tail.toString(StandardCharsets.UTF_8);
        }
        List<String> lines = text.lines().map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l).toList();
        return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
    }

    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        try {
            if (process.isAlive()) {
                kill();
            }
            server.close();
            reader.join(2000);
            pump.join(2000);
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void readEvents() {
        try {
            server.setSoTimeout(500);
            Socket accepted = null;
            while (accepted == null) {
                try {
                    accepted = server.accept();
                } catch (SocketTimeoutException e) {
                    if (!process.isAlive()) {
                        return;
                    }
                }
            }
            try (Socket socket = accepted; InputStream in = new java.io.BufferedInputStream(socket.getInputStream())) {
                RunnerEvent hello = EventChannel.JSON.readValue(line(in), RunnerEvent.class);
                if (!RunnerEvent.HELLO.equals(hello.type()) || !token.equals(hello.id())) {
                    return;
                }
                for (byte[] line = line(in); line != null; line = line(in)) {
                    events.add(new Received(EventChannel.JSON.readValue(line, RunnerEvent.class),
                            System.currentTimeMillis()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // A broken or malformed connection ends the child's report, as its death does.
        } finally {
            events.add(new Received(RunnerEvent.of(RunnerEvent.END, null), System.currentTimeMillis()));
        }
    }

    /**
     * One line of the child's report, or null at its end. A line longer than {@link #EVENT_LIMIT_BYTES} ends the
     * report, as a malformed one does: a child cannot exhaust the parent's memory with one answer.
     */
    private static byte[] line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toByteArray();
            }
            if (line.size() >= EVENT_LIMIT_BYTES) {
                throw new IOException("an event of over " + (EVENT_LIMIT_BYTES >> 20) + " MiB");
            }
            line.write(b);
        }
        return line.toByteArray();
    }

    private void pumpOutput(Path log) {
        byte[] buffer = new byte[8192];
        try (InputStream in = process.getInputStream(); OutputStream out = Files.newOutputStream(log)) {
            long written = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (tail) {
                    tail.write(buffer, 0, n);
                    if (tail.size() > TAIL_BYTES) {
                        byte[] last = tail.toByteArray();
                        tail.reset();
                        tail.write(last, last.length - TAIL_BYTES / 2, TAIL_BYTES / 2);
                    }
                }
                if (written + n <= LOG_LIMIT_BYTES) {
                    out.write(buffer, 0, n);
                } else if (written <= LOG_LIMIT_BYTES) {
                    out.write(("%n[nnlab: output past %d MiB dropped]%n".formatted(LOG_LIMIT_BYTES >> 20))
                            .getBytes(StandardCharsets.UTF_8));
                }
                written += n;
            }
        } catch (IOException e) {
            // The child is gone; what it printed so far is in the log.
        }
    }

    private static String quoted(String arg) {
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
