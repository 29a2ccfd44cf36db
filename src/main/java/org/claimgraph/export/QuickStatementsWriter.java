package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.query.KnowledgeView;
import org.claimgraph.query.KnowledgeView.ClaimInfo;
import org.claimgraph.query.KnowledgeView.RoleValue;
import org.claimgraph.query.KnowledgeView.When;
import org.claimgraph.vocab.CG;

/**
 * Writes asserted claims as QuickStatements v1 lines (tab-separated: item, property, value, then qualifier
 * and source pairs) for a Wikidata editor to review and upload. Only claims with modality
 * {@code cg:Asserted} whose event's entities are all linked to exactly one Wikidata item, from an article
 * with an http(s) URL, and of an event type Wikidata has a property for:
 *
 * <table>
 * <caption>Event types and the Wikidata properties used</caption>
 * <tr><th>event</th><th>statement</th><th>qualifiers</th></tr>
 * <tr><td>{@code cg:Accession}</td><td>member <b>P463</b> (member of) alliance</td>
 * <td>P580 (start time) from the date; P1319 (earliest date) / P1326 (latest date) from bounds</td></tr>
 * <tr><td>{@code cg:OfficeHolding} (not former)</td><td>holder <b>P39</b> (position held) position</td>
 * <td>none: a text states that someone holds an office on its day, not when the term began or ended (P580 and
 * P582 are left to sources that say so)</td></tr>
 * <tr><td>{@code cg:Aid} of {@code cg:Equipment}</td><td>item <b>P137</b> (operator) recipient, one line per
 * item</td><td>P1114 (quantity) when the text gives an exact number; P585 (point in time) from the date;
 * P1319 / P1326 from bounds</td></tr>
 * </table>
 *
 * <p>Every line carries the article as reference: S854 (reference URL) and, when known, S577 (publication
 * date). Left out, with the count reported: pledges and promises (a promise of a future transfer; Wikidata
 * has no property for it, and P137 would state a delivery that has not happened), visits, meetings,
 * statements and warnings, military actions and invasions, commemorations (no property relates the
 * participants directly; Wikidata models these as items of their own), office holdings whose position has no
 * Wikidata item, former offices, and aid of things that are not equipment (money, training).
 * Dates use Wikidata's precisions: day 11, month 10, year 9.
 */
