package dev.interlock.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON value, in the terms of the file or answer that holds it: "expected a
 * list, found an object". Jackson's own words name Interlock's Java classes, which mean nothing to
 * the person who has to fix a snapshot or a site; they are used only where they name none.
 */
public final class JsonProblems {
  private JsonProblems() {}

  /** The reason, without location, Java class names or Jackson's wording of them. */
  public static String reason(JsonProcessingException e) {
    String reason = e.getOriginalMessage();
    reason = cut(cut(reason == null ? "" : reason, "\n"), " (start marker");
    if (!reason.isEmpty() && !JAVA_NAME.matcher(reason).find()) {
      return reason;
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String found =
          e instanceof InvalidFormatException format
              ? "the value " + quote(format.getValue())
              : found(reason);
      return "expected "
          + kind(mismatch.getTargetType())
          + (found == null ? "" : ", found " + found);
    }
    return "a value of the wrong kind for this field";
  }

  private static final Pattern JAVA_NAME =
      Pattern.compile("`[\\w.$<>, ]+`|dev\\.interlock|java\\.");
  private static final Pattern FOUND =
      Pattern.compile(
          "from (Object|Array|String|Integer|Floating-point|Boolean|Null) value(?: \\('(.*)'\\))?");

  private static String found(String message) {
    Matcher m = FOUND.matcher(message);
    if (!m.find()) {
      return null;
    }
    return switch (m.group(1)) {
      case "Object" -> "an object";
      case "Array" -> "a list";
      case "String" -> m.group(2) == null ? "a text" : "the text " + quote(m.group(2));
      case "Integer", "Floating-point" -> "a number";
      case "Boolean" -> "true or false";
      default -> "null";
    };
  }

  private static String kind(Class<?> type) {
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type == String.class || type.isEnum()) {
      return "a text";
    }
    if (Number.class.isAssignableFrom(type)
        || (type.isPrimitive() && type != boolean.class && type != char.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (TemporalAccessor.class.isAssignableFrom(type)) {
      return "a date";
    }
    return "an object";
  }

  private static String quote(Object value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
  }

  private static String cut(String text, String marker) {
    int at = text.indexOf(marker);
    return at < 0 ? text.strip() : text.substring(0, at).strip();
  }
}
