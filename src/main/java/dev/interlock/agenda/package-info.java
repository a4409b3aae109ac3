/** What the meeting should hear: the four questions per team, cycles, riskiest items. Pure data. */
@NullMarked
package dev.interlock.agenda;

import org.jspecify.annotations.NullMarked;
