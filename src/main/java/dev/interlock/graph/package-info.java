/** The dependency graph (blocker to blocked) and the team graph on JGraphT, and cycle detection. */
@NullMarked
package dev.interlock.graph;

import org.jspecify.annotations.NullMarked;
