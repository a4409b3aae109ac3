/** Where a snapshot comes from: the {@code Source} seam and its offline implementation. */
@NullMarked
package dev.interlock.source;

import org.jspecify.annotations.NullMarked;
