package dev.interlock.report;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A template filter without arguments that turns one agenda value into text. Its result is still
 * auto-escaped by the template's escaping strategy.
 */
final class TextFilter<T> implements Filter {
  private final Class<T> type;
  private final Function<T, ?> function;

  TextFilter(Class<T> type, Function<T, ?> function) {
    this.type = type;
    this.function = function;
  }

  @Override
  public List<String> getArgumentNames() {
    return List.of();
  }

  @Override
  public Object apply(
      Object input,
      Map<String, Object> args,
      PebbleTemplate self,
      EvaluationContext context,
      int lineNumber) {
    if (!type.isInstance(input)) {
      throw new IllegalArgumentException(
          self.getName()
              + ":"
              + lineNumber
              + ": filter expects "
              + type.getSimpleName()
              + ", got "
              + (input == null ? "null" : input.getClass().getSimpleName()));
    }
    return function.apply(type.cast(input));
  }
}
