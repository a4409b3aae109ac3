package dev.interlock.jira;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Receives search pages as they arrive: the raw JSON (to save) and its reading. */
@FunctionalInterface
interface PageSink {
  void accept(ObjectNode raw, SearchPageDto page) throws JiraException;
}
