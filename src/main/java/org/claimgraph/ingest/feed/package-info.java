/**
 * Reading news feeds: RSS and Atom documents fetched politely over HTTP, each item made an article from the full
 * text the feed carries or else from the main text of the page it links to. Part of the first stage, reading
 * articles: it knows nothing of the store, and callers say which items are known already.
 */
package org.claimgraph.ingest.feed;
