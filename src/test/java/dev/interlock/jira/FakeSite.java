package dev.interlock.jira;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** A client of the WireMock fake on its dynamic port, with recorded waits and log lines. */
final class FakeSite {
  static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
  static final JiraAuth AUTH = JiraAuth.basic("bot@acme.example", "s3cr3t-token");
  static final RetryPolicy RETRY =
      new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(60));

  final RecordingSleeper sleeper = new RecordingSleeper();
  final RecordingLog log = new RecordingLog();
  final JiraHttp http;

  FakeSite(WireMockExtension wm) {
    this(wm, AUTH);
  }

  FakeSite(WireMockExtension wm, JiraAuth auth) {
    Pacing pacing = new Pacing(sleeper, Jitter.NONE, Clock.fixed(NOW, ZoneOffset.UTC));
    http =
        new JiraHttp(
            URI.create(wm.baseUrl()), auth, HttpOptions.DEFAULT.withRetry(RETRY), pacing, log);
  }
}
