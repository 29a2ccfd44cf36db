package org.claimgraph.extract;

import java.util.List;
import java.util.Map;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.ingest.Article;
import org.claimgraph.mention.Entity;

/**
 * Everything extracted from one article: the entities it mentions, the events, the claims about them and
 * the conflicts between claims. The input of the RDF mapper.
 *
 * @param article   the article
 * @param analysed  its analysis (sentences and tokens)
 * @param entities  entities by key, in order of first mention
 * @param events    distinct events, after merging
 * @param claims    claims in text order
 * @param conflicts conflicts found
 */
public record Extraction(
        Article article,
        AnalyzedText analysed,
        Map<String, Entity> entities,
        List<Event> events,
        List<Claim> claims,
        List<Conflict> conflicts) {
    public Extraction {
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * The extraction without the claims whose rule's confidence is below {@code min}: the events only those
     * claims supported go with them, and so do conflicts that lose a claim. Entities stay, being named in the
     * text whatever is claimed of them.
     */
    public Extraction withClaimsAtLeast(double min, RuleConfidence confidence) {
        List<Claim> kept = claims.stream().filter(c -> confidence.of(c) >= min).toList();
        if (kept.size() == claims.size()) {
            return this;
        }
        java.util.Set<Event> supported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.forEach(c -> supported.add(c.event()));
        java.util.Set<Claim> keptSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keptSet.addAll(kept);
        return new Extraction(
                article,
                analysed,
                entities,
                events.stream().filter(supported::contains).toList(),
                kept,
                conflicts.stream().filter(c -> keptSet.containsAll(c.claims())).toList());
    }
}
