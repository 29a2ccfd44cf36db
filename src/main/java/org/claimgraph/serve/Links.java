package org.claimgraph.serve;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.WD;
import org.owasp.encoder.Encode;

/**
 * Where the pages link to. A claimgraph IRI ({@code https://w3id.org/claimgraph/id/...}) becomes the local
 * path {@code /id/...} of its page, so minted IRIs dereference on this server; a Wikidata item links to its
 * page on Wikidata. Nothing else from the data becomes a link, except http(s) article URLs.
 */
/*package*/ final class Links {
    /** The path under which resource pages are served. */
    static final String ID_PATH = "/id/";

    private Links() {}

    /** The local page of a claimgraph IRI, keeping a fragment ({@code #char=0,39}); empty for other nodes. */
    static Optional<String> local(Node n) {
        if (n == null || !n.isURI() || !n.getURI().startsWith(CG.ID_NS)) {
            return Optional.empty();
        }
        return Optional.of(ID_PATH + n.getURI().substring(CG.ID_NS.length()));
    }

    /** The claimgraph IRI a local path under {@code /id/} stands for. */
    static String iriOf(String pathAfterId) {
        return CG.ID_NS + pathAfterId;
    }

    /** The Wikidata page of an item IRI ({@code http://www.wikidata.org/entity/Q1} to its wiki page). */
    static Optional<String> wikidataPage(String itemIri) {
        if (!itemIri.startsWith(WD.ENTITY)) {
            return Optional.empty();
        }
        String id = itemIri.substring(WD.ENTITY.length());
        return id.matches("[QPL][1-9][0-9]*") ? Optional.of("https://www.wikidata.org/wiki/" + id) : Optional.empty();
    }

    /**
     * What to call a linked file: the last path segment of its URL, percent-decoded ({@code
     * .../Special:FilePath/Flag%20of%20NATO.svg} is "Flag of NATO.svg"); the whole URL when it has none or does
     * not decode.
     */
    static String fileName(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.isEmpty()) {
            return url;
        }
        try {
            return java.net.URLDecoder.decode(last.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** The graph view centred on a resource. */
    static String graph(Node n) {
        return "/graph.html?focus=" + Encode.forUriComponent(n.getURI());
    }

    /** The timeline filtered to an entity. */
    static String timeline(Node n) {
        return "/timeline.html?entity=" + Encode.forUriComponent(n.getURI());
    }
}
