package dev.interlock.sample;

/**
 * What {@link SampleGenerator#writeTo} wrote: {@code issues} issues, {@code links} distinct issue
 * links (a link to an issue outside the data counts once), in {@code files} files.
 */
public record GeneratedSample(int issues, int links, int files) {}
