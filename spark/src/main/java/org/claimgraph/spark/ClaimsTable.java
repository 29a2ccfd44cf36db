package org.claimgraph.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.extract.EventIdentity;
import org.claimgraph.extract.Role;
import org.claimgraph.map.Terms;
import org.claimgraph.query.KnowledgeView;
import org.claimgraph.query.KnowledgeView.ClaimInfo;
import org.claimgraph.query.KnowledgeView.When;
import org.claimgraph.vocab.CG;

/**
 * The claims table: one row per claim of every accepted article, for Spark SQL, DuckDB or pandas. The columns
 * follow the CSV export's reading of the graph ({@link KnowledgeView}): the time is the claim's own where it
 * gives one, else its event's; the main actors are the fillers of the first actor role the event fills
 * (visitor, donor, member, agent, speaker, holder, participant: {@link EventIdentity#actorRoles()}).
 */
public final class ClaimsTable {
    private static final StructType ACTOR = new StructType(new StructField[] {
        field("iri", DataTypes.StringType, false, "the actor's claimgraph IRI"),
        field("label", DataTypes.StringType, false, "its name"),
        field("wikidata", DataTypes.StringType, true, "its Wikidata id (Q…), null when not linked")
    });

    /** The table's columns, with a comment on each. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        field("article", DataTypes.StringType, false, "the article's IRI (id/article/<sha256 of the text>)"),
        field("graph", DataTypes.StringType, false, "the article's named graph in the N-Quads"),
        field("url", DataTypes.StringType, true, "schema:url of the article"),
        field("published", DataTypes.DateType, true, "schema:datePublished of the article"),
        field("claim", DataTypes.StringType, false, "the claim's IRI"),
        field("event", DataTypes.StringType, true, "the event it is about (cg:about)"),
        field("type", DataTypes.StringType, true, "the event's most specific class, local name: Visit, Pledge …"),
        field("modality", DataTypes.StringType, true, "cg:modality, local name: Asserted, Reported, Planned …"),
        field("main_role", DataTypes.StringType, true, "the role the main actors fill: visitor, donor …"),
        field(
                "actors",
                DataTypes.createArrayType(ACTOR, false),
                false,
                "the main actors, by IRI; empty when the event has none"),
        field("date", DataTypes.StringType, true, "cg:date as written: YYYY-MM-DD, YYYY-MM or YYYY"),
        field("date_precision", DataTypes.StringType, true, "day, month or year"),
        field("not_before", DataTypes.StringType, true, "cg:notBefore, the lower bound"),
        field("not_after", DataTypes.StringType, true, "cg:notAfter, the upper bound"),
        field("evidence_begin", DataTypes.IntegerType, true, "first character of the evidence (code points)"),
        field("evidence_end", DataTypes.IntegerType, true, "end of the evidence, exclusive (code points)"),
        field("evidence", DataTypes.StringType, true, "the evidence text (nif:anchorOf)"),
        field("rule", DataTypes.StringType, true, "the extraction rule (cg:rule)")
    });

    private ClaimsTable() {}

    private static StructField field(
            String name, org.apache.spark.sql.types.DataType type, boolean nullable, String c) {
        return new StructField(name, type, nullable, Metadata.empty()).withComment(c);
    }

    /** The rows of one article graph, in text order. */
    static List<ClaimRow> rows(Node graphName, Graph g) {
        KnowledgeView kv = KnowledgeView.of(g);
        List<ClaimRow> out = new ArrayList<>();
        for (Node article : kv.instances(CG.Article)) {
            String url = kv.articleUrl(article).orElse(null);
            String published =
                    kv.string(article, SchemaDO.datePublished.asNode()).orElse(null);
            for (ClaimInfo c : kv.claimsFrom(article)) {
                Node event = c.about().orElse(null);
                When when = !c.when().isEmpty() || event == null ? c.when() : kv.when(event);
                String mainRole = null;
                List<ClaimRow.Actor> actors = new ArrayList<>();
                if (event != null) {
                    for (Role role : EventIdentity.bundled().actorRoles()) {
                        List<Node> fillers =
                                kv.objects(event, Terms.property(role).asNode());
                        if (!fillers.isEmpty()) {
                            mainRole = Terms.property(role).getLocalName();
                            fillers.stream()
                                    .filter(Node::isURI)
                                    .sorted(java.util.Comparator.comparing(Node::getURI))
                                    .forEach(a -> actors.add(new ClaimRow.Actor(
                                            a.getURI(),
                                            kv.label(a),
                                            kv.wikidataId(a).orElse(null))));
                            break;
                        }
                    }
                }
                Optional<KnowledgeView.Span> span = c.evidence();
                out.add(new ClaimRow(
                        article.getURI(),
                        graphName.getURI(),
                        url,
                        published,
                        c.claim().getURI(),
                        event == null ? null : event.getURI(),
                        event == null
                                ? null
                                : KnowledgeView.localName(kv.mainType(event).getURI()),
                        c.modality()
                                .map(m -> KnowledgeView.localName(m.getURI()))
                                .orElse(null),
                        mainRole,
                        List.copyOf(actors),
                        when.date().map(Node::getLiteralLexicalForm).orElse(null),
                        when.date().map(KnowledgeView::precision).orElse(null),
                        when.notBefore().map(Node::getLiteralLexicalForm).orElse(null),
                        when.notAfter().map(Node::getLiteralLexicalForm).orElse(null),
                        span.map(KnowledgeView.Span::begin).orElse(null),
                        span.map(KnowledgeView.Span::end).orElse(null),
                        span.map(KnowledgeView.Span::anchor).orElse(null),
                        c.rule().orElse(null)));
            }
        }
        return out;
    }

    /** A row as Spark holds it, in the order of {@link #SCHEMA}. */
    static Row toRow(ClaimRow r) {
        Row[] actors = r.actors().stream()
                .map(a -> RowFactory.create(a.iri(), a.label(), a.wikidata()))
                .toArray(Row[]::new);
        return RowFactory.create(
                r.article(),
                r.graph(),
                r.url(),
                r.published() == null ? null : java.sql.Date.valueOf(java.time.LocalDate.parse(r.published())),
                r.claim(),
                r.event(),
                r.type(),
                r.modality(),
                r.mainRole(),
                actors,
                r.date(),
                r.datePrecision(),
                r.notBefore(),
                r.notAfter(),
                r.evidenceBegin(),
                r.evidenceEnd(),
                r.evidence(),
                r.rule());
    }
}
