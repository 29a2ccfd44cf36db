package org.claimgraph.sys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The claimgraph version, as Maven filtered it into {@code claimgraph-version.properties}. */
public final class Version {
    private static final String VERSION = load();

    private Version() {}

    /** The project version, for example {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    /**
     * The User-Agent claimgraph sends to SPARQL endpoints (reconciliation and federated queries):
     * {@code claimgraph/VERSION (https://w3id.org/claimgraph; ...) Java/N}, as the Wikimedia User-Agent policy
     * asks (a name, a version, where to learn more).
     */
    public static String userAgent() {
        return "claimgraph/" + VERSION + " (https://w3id.org/claimgraph; news claims joined with Wikidata)"
                + " Java/" + Runtime.version().feature();
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/claimgraph-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
