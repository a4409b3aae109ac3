package dev.interlock.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a class's {@code main} in a separate JVM on the test class path, for the tests that need a
 * second process: file locks, SIGKILL in the middle of a pull, a crash inside a transaction.
 */
public final class JavaProcess {
  private JavaProcess() {}

  /** Starts {@code main} of {@code mainClass} with {@code args}; stdout and stderr go to files. */
  public static Process start(Path logDir, Class<?> mainClass, String... args) throws IOException {
    return start(logDir, java.util.Map.of(), mainClass, args);
  }

  /** As {@link #start(Path, Class, String...)}, with {@code env} added to the environment. */
  public static Process start(
      Path logDir, java.util.Map<String, String> env, Class<?> mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    String name = mainClass.getSimpleName();
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    return builder
        .redirectOutput(logDir.resolve(name + ".out").toFile())
        .redirectError(logDir.resolve(name + ".err").toFile())
        .start();
  }

  /** Waits up to a minute for {@code p} to end; returns its exit code. */
  public static int await(Process p) throws InterruptedException {
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the child process did not end within 60 s");
    }
    return p.exitValue();
  }

  /** What the child printed on stderr. */
  public static String stderr(Path logDir, Class<?> mainClass) throws IOException {
    return java.nio.file.Files.readString(
        logDir.resolve(mainClass.getSimpleName() + ".err"), StandardCharsets.UTF_8);
  }
}
