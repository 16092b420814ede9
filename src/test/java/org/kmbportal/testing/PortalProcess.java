package org.kmbportal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portal run the way an administrator runs it: {@code java -jar target/payara-micro.jar ... --deploy
 * target/kmb-portal.war} in its own process, on a free loopback port, with its own data dir. Browser tests and crash
 * tests use it; it can be stopped politely or killed.
 */
public final class PortalProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(480);

    private final Process process;
    private final int port;
    private final Path log;

    private PortalProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the portal and waits until {@code /health/ready} answers UP. */
    public static PortalProcess start(String name, Path dataDir, Map<String, String> environment) {
        return start(name, dataDir, environment, System.getProperty("it.jvm", "-Xmx768m"));
    }

    /** Starts the portal with the given JVM options and waits until {@code /health/ready} answers UP. */
    public static PortalProcess start(String name, Path dataDir, Map<String, String> environment, String jvmOptions) {
        PortalProcess portal = launch(name, dataDir, environment, jvmOptions);
        portal.awaitReady();
        return portal;
    }

    /** Starts the portal without waiting: for tests that kill it part-way through starting. */
    public static PortalProcess launch(String name, Path dataDir, Map<String, String> environment) {
        return launch(name, dataDir, environment, System.getProperty("it.jvm", "-Xmx768m"));
    }

    private static PortalProcess launch(String name, Path dataDir, Map<String, String> environment,
            String jvmOptions) {
        Path project = TestDatabase.projectDir();
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        command.addAll(List.of("-jar", project.resolve("target/payara-micro.jar").toString(), "--nocluster",
                "--disablephonehome", "--port", String.valueOf(port), "--contextroot", "/", "--prebootcommandfile",
                project.resolve("server-config/boot-commands.asadmin").toString(), "--deploy",
                project.resolve("target/kmb-portal.war").toString()));
        try {
            Path logs = Files.createDirectories(project.resolve("target/portal-logs"));
            Path log = logs.resolve(name + ".log");
            Files.deleteIfExists(log);
            ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("KMB_DATA_DIR", dataDir.toString());
            builder.environment().put("KMB_CONTENT_DIR", project.resolve("content").toString());
            builder.environment().putAll(environment);
            return new PortalProcess(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public Path log() {
        return log;
    }

    /** The operating system's id of the portal's JVM (for reading its memory from {@code /proc}). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the portal's log has a line containing the text (it may be written before this call). */
    public void awaitLog(String text, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Files.exists(log) && Files.readString(log).contains(text)) {
                    return;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited before logging '" + text + "':\n" + tail());
            }
            sleep(20);
        }
        // Not left running behind a failed test (it would slow every later one on the machine).
        process.destroyForcibly();
        throw new IllegalStateException("The portal did not log '" + text + "' within " + timeout + ":\n" + tail());
    }

    public void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (Http.get(base(), "/health/ready").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The portal was not ready within " + READY_TIMEOUT + ":\n" + tail());
    }

    /** Stops the portal as an administrator would (SIGTERM), and waits for it to exit. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    /** Kills the portal at once (SIGKILL), as a crash or power cut would. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The port {@code kmb.portal.port} names (on a shared machine, one's own), else any free one. */
    private static int freePort() {
        int wanted = Integer.getInteger("kmb.portal.port", 0);
        try (ServerSocket socket = new ServerSocket(wanted, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
