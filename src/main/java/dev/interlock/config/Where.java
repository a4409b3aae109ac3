package dev.interlock.config;

/** A place in a configuration file; line and column count from 1, as editors show them. */
record Where(String file, int line, int column) {

  /**
   * An error at this place: {@code "<file>:<line>:<column>: <path>: <what>"}, or without the path
   * when it is empty (the top level of the file).
   */
  ConfigException error(String path, String what) {
    String key = path.isEmpty() ? "" : path + ": ";
    return new ConfigException(file + ":" + line + ":" + column + ": " + key + what);
  }
}
