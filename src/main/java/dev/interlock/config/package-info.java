/**
 * The YAML configuration, read by {@link dev.interlock.config.ConfigLoader} into validated
 * immutable records; errors ({@link dev.interlock.config.ConfigException}) name the file, line,
 * column and key. Credentials stay {@link dev.interlock.config.Secret} templates until a live run
 * resolves them from the environment or a token file.
 */
@NullMarked
package dev.interlock.config;

import org.jspecify.annotations.NullMarked;
