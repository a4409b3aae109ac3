package dev.interlock.graph;

/**
 * A team's place on the team graph of open waits: {@code betweenness} is how many shortest
 * team-to-team wait paths pass through it (JGraphT's unnormalised betweenness); {@code waitsOn} and
 * {@code waitedOnBy} count the distinct other teams on each side.
 */
public record TeamBottleneck(String team, double betweenness, int waitsOn, int waitedOnBy) {}
