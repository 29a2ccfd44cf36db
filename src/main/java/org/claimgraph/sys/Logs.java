package org.claimgraph.sys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loggers of claimgraph, named by concern so that each can be raised on its own in {@code log4j2.xml}.
 * Everything logs to standard error; standard output is kept for data.
 */
public final class Logs {
    private Logs() {}

    /** Reading article files and front matter. */
    public static final Logger INGEST = LoggerFactory.getLogger("claimgraph.ingest");
    /** Text analysis and claim extraction. */
    public static final Logger EXTRACT = LoggerFactory.getLogger("claimgraph.extract");
    /** SHACL validation. */
    public static final Logger VALIDATE = LoggerFactory.getLogger("claimgraph.validate");
    /** The TDB2 store. */
    public static final Logger STORE = LoggerFactory.getLogger("claimgraph.store");
    /** Reconciliation with Wikidata ({@code claimgraph link}). */
    public static final Logger LINK = LoggerFactory.getLogger("claimgraph.link");
    /** The embedded Fuseki server. */
    public static final Logger SERVE = LoggerFactory.getLogger("claimgraph.serve");
}
