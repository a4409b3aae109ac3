package dev.interlock.jira;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every log line. */
final class RecordingLog implements RequestLog {
  final List<String> lines = new CopyOnWriteArrayList<>();

  @Override
  public void log(String line) {
    lines.add(line);
  }
}
