package org.claimgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.claimgraph.sys.ClaimgraphException;
import org.claimgraph.sys.DataFiles;
import org.claimgraph.vocab.CG;

/**
 * Which Wikidata classes make an item compatible with each claimgraph type, read from {@value #RESOURCE}
 * (each class id with its sources). The claimgraph types are tried in file order, so that an entity typed
 * both {@code cg:Country} and {@code cg:Place} is looked up as a country.
 */
/*package*/ final class TypeRules {
    /*package*/ static final String RESOURCE = "link/types.tsv";

    /** A Wikidata class and its label. */
    /*package*/ record WikidataClass(String qid, String label) {}

    private final Map<Resource, List<WikidataClass>> rules;

    private TypeRules(Map<Resource, List<WikidataClass>> rules) {
        this.rules = rules;
    }

    static TypeRules bundled() {
        Map<Resource, List<WikidataClass>> rules = new LinkedHashMap<>();
        for (DataFiles.Row r : DataFiles.tsv(RESOURCE)) {
            String qid = r.get("wikidata");
            if (!qid.matches("Q[1-9][0-9]*") || r.get("source").isEmpty()) {
                throw new ClaimgraphException(
                        RESOURCE + " line " + r.line() + ": needs a Wikidata class id and its source");
            }
            Resource cls = ResourceFactory.createResource(CG.NS + r.get("cg_class"));
            rules.computeIfAbsent(cls, k -> new ArrayList<>()).add(new WikidataClass(qid, r.get("label")));
        }
        if (rules.isEmpty()) {
            throw new ClaimgraphException("Missing data file " + RESOURCE + ": the jar is incomplete");
        }
        return new TypeRules(rules);
    }

    /** The first claimgraph type among {@code types} that has rules, in file order. */
    Optional<Resource> lookupType(Set<Resource> types) {
        return rules.keySet().stream().filter(types::contains).findFirst();
    }

    /** The Wikidata classes compatible with a claimgraph type (empty when it has no rules). */
    List<WikidataClass> classes(Resource cgType) {
        return rules.getOrDefault(cgType, List.of());
    }
}
