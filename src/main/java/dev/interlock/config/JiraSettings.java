package dev.interlock.config;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How to reach Jira. Cloud authenticates with {@code email} + {@code token} (Basic); Data Center
 * with {@code token} alone (Bearer personal access token). {@code tokenFile} may stand instead of
 * {@code token}.
 */
public record JiraSettings(
    URI url,
    JiraFlavor flavor,
    @Nullable Secret email,
    @Nullable Secret token,
    @Nullable Path tokenFile) {}
