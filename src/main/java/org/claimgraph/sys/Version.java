package org.claimgraph.sys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The claimgraph version, as Maven filtered it into {@code claimgraph-version.properties}. */
public final class Version {
    private static final Properties PROPERTIES = load();
    private static final String VERSION = PROPERTIES.getProperty("version", "unknown");
    private static final String BUILD = PROPERTIES.getProperty("build", "unknown");

    private Version() {}

    /** The project version, for example {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    /**
     * When this build was made (UTC, to the millisecond): one extractor's identity within a -SNAPSHOT version,
     * whose rules and code change from build to build.
     */
    public static String build() {
        return BUILD;
    }

    /**
     * The User-Agent claimgraph sends to SPARQL endpoints (reconciliation and federated queries):
     * {@code claimgraph/VERSION (https://w3id.org/claimgraph; ...) Java/N}, as the Wikimedia User-Agent policy
     * asks (a name, a version, where to learn more).
     */
    public static String userAgent() {
        return "claimgraph/" + VERSION + " (https://w3id.org/claimgraph; news claims joined with Wikidata)" + " Java/"
                + Runtime.version().feature();
    }

    private static Properties load() {
        Properties props = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/claimgraph-version.properties")) {
            if (in != null) {
                props.load(in);
            }
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
