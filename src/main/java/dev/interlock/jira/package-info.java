/**
 * Jira REST wire format: Jackson DTOs that mirror the JSON and the mapper from DTOs to the model.
 */
@NullMarked
package dev.interlock.jira;

import org.jspecify.annotations.NullMarked;
