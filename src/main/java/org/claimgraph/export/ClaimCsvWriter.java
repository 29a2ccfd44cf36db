package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.query.KnowledgeView;
import org.claimgraph.query.KnowledgeView.ClaimInfo;
import org.claimgraph.query.KnowledgeView.RoleValue;
import org.claimgraph.query.KnowledgeView.When;
import org.claimgraph.vocab.CG;

/**
 * Writes one CSV row per claim (RFC 4180, UTF-8, header row), for spreadsheets: the claim and its event,
 * the event type, the roles ("visitor: Jens Stoltenberg; destination: Ukraine, Kyiv"), the time (the
 * claim's own where it gives one, else the event's) with its precision, quantity, modality, attribution,
 * the evidence text with its offsets, and the article. Rows are in article and text order.
 *
 * <p>A cell that would start with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so
 * a spreadsheet shows article text as text and never runs it as a formula (OWASP "CSV injection").
 */
/*package*/ final class ClaimCsvWriter {
    static final List<String> HEADER = List.of(
            "claim",
            "event",
            "event_type",
            "roles",
            "date",
            "date_precision",
            "not_before",
            "not_after",
            "time_expression",
            "quantity",
            "quantity_qualifier",
            "modality",
            "attributed_to",
            "evidence",
            "begin",
            "end",
            "article",
            "article_url",
            "published",
            "conflicts");

    private ClaimCsvWriter() {}

    static int write(KnowledgeView kv, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(HEADER.toArray(String[]::new))
                .get();
        CSVPrinter csv = new CSVPrinter(w, format);
        List<ClaimInfo> claims = new ArrayList<>();
        for (Node article : kv.instances(CG.Article)) {
            claims.addAll(kv.claimsFrom(article));
        }
        // Claims without an article, should there be any, still get a row.
        for (Node c : kv.instances(CG.Claim)) {
            if (claims.stream().noneMatch(ci -> ci.claim().equals(c))) {
                claims.add(kv.claim(c));
            }
        }
        for (ClaimInfo c : claims) {
            csv.printRecord(row(kv, c).stream().map(ClaimCsvWriter::defuse).toList());
        }
        csv.flush();
        return claims.size();
    }

    private static List<String> row(KnowledgeView kv, ClaimInfo c) {
        Node event = c.about().orElse(null);
        When when = !c.when().isEmpty() || event == null ? c.when() : kv.when(event);
        Map<String, List<String>> roles = new LinkedHashMap<>();
        if (event != null) {
            for (RoleValue r : kv.roles(event)) {
                roles.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(kv.label(r.value()));
            }
        }
        List<String> roleText = new ArrayList<>();
        roles.forEach((role, values) -> roleText.add(role + ": " + String.join(", ", values)));
        String type = event == null
                ? ""
                : String.join(
                        ", ", kv.specificTypes(event).stream().map(kv::label).toList());
        Node article = c.article().orElse(null);
        return List.of(
                c.claim().getURI(),
                event == null ? "" : event.getURI(),
                type,
                String.join("; ", roleText),
                when.date().map(Node::getLiteralLexicalForm).orElse(""),
                when.date().map(KnowledgeView::precision).orElse(""),
                when.notBefore().map(Node::getLiteralLexicalForm).orElse(""),
                when.notAfter().map(Node::getLiteralLexicalForm).orElse(""),
                c.when()
                        .expression()
                        .or(() -> event == null
                                ? java.util.Optional.empty()
                                : kv.when(event).expression())
                        .orElse(""),
                event == null ? "" : kv.string(event, CG.quantity.asNode()).orElse(""),
                event == null
                        ? ""
                        : kv.object(event, CG.quantityQualifier.asNode())
                                .map(kv::label)
                                .orElse(""),
                c.modality().map(kv::label).orElse(""),
                String.join("; ", c.attributedTo().stream().map(kv::label).toList()),
                c.evidence().map(KnowledgeView.Span::anchor).orElse(""),
                c.evidence().map(s -> Integer.toString(s.begin())).orElse(""),
                c.evidence().map(s -> Integer.toString(s.end())).orElse(""),
                article == null ? "" : article.getURI(),
                article == null ? "" : kv.articleUrl(article).orElse(""),
                article == null
                        ? ""
                        : kv.string(article, SchemaDO.datePublished.asNode()).orElse(""),
                String.join(
                        " ",
                        kv.conflictsOf(c.claim()).stream().map(Node::getURI).toList()));
    }

    /** Article text must not become a spreadsheet formula. */
    static String defuse(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
