package dev.interlock.sample;

/**
 * The sprints an issue is in, as indices into its project's sprints: from {@code first} through
 * {@code last}, because an unfinished issue is carried over into each next sprint.
 */
record SprintSpan(int first, int last) {
  SprintSpan {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("not a sprint span: " + first + ".." + last);
    }
  }
}
