package dev.interlock.model;

/** A hard dependency stops work; a soft one makes it harder or riskier. */
public enum Strength {
  HARD,
  SOFT
}
