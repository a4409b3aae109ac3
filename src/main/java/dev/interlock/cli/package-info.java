/** The picocli commands; the only place that wires the packages together. */
@NullMarked
package dev.interlock.cli;

import org.jspecify.annotations.NullMarked;