/*package*/ final class QuickStatementsWriter {
    /** Wikidata properties used, by name. */
    static final String MEMBER_OF = "P463";

    static final String POSITION_HELD = "P39";

    static final String OPERATOR = "P137";
    static final String START_TIME = "P580";
    static final String POINT_IN_TIME = "P585";
    static final String EARLIEST_DATE = "P1319";
    static final String LATEST_DATE = "P1326";
    static final String QUANTITY = "P1114";
    static final String REFERENCE_URL = "S854";
    static final String PUBLICATION_DATE = "S577";

    private QuickStatementsWriter() {}

    /** Writes the lines; returns how many, and why the other asserted claims were left out. */
    static Exporter.Result write(KnowledgeView kv, OutputStream out) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        TreeMap<String, Integer> skipped = new TreeMap<>();
        for (Node claim : kv.instances(CG.Claim)) {
            ClaimInfo c = kv.claim(claim);
            if (c.modality().filter(m -> m.equals(CG.Asserted.asNode())).isEmpty()
                    || c.about().isEmpty()) {
                continue;
            }
            Node event = c.about().get();
            List<String> statements = statements(kv, event, c);
            if (statements == null) {
                skipped.merge("no Wikidata property for " + typeLabel(kv, event), 1, Integer::sum);
                continue;
            }
            if (kv.roles(event).stream().anyMatch(r -> kv.wikidataId(r.value()).isEmpty())) {
                skipped.merge("an entity is not linked to Wikidata", 1, Integer::sum);
                continue;
            }
            Optional<String> url = c.article().flatMap(kv::articleUrl).filter(u -> !u.contains("\""));
            if (url.isEmpty()) {
                skipped.merge("the article has no URL to cite", 1, Integer::sum);
                continue;
            }
            StringBuilder source = new StringBuilder()
                    .append('\t')
                    .append(REFERENCE_URL)
                    .append("\t\"")
                    .append(url.get())
                    .append('"');
            c.article()
                    .flatMap(a -> kv.object(a, SchemaDO.datePublished.asNode()))
                    .filter(Node::isLiteral)
                    .flatMap(QuickStatementsWriter::time)
                    .ifPresent(t -> source.append('\t')
                            .append(PUBLICATION_DATE)
                            .append('\t')
                            .append(t));
            for (String s : statements) {
                lines.add(s + source);
            }
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String line : lines) {
            w.write(line);
            w.write('\n');
        }
        w.flush();
        List<String> notes = new ArrayList<>();
        skipped.forEach((why, n) -> notes.add(n + " asserted claim" + (n == 1 ? "" : "s") + " left out: " + why));
        return new Exporter.Result(lines.size(), notes);
    }

    /** The statements (without source) for an event, or null when its type has no Wikidata property. */
    private static List<String> statements(KnowledgeView kv, Node event, ClaimInfo c) {
        When when = c.when().isEmpty() ? kv.when(event) : c.when();
        List<String> out = new ArrayList<>();
        if (kv.hasType(event, CG.Accession)) {
            for (Node member : kv.objects(event, CG.member.asNode())) {
                for (Node alliance : kv.objects(event, CG.alliance.asNode())) {
                    ids(kv, member, alliance)
                            .ifPresent(ids -> out.add(
                                    ids[0] + "\t" + MEMBER_OF + "\t" + ids[1] + timeQualifiers(when, START_TIME)));
                }
            }
            return out;
        }
        if (kv.hasType(event, CG.OfficeHolding)) {
            boolean former =
                    kv.string(event, CG.former.asNode()).map("true"::equals).orElse(false);
            if (former) {
                return null;
            }
            for (Node holder : kv.objects(event, CG.holder.asNode())) {
                for (Node position : kv.objects(event, CG.position.asNode())) {
                    ids(kv, holder, position).ifPresent(ids -> out.add(ids[0] + "\t" + POSITION_HELD + "\t" + ids[1]));
                }
            }
            return out.isEmpty() ? null : out;
        }
        if (kv.hasType(event, CG.Aid) && !kv.hasType(event, CG.Pledge)) {
            List<Node> equipment = kv.roles(event).stream()
                    .filter(r -> r.property().equals(CG.item.asNode()))
                    .map(RoleValue::value)
                    .filter(v -> kv.hasType(v, CG.Equipment))
                    .toList();
            if (equipment.isEmpty()) {
                return null;
            }
            Optional<String> quantity = kv.string(event, CG.quantity.asNode())
                    .filter(q -> q.matches("[0-9]+"))
                    .filter(q -> kv.object(event, CG.quantityQualifier.asNode())
                            .map(qq -> qq.equals(CG.Exactly.asNode()))
                            .orElse(true));
            for (Node item : equipment) {
                for (Node recipient : kv.objects(event, CG.recipient.asNode())) {
                    ids(kv, item, recipient)
                            .ifPresent(ids -> out.add(ids[0] + "\t" + OPERATOR + "\t" + ids[1]
                                    + quantity.map(q -> "\t" + QUANTITY + "\t" + q)
                                            .orElse("")
                                    + timeQualifiers(when, POINT_IN_TIME)));
                }
            }
            return out;
        }
        return null;
    }

    private static Optional<String[]> ids(KnowledgeView kv, Node subject, Node object) {
        Optional<String> s = kv.wikidataId(subject);
        Optional<String> o = kv.wikidataId(object);
        return s.isPresent() && o.isPresent() ? Optional.of(new String[] {s.get(), o.get()}) : Optional.empty();
    }

    private static String timeQualifiers(When when, String dateProperty) {
        StringBuilder b = new StringBuilder();
        when.date()
                .flatMap(QuickStatementsWriter::time)
                .ifPresent(t -> b.append('\t').append(dateProperty).append('\t').append(t));
        if (when.date().isEmpty()) {
            when.notBefore()
                    .flatMap(QuickStatementsWriter::time)
                    .ifPresent(t ->
                            b.append('\t').append(EARLIEST_DATE).append('\t').append(t));
            when.notAfter()
                    .flatMap(QuickStatementsWriter::time)
                    .ifPresent(
                            t -> b.append('\t').append(LATEST_DATE).append('\t').append(t));
        }
        return b.toString();
    }

    /** A date literal as a QuickStatements time: {@code +2023-04-20T00:00:00Z/11}, month /10, year /9. */
    static Optional<String> time(Node literal) {
        String v = literal.getLiteralLexicalForm();
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.of("+" + v + "T00:00:00Z/11");
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            return Optional.of("+" + v + "-00T00:00:00Z/10");
        }
        if (v.matches("\\d{4}")) {
            return Optional.of("+" + v + "-00-00T00:00:00Z/9");
        }
        return Optional.empty();
    }

    private static String typeLabel(KnowledgeView kv, Node event) {
        List<Node> types = kv.specificTypes(event);
        return types.isEmpty()
                ? "event"
                : String.join(", ", types.stream().map(kv::label).toList());
    }
}
