package dev.interlock;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Lists, at the end of a test run, the tests skipped for want of the shared folder (see {@link
 * SharedFiles}): one line per test class with the count and the missing path, so a green build
 * without {@code ../shared} says exactly what it did not run. Registered through {@code
 * META-INF/services}; prints nothing when nothing was skipped that way.
 */
public final class SharedFilesSkipReport implements TestExecutionListener {
  private final Map<String, Map<String, Integer>> byClass = new TreeMap<>();

  @Override
  public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
    Optional<String> reason =
        result.getThrowable().map(Throwable::getMessage).filter(SharedFilesSkipReport::isOurs);
    if (result.getStatus() != TestExecutionResult.Status.ABORTED || reason.isEmpty()) {
      return;
    }
    String owner =
        test.getSource()
            .filter(MethodSource.class::isInstance)
            .map(s -> ((MethodSource) s).getClassName())
            .orElse(test.getDisplayName());
    byClass.computeIfAbsent(owner, k -> new TreeMap<>()).merge(reason.get(), 1, Integer::sum);
  }

  private static boolean isOurs(String message) {
    return message != null && message.startsWith(SharedFiles.SKIP_PREFIX);
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan plan) {
    if (byClass.isEmpty()) {
      return;
    }
    int total = byClass.values().stream().flatMap(m -> m.values().stream()).mapToInt(i -> i).sum();
    StringBuilder out = new StringBuilder();
    out.append("skipped ").append(total).append(" test(s) that need the shared folder (-D");
    out.append(SharedFiles.REQUIRE_PROPERTY).append("=true makes them fail instead):\n");
    byClass.forEach(
        (owner, reasons) ->
            reasons.forEach(
                (reason, n) ->
                    out.append("  ")
                        .append(owner)
                        .append(" (")
                        .append(n)
                        .append("): ")
                        .append(reason)
                        .append('\n')));
    System.out.print(out);
  }
}
