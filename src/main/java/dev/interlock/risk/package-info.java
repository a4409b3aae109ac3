/** Risk scores for open cross-team items, each with its reasons in words. */
@NullMarked
package dev.interlock.risk;

import org.jspecify.annotations.NullMarked;
