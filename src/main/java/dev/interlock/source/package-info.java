/**
 * Where a snapshot comes from: the {@link dev.interlock.source.Source} seam and {@link
 * dev.interlock.source.OfflineSource}, which reads a folder of saved Jira responses through the
 * same DTOs and mapper as the live client, and {@link dev.interlock.source.LiveSource}, which pulls
 * from Jira into such a folder and reads it back the same way. Failures are {@link
 * dev.interlock.source.SourceException}s whose message is meant for the user.
 */
@NullMarked
package dev.interlock.source;

import org.jspecify.annotations.NullMarked;
