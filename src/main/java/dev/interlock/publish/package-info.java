/**
 * Writing back to Jira: what each issue's owners need to know, as one Interlock comment per issue
 * in wiki markup (a pure plan: create, update, unchanged, leave), and applying that plan through
 * {@code dev.interlock.jira.JiraComments} with the state store's memory of what was written. Dry
 * run unless asked.
 */
@NullMarked
package dev.interlock.publish;

import org.jspecify.annotations.NullMarked;
