/**
 * The command line: one thin picocli command per verb, exit codes mapped once; each command parses its options,
 * calls one stage or the pipeline, and prints the result.
 */
package org.claimgraph.cli;
