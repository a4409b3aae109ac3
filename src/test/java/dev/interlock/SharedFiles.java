package dev.interlock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Files the tests read from the shared folder beside the project ({@code ../shared}: the Jira
 * OpenAPI spec and real Jira data), which is never copied into the repository.
 *
 * <p>The folder is the system property {@code interlock.shared} (surefire sets it to {@code
 * ../shared}), else the environment variable {@code INTERLOCK_SHARED}, else {@code ../shared} from
 * the working directory. A missing file skips the test that needs it (a JUnit assumption whose
 * reason names the path; that run's folder also prints it once per path), unless {@code
 * interlock.requireShared} is {@code true}, as in CI, where it fails the test naming the path.
 */
public final class SharedFiles {
  public static final String FOLDER_PROPERTY = "interlock.shared";
  public static final String FOLDER_ENV = "INTERLOCK_SHARED";
  public static final String REQUIRE_PROPERTY = "interlock.requireShared";

  /** How the reason of every skip for a missing shared file starts. */
  public static final String SKIP_PREFIX = "skipped: needs ";

  private static final Set<Path> REPORTED = ConcurrentHashMap.newKeySet();

  private final Path folder;
  private final boolean required;
  private final boolean announce;

  /** Files in {@code folder}; missing ones fail the test when {@code required}, else skip it. */
  public SharedFiles(Path folder, boolean required) {
    this(folder, required, false);
  }

  private SharedFiles(Path folder, boolean required, boolean announce) {
    this.folder = folder;
    this.required = required;
    this.announce = announce;
  }

  /** The shared folder and rule this test run was started with. */
  public static SharedFiles ofThisRun() {
    String property = System.getProperty(FOLDER_PROPERTY);
    String env = System.getenv(FOLDER_ENV);
    String folder = property != null ? property : env != null ? env : "../shared";
    return new SharedFiles(Path.of(folder), Boolean.getBoolean(REQUIRE_PROPERTY), true);
  }

  /** True when a missing file fails the test rather than skipping it. */
  public boolean required() {
    return required;
  }

  /** {@code relative} in the shared folder of this run; skips or fails the test when missing. */
  public static Path require(String relative) {
    return ofThisRun().file(relative);
  }

  /**
   * {@code relative} (e.g. {@code realdata/apache-2014/issues.jsonl.gz}) in this shared folder, a
   * regular file or a folder. When it is missing, aborts the current test with one line naming the
   * path, or fails it when the shared files are required. (Called from {@code @BeforeAll}, an abort
   * skips the class without listing its tests; call it per test to have each reported.)
   */
  public Path file(String relative) {
    Path path = folder.resolve(relative).toAbsolutePath().normalize();
    if (Files.exists(path)) {
      return path;
    }
    if (required) {
      return Assertions.fail(
          "missing shared file "
              + path
              + " (-D"
              + REQUIRE_PROPERTY
              + "=true: the shared folder must be beside the project, or named by -D"
              + FOLDER_PROPERTY
              + ")");
    }
    String reason = SKIP_PREFIX + path + " (the shared folder beside the project)";
    if (announce && REPORTED.add(path)) {
      System.out.println(reason);
    }
    return Assumptions.abort(reason);
  }
}
