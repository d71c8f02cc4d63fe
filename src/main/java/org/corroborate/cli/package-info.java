/**
 * The jar as a command-line tool: {@link org.corroborate.cli.CommandLine} starts a lean Spring context (no web
 * server, no Vaadin, lazy beans) for the commands that need the database, and runs {@code suggest}, {@code
 * normalise}, {@code score} and {@code restore} without one.
 */
@NullMarked
package org.corroborate.cli;

import org.jspecify.annotations.NullMarked;
