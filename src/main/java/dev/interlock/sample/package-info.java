/**
 * A deterministic, seeded generator of believable Jira data in the REST wire format, for the
 * bundled sample and for benchmarks.
 */
@NullMarked
package dev.interlock.sample;

import org.jspecify.annotations.NullMarked;
