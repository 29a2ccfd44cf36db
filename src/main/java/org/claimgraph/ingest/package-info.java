/**
 * Stage 1, read an article: text files with front matter, folders and JSON Lines, checked for UTF-8, empty text,
 * dates and URLs; the result is an {@code Article}.
 */
package org.claimgraph.ingest;
