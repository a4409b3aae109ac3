package dev.interlock.model;

/** Counts in proper English, for every message Interlock prints or writes: "1 link", "3 links". */
public final class Words {
  private Words() {}

  /** {@code n} and the noun, singular for exactly one: {@code count(3, "link")} is "3 links". */
  public static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  /**
   * {@code n} and the noun for nouns with an irregular plural ("1 dependency", "2 dependencies").
   */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
