/** How the agenda is said: Markdown, HTML, JSON and Graphviz DOT. */
@NullMarked
package dev.interlock.report;

import org.jspecify.annotations.NullMarked;
