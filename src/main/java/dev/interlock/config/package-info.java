/**
 * The YAML configuration, read into validated immutable records; errors name the file, line and
 * key.
 */
@NullMarked
package dev.interlock.config;

import org.jspecify.annotations.NullMarked;
