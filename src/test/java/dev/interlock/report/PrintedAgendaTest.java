package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's agenda.html (the reviewed golden copy the README's command writes) printed to A4 by
 * headless Chromium: everything up to the parking lot fits on two pages. Needs {@code chromium} and
 * poppler's {@code pdfinfo} and {@code pdftotext} on the PATH ({@code .ci/run} installs them);
 * skipped with one line saying so where they are missing.
 */
class PrintedAgendaTest {
  private static final Path SAMPLE_HTML = Path.of("src/test/resources/golden/acme/agenda.html");
  private static final long TIMEOUT_SECONDS = 120;

  @TempDir Path tmp;

  @Test
  void theSamplePrintsEverythingUpToTheParkingLotOnTwoA4Pages() throws Exception {
    Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
    Optional<Path> pdftotext = onPath("pdftotext");
    Optional<Path> pdfinfo = onPath("pdfinfo");
    assumeTrue(
        chromium.isPresent() && pdftotext.isPresent() && pdfinfo.isPresent(),
        "skipped: chromium, pdfinfo or pdftotext is not installed; install chromium and"
            + " poppler-utils to check how agenda.html prints");
    Path pdf = tmp.resolve("agenda.pdf");
    run(
        chromium.get().toString(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        "--user-data-dir=" + tmp.resolve("profile"),
        "--print-to-pdf=" + pdf,
        SAMPLE_HTML.toAbsolutePath().toUri().toString());
    int pages = pages(run(pdfinfo.get().toString(), pdf.toString()));

    int parkingLot = 0;
    for (int page = 1; page <= pages && parkingLot == 0; page++) {
      String text =
          run(pdftotext.get().toString(), "-f", "" + page, "-l", "" + page, pdf.toString(), "-");
      if (text.lines().anyMatch(l -> l.strip().equals("Parking lot"))) {
        parkingLot = page;
      }
    }
    assertThat(parkingLot).as("page of the Parking lot heading (of %d)", pages).isBetween(1, 2);
  }

  private static int pages(String pdfinfo) {
    return pdfinfo
        .lines()
        .filter(l -> l.startsWith("Pages:"))
        .map(l -> Integer.parseInt(l.substring("Pages:".length()).strip()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("pdfinfo printed no page count:\n" + pdfinfo));
  }

  private static Optional<Path> onPath(String... names) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : names) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Runs {@code command}, waits for it, and returns its standard output; fails on an error. */
  private String run(String... command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process process =
        new ProcessBuilder(new ArrayList<>(List.of(command)))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command[0] + " did not finish in " + TIMEOUT_SECONDS + " s");
    }
    assertThat(process.exitValue())
        .as("%s failed: %s", command[0], Files.readString(err, StandardCharsets.UTF_8))
        .isEqualTo(0);
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
