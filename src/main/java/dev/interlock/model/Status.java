package dev.interlock.model;

/** A workflow status by name, with its category. */
public record Status(String name, StatusCategory category) {
  public boolean isDone() {
    return category == StatusCategory.DONE;
  }
}
