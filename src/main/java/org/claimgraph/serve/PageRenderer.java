package org.claimgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.corpus.PlainFacts;
import org.claimgraph.map.Iris;
import org.claimgraph.query.KnowledgeView;
import org.claimgraph.query.KnowledgeView.ClaimInfo;
import org.claimgraph.query.KnowledgeView.RoleValue;
import org.claimgraph.query.KnowledgeView.Span;
import org.claimgraph.query.KnowledgeView.When;
import org.claimgraph.vocab.CG;

/**
 * Renders the HTML of entity, event, claim, conflict and article pages from a {@link KnowledgeView}. All
 * data goes through {@link Html#text}; links come from {@link Links}. Call inside a read transaction.
 */
/*package*/ final class PageRenderer {
    /** Code points of context shown on each side of an evidence span in an excerpt. */
    static final int EXCERPT_CONTEXT = 160;
    /** At most this many events or claims are listed on one page; the rest is left to SPARQL. */
    static final int LIST_LIMIT = 500;
    /**
     * Events, attributed claims and conflicts per page. Lists are read in the store's order, a page at a time
     * ({@link KnowledgeView#subjectsPage}): at 100,000 articles an entity is in tens of thousands of events, and
     * sorting them all by time before showing the first took seconds. The timeline sorts by time.
     */
    static final int PAGE_SIZE = 20;
    /** Claims counted for a plain fact before the page says "or more". */
    static final int COUNT_CAP = 100;

    /** Event details shown besides roles and time, with their labels from the ontology. */
    private static final List<Node> EVENT_DETAILS = List.of(
            CG.quantity.asNode(),
            CG.quantityQualifier.asNode(),
            CG.itemDescription.asNode(),
            CG.deliveryDate.asNode(),
            CG.deliveryQualifier.asNode(),
            CG.only.asNode(),
            CG.office.asNode(),
            CG.former.asNode(),
            CG.content.asNode(),
            CG.quote.asNode(),
            CG.firstSince.asNode(),
            CG.timeQualifier.asNode());

    private final KnowledgeView kv;

    PageRenderer(KnowledgeView kv) {
        this.kv = kv;
    }

    /** The page for any resource the store knows, or empty when it knows nothing of it. */
    Optional<String> resourcePage(Node n) {
        return resourcePage(n, 1);
    }

    /** The page for a resource, its lists at page {@code page} (from 1). */
    Optional<String> resourcePage(Node n, int page) {
        if (!kv.exists(n)) {
            return Optional.empty();
        }
        if (kv.hasType(n, CG.Claim)) {
            return Optional.of(claimPage(n));
        }
        if (kv.hasType(n, CG.Conflict)) {
            return Optional.of(conflictPage(n));
        }
        if (kv.hasType(n, CG.Article)) {
            return Optional.of(articlePage(n));
        }
        if (kv.isEvent(n)) {
            return Optional.of(eventPage(n));
        }
        if (kv.hasType(n, CG.Fact)) {
            return Optional.of(factPage(n));
        }
        return Optional.of(entityPage(n, page));
    }

    // ---- Pages

    String entityPage(Node e) {
        return entityPage(e, 1);
    }

    /** An entity's page: what it is, its plain facts, and page {@code page} of its events and attributed claims. */
    String entityPage(Node e, int page) {
        int offset = (page - 1) * PAGE_SIZE;
        String label = kv.label(e);
        Html h = Html.page(label, Links.local(e).orElse(null));
        h.raw("<article class=\"resource entity\" data-iri=\"").attr(e.getURI()).raw("\">\n");
        h.raw("<h1>").text(label).raw("</h1>\n");
        types(h, e);
        h.raw("<dl class=\"facts\">\n");
        h.raw("<dt>IRI</dt><dd><code>").text(e.getURI()).raw("</code></dd>\n");
        List<String> wd = kv.wikidata(e);
        if (!wd.isEmpty()) {
            h.raw("<dt>Wikidata</dt><dd>");
            for (String item : wd) {
                Optional<String> wikidataPage = Links.wikidataPage(item);
                h.raw("<a class=\"wikidata\" rel=\"external\" href=\"")
                        .attr(wikidataPage.orElse(item))
                        .raw("\">")
                        .text(KnowledgeView.localName(item))
                        .raw("</a> ");
            }
            h.raw("</dd>\n");
            wikidataDetails(h, wd);
        }
        entityList(h, capitalize(kv.label(CG.partOf.asNode())), kv.objects(e, CG.partOf.asNode()));
        entityList(h, capitalize(kv.label(CG.standsFor.asNode())), kv.objects(e, CG.standsFor.asNode()));
        h.raw("</dl>\n");
        h.raw("<p class=\"actions\">")
                .link(Links.graph(e), "Graph view")
                .raw(" · ")
                .link(Links.timeline(e), "Timeline")
                .raw(" · ");
        formats(h, e);
        h.raw("</p>\n");

        plainFacts(h, e);

        KnowledgeView.Page<Node> events = kv.eventsWith(e, offset, PAGE_SIZE);
        h.raw("<section class=\"events\">\n<h2>Events").text(pageNote(page)).raw("</h2>\n");
        if (events.items().isEmpty()) {
            h.raw("<p class=\"empty\">No event names this entity in a role")
                    .text(page > 1 ? " on this page" : "")
                    .raw(".</p>\n");
        }
        for (Node ev : sortByTime(events.items())) {
            eventBlock(h, ev, e, "h3");
        }
        h.raw("</section>\n");

        KnowledgeView.Page<ClaimInfo> said = kv.claimsAttributedTo(e, offset, PAGE_SIZE);
        if (!said.items().isEmpty()) {
            h.raw("<section class=\"attributed\">\n<h2>Claims attributed to ")
                    .text(label)
                    .text(pageNote(page))
                    .raw("</h2>\n<ul class=\"claims\">\n");
            for (ClaimInfo c : said.items()) {
                claimItem(h, c, true);
            }
            h.raw("</ul>\n</section>\n");
        }
        pager(h, page, events.hasMore() || said.hasMore());
        h.raw("</article>\n");
        return h.end();
    }

    /**
     * The description and image link of an entity's Wikidata items, where the store holds them (the bundled
     * extract, or what {@code claimgraph link} fetched from its endpoint). The page only links to the image on
     * Commons: it loads nothing from another host, as its Content-Security-Policy requires.
     */
    private void wikidataDetails(Html h, List<String> items) {
        for (String item : items) {
            // An entity linked to two items (rare, and worth seeing) says which item each detail is of.
            String which = items.size() > 1 ? " (" + KnowledgeView.localName(item) + ")" : "";
            kv.wikidataDescription(item)
                    .ifPresent(d -> h.raw("<dt>Description")
                            .text(which)
                            .raw("</dt><dd class=\"wikidata-description\">")
                            .text(d)
                            .raw("</dd>\n"));
            kv.wikidataImage(item)
                    .ifPresent(url -> h.raw("<dt>Image")
                            .text(which)
                            .raw("</dt><dd><a class=\"wikidata-image\" rel=\"external nofollow\" href=\"")
                            .attr(url)
                            .raw("\">")
                            .text(Links.fileName(url))
                            .raw("</a></dd>\n"));
        }
    }

    /** A plain fact: its edge, and the asserted claims it comes from, each with its evidence. */
    String factPage(Node fact) {
        Optional<org.apache.jena.graph.Triple> edge = kv.objects(fact, RDF.Nodes.reifies).stream()
                .filter(Node::isTripleTerm)
                .map(Node::getTriple)
                .findFirst();
        String title = edge.map(t ->
                        kv.label(t.getSubject()) + " " + kv.label(t.getPredicate()) + " " + kv.label(t.getObject()))
                .orElse(kv.label(fact));
        Html h = Html.page(title, Links.local(fact).orElse(null));
        h.raw("<article class=\"resource fact-page\" data-iri=\"")
                .attr(fact.getURI())
                .raw("\">\n<h1>");
        edge.ifPresentOrElse(
                t -> {
                    resourceLink(h, t.getSubject());
                    h.raw(" ").text(kv.label(t.getPredicate())).raw(" ");
                    resourceLink(h, t.getObject());
                },
                () -> h.text(title));
        h.raw("</h1>\n");
        types(h, fact);
        h.raw("<p class=\"actions\">");
        formats(h, fact);
        h.raw("</p>\n");
        List<ClaimInfo> claims =
                kv.objects(fact, CG.fromClaim.asNode()).stream().map(kv::claim).toList();
        h.raw("<section class=\"claims\">\n<h2>From ")
                .text(claims.size() + " asserted claim" + (claims.size() == 1 ? "" : "s"))
                .raw("</h2>\n<ul class=\"claims\">\n");
        for (ClaimInfo c : limit(claims)) {
            claimItem(h, c, true);
        }
        h.raw("</ul>\n</section>\n</article>\n");
        return h.end();
    }

    /** The plain facts an entity is the subject or object of, each linked to its fact's page. */
    private void plainFacts(Html h, Node e) {
        // The first PAGE_SIZE edges each way, read no further: a busy entity has thousands.
        List<org.apache.jena.graph.Triple> edges = new ArrayList<>();
        boolean more = false;
        for (PlainFacts.Rule r : PlainFacts.rules()) {
            for (var it : List.of(
                    kv.graph().find(e, r.property(), Node.ANY), kv.graph().find(Node.ANY, r.property(), e))) {
                try {
                    while (it.hasNext()) {
                        org.apache.jena.graph.Triple t = it.next();
                        if (edges.size() == PAGE_SIZE) {
                            more = true;
                            break;
                        }
                        if (!edges.contains(t)) {
                            edges.add(t);
                        }
                    }
                } finally {
                    it.close();
                }
            }
        }
        if (edges.isEmpty()) {
            return;
        }
        h.raw("<section class=\"plain-facts\">\n<h2>Plain facts (")
                .text(edges.size() + (more ? " first" : ""))
                .raw(")</h2>\n<ul>\n");
        for (org.apache.jena.graph.Triple t : edges) {
            Node fact = Iris.fact(t.getSubject(), t.getPredicate(), t.getObject());
            int claims = countObjects(fact, CG.fromClaim.asNode());
            h.raw("<li>");
            resourceLink(h, t.getSubject());
            h.raw(" ");
            h.link(Links.local(fact).orElse(""), "fact-link", kv.label(t.getPredicate()));
            h.raw(" ");
            resourceLink(h, t.getObject());
            h.raw(" <span class=\"count\">")
                    .text((claims >= COUNT_CAP ? COUNT_CAP + " or more claims" : claims + " claim")
                            + (claims == 1 || claims >= COUNT_CAP ? "" : "s"))
                    .raw("</span></li>\n");
        }
        h.raw("</ul>\n</section>\n");
    }

    String eventPage(Node ev) {
        String label = kv.label(ev);
        Html h = Html.page(label, Links.local(ev).orElse(null));
        h.raw("<article class=\"resource event-page\" data-iri=\"")
                .attr(ev.getURI())
                .raw("\">\n");
        h.raw("<h1>").text(label).raw("</h1>\n");
        types(h, ev);
        h.raw("<p class=\"actions\">").link(Links.graph(ev), "Graph view").raw(" · ");
        formats(h, ev);
        h.raw("</p>\n");
        eventBlock(h, ev, null, "h2");
        List<Node> parts = kv.subjects(CG.subEventOf.asNode(), ev);
        if (!parts.isEmpty()) {
            h.raw("<section class=\"sub-events\">\n<h2>Sub-events</h2>\n<ul>\n");
            for (Node p : parts) {
                h.raw("<li>");
                resourceLink(h, p);
                h.raw("</li>\n");
            }
            h.raw("</ul>\n</section>\n");
        }
        h.raw("</article>\n");
        return h.end();
    }

    String claimPage(Node claim) {
        ClaimInfo c = kv.claim(claim);
        String about = c.about().map(kv::label).orElse("claim");
        Html h = Html.page("Claim: " + about, Links.local(claim).orElse(null));
        h.raw("<article class=\"resource claim-page\" data-iri=\"")
                .attr(claim.getURI())
                .raw("\">\n");
        h.raw("<h1>Claim: ").text(about).raw("</h1>\n");
        h.raw("<p class=\"actions\">");
        formats(h, claim);
        h.raw("</p>\n");
        h.raw("<dl class=\"facts\">\n");
        h.raw("<dt>About</dt><dd>");
        c.about().ifPresentOrElse(a -> resourceLink(h, a), () -> h.text("—"));
        h.raw("</dd>\n<dt>Modality</dt><dd>");
        modality(h, c);
        h.raw("</dd>\n<dt>Attributed to</dt><dd>");
        attribution(h, c);
        h.raw("</dd>\n");
        if (!c.when().isEmpty()) {
            h.raw("<dt>Time the claim gives</dt><dd>");
            when(h, c.when());
            h.raw("</dd>\n");
        }
        h.raw("<dt>Article</dt><dd>");
        c.article().ifPresentOrElse(a -> resourceLink(h, a), () -> h.text("—"));
        h.raw("</dd>\n");
        c.rule().ifPresent(r -> h.raw("<dt>Rule</dt><dd><code>").text(r).raw("</code></dd>\n"));
        h.raw("</dl>\n");
        h.raw("<h2>Evidence</h2>\n");
        evidence(h, c, Integer.MAX_VALUE / 4);
        c.about().ifPresent(a -> {
            h.raw("<h2>The event</h2>\n");
            eventBlock(h, a, null, "h3");
        });
        conflictsOf(h, c);
        h.raw("</article>\n");
        return h.end();
    }

    String conflictPage(Node conflict) {
        Html h = Html.page(kv.label(conflict), Links.local(conflict).orElse(null));
        h.raw("<article class=\"resource conflict-page\" data-iri=\"")
                .attr(conflict.getURI())
                .raw("\">\n");
        h.raw("<h1>").text(kv.label(conflict)).raw("</h1>\n<p class=\"actions\">");
        formats(h, conflict);
        h.raw("</p>\n");
        conflictBlock(h, conflict, "h2");
        h.raw("</article>\n");
        return h.end();
    }

    /** The first page of conflicts. */
    String conflictsPage() {
        return conflictsPage(1);
    }

    /** Page {@code page} of the conflicts, in the store's order, each with its claims side by side. */
    String conflictsPage(int page) {
        Html h = Html.page("Conflicts", null);
        KnowledgeView.Page<Node> conflicts = kv.instances(CG.Conflict, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        h.raw("<h1>Conflicts").text(pageNote(page)).raw("</h1>\n");
        h.raw("<p class=\"lead\">Claims that cannot all hold. Neither side is dropped: read both and judge.</p>\n");
        if (conflicts.items().isEmpty()) {
            h.raw("<p class=\"empty\">No conflicts ")
                    .text(page > 1 ? "on this page" : "in the store")
                    .raw(".</p>\n");
        }
        for (Node c : conflicts.items()) {
            h.raw("<section class=\"conflict\" data-iri=\"").attr(c.getURI()).raw("\">\n<h2>");
            resourceLink(h, c);
            h.raw("</h2>\n");
            conflictBlock(h, c, "h3");
            h.raw("</section>\n");
        }
        pager(h, page, conflicts.hasMore());
        return h.end();
    }

    /** Links to the previous and next pages of the lists, as {@code ?page=N} on the same path. */
    private static void pager(Html h, int page, boolean hasMore) {
        if (page <= 1 && !hasMore) {
            return;
        }
        h.raw("<nav class=\"pager\">");
        if (page > 1) {
            h.raw("<a rel=\"prev\" href=\"?page=")
                    .text(Integer.toString(page - 1))
                    .raw("\">Previous page</a> ");
        }
        h.raw("<span class=\"page-number\">Page ").text(Integer.toString(page)).raw("</span>");
        if (hasMore) {
            h.raw(" <a rel=\"next\" href=\"?page=")
                    .text(Integer.toString(page + 1))
                    .raw("\">Next page</a>");
        }
        h.raw("</nav>\n");
    }

    private static String pageNote(int page) {
        return page > 1 ? " (page " + page + ")" : "";
    }

    private int countObjects(Node s, Node p) {
        var it = kv.graph().find(s, p, Node.ANY);
        java.util.Set<Node> seen = new java.util.HashSet<>();
        try {
            while (it.hasNext() && seen.size() < COUNT_CAP) {
                seen.add(it.next().getObject());
            }
        } finally {
            it.close();
        }
        return seen.size();
    }

    String articlePage(Node article) {
        String title = kv.string(article, SchemaDO.headline.asNode())
                .orElse("Article " + KnowledgeView.localName(article.getURI()));
        Html h = Html.page(title, Links.local(article).orElse(null));
        h.raw("<article class=\"resource article-page\" data-iri=\"")
                .attr(article.getURI())
                .raw("\">\n");
        h.raw("<h1>").text(title).raw("</h1>\n<dl class=\"facts\">\n");
        kv.string(article, SchemaDO.datePublished.asNode())
                .ifPresent(d -> h.raw("<dt>Published</dt><dd>").text(d).raw("</dd>\n"));
        kv.articleUrl(article)
                .ifPresent(u -> h.raw("<dt>URL</dt><dd><a rel=\"external nofollow\" href=\"")
                        .attr(u)
                        .raw("\">")
                        .text(u)
                        .raw("</a></dd>\n"));
        List<ClaimInfo> claims = kv.claimsFrom(article);
        h.raw("<dt>Claims</dt><dd>").text(Integer.toString(claims.size())).raw("</dd>\n</dl>\n<p class=\"actions\">");
        formats(h, article);
        h.raw("</p>\n<h2>Text</h2>\n");
        Optional<String> text = kv.articleContext(article).flatMap(kv::contextText);
        if (text.isPresent()) {
            List<Span> spans = new ArrayList<>();
            claims.forEach(c -> c.evidence().filter(Span::fits).ifPresent(spans::add));
            h.raw("<div class=\"article-text\">");
            EvidenceHtml.fullText(h, text.get(), spans);
            h.raw("</div>\n");
        }
        h.raw("<h2>Claims</h2>\n<ul class=\"claims\">\n");
        for (ClaimInfo c : limit(claims)) {
            claimItem(h, c, true);
        }
        h.raw("</ul>\n</article>\n");
        return h.end();
    }

    /** Entities by type, for {@code /id/}. */
    String entityIndex() {
        Html h = Html.page("Entities", null);
        h.raw("<h1>Entities</h1>\n");
        Map<Node, List<Node>> byType = new LinkedHashMap<>();
        for (Node e : kv.instances(CG.Entity)) {
            byType.computeIfAbsent(kv.mainType(e), t -> new ArrayList<>()).add(e);
        }
        List<Node> types = new ArrayList<>(byType.keySet());
        types.sort(Comparator.comparing(kv::label));
        if (types.isEmpty()) {
            h.raw("<p class=\"empty\">The store holds no entities yet.</p>\n");
        }
        for (Node t : types) {
            List<Node> entities = byType.get(t);
            entities.sort(Comparator.comparing(kv::label));
            h.raw("<section class=\"entity-type\">\n<h2>")
                    .text(capitalize(kv.label(t)))
                    .raw(" (")
                    .text(Integer.toString(entities.size()))
                    .raw(")</h2>\n<ul class=\"entity-list\">\n");
            for (Node e : entities) {
                h.raw("<li>");
                resourceLink(h, e);
                kv.wikidataId(e)
                        .ifPresent(q -> h.raw(" <span class=\"qid\">").text(q).raw("</span>"));
                h.raw("</li>\n");
            }
            h.raw("</ul>\n</section>\n");
        }
        return h.end();
    }

    // ---- Blocks

    /** An event: type, roles, time, details and its claims with evidence. */
    private void eventBlock(Html h, Node ev, Node focus, String heading) {
        h.raw("<section class=\"event\" data-iri=\"")
                .attr(ev.getURI())
                .raw("\">\n<")
                .raw(heading)
                .raw(">");
        h.link(Links.local(ev).orElse("#"), typeLabel(ev));
        if (focus != null) {
            List<String> asRoles = kv.roles(ev).stream()
                    .filter(r -> r.value().equals(focus))
                    .map(RoleValue::label)
                    .distinct()
                    .toList();
            if (!asRoles.isEmpty()) {
                h.raw(" <span class=\"role-of\">as ")
                        .text(String.join(", ", asRoles))
                        .raw("</span>");
            }
        }
        h.raw("</").raw(heading).raw(">\n<dl class=\"roles\">\n");
        Map<String, List<Node>> roles = new LinkedHashMap<>();
        for (RoleValue r : kv.roles(ev)) {
            roles.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r.value());
        }
        for (Map.Entry<String, List<Node>> r : roles.entrySet()) {
            h.raw("<dt>").text(r.getKey()).raw("</dt><dd>");
            boolean first = true;
            for (Node v : r.getValue()) {
                if (!first) {
                    h.raw(", ");
                }
                first = false;
                resourceLink(h, v);
            }
            h.raw("</dd>\n");
        }
        When when = kv.when(ev);
        h.raw("<dt>when</dt><dd>");
        if (when.isEmpty()) {
            h.raw("<span class=\"undated\">undated</span>");
            when.expression().ifPresent(x -> h.raw(" <q>").text(x).raw("</q>"));
        } else {
            when(h, when);
        }
        h.raw("</dd>\n");
        for (Node p : EVENT_DETAILS) {
            List<Node> values = kv.objects(ev, p);
            if (values.isEmpty()) {
                continue;
            }
            h.raw("<dt>").text(kv.label(p)).raw("</dt><dd>");
            boolean first = true;
            for (Node v : values) {
                if (!first) {
                    h.raw("; ");
                }
                first = false;
                if (v.isURI()) {
                    h.text(kv.label(v));
                } else {
                    h.text(v.isLiteral() ? v.getLiteralLexicalForm() : v.toString());
                }
            }
            h.raw("</dd>\n");
        }
        kv.object(ev, CG.subEventOf.asNode()).ifPresent(parent -> {
            h.raw("<dt>part of</dt><dd>");
            resourceLink(h, parent);
            h.raw("</dd>\n");
        });
        h.raw("</dl>\n");
        List<ClaimInfo> claims = kv.claimsAbout(ev);
        h.raw("<ul class=\"claims\">\n");
        for (ClaimInfo c : limit(claims)) {
            claimItem(h, c, false);
        }
        h.raw("</ul>\n</section>\n");
    }

    /** One claim: modality, attribution, evidence excerpt, link to its page, conflicts. */
    private void claimItem(Html h, ClaimInfo c, boolean withEvent) {
        h.raw("<li class=\"claim\" data-iri=\"").attr(c.claim().getURI()).raw("\">\n<p class=\"claim-head\">");
        modality(h, c);
        h.raw(" ");
        if (!c.attributedTo().isEmpty()) {
            h.raw("<span class=\"attribution\">according to ");
            attribution(h, c);
            h.raw("</span> ");
        }
        if (withEvent && c.about().isPresent()) {
            h.raw("about ");
            resourceLink(h, c.about().get());
            h.raw(" ");
        }
        if (!c.when().isEmpty()) {
            h.raw("<span class=\"claim-time\">");
            when(h, c.when());
            h.raw("</span> ");
        }
        h.link(Links.local(c.claim()).orElse("#"), "claim-link", "claim");
        for (Node conflict : kv.conflictsOf(c.claim())) {
            h.raw(" ");
            h.link(Links.local(conflict).orElse("#"), "conflict-flag", "in conflict");
        }
        h.raw("</p>\n");
        evidence(h, c, EXCERPT_CONTEXT);
        h.raw("</li>\n");
    }

    private void evidence(Html h, ClaimInfo c, int context) {
        if (c.evidence().isEmpty()) {
            h.raw("<p class=\"evidence missing\">No evidence span recorded.</p>\n");
            return;
        }
        Span s = c.evidence().get();
        h.raw("<blockquote class=\"evidence\" cite=\"")
                .attr(Links.local(s.span()).orElse(""))
                .raw("\">");
        EvidenceHtml.excerpt(h, s, context);
        h.raw("</blockquote>\n");
        Optional<String> inArticle = Links.local(s.span());
        if (inArticle.isPresent() && s.fits()) {
            h.raw("<p class=\"evidence-source\">")
                    .link(inArticle.get(), "in the article")
                    .raw(", characters ")
                    .text(s.begin() + "–" + s.end())
                    .raw("</p>\n");
        }
    }

    private void conflictBlock(Html h, Node conflict, String heading) {
        kv.objects(conflict, RDFS.comment.asNode())
                .forEach(why -> h.raw("<p class=\"why\">")
                        .text(why.isLiteral() ? why.getLiteralLexicalForm() : "")
                        .raw("</p>\n"));
        List<ClaimInfo> sides = new ArrayList<>();
        kv.objects(conflict, CG.between.asNode()).forEach(c -> sides.add(kv.claim(c)));
        sides.sort(Comparator.comparingInt(c -> c.evidence().map(Span::begin).orElse(Integer.MAX_VALUE)));
        h.raw("<div class=\"sides\">\n");
        for (ClaimInfo c : sides) {
            h.raw("<div class=\"side\" data-iri=\"")
                    .attr(c.claim().getURI())
                    .raw("\">\n<")
                    .raw(heading)
                    .raw(">");
            h.link(
                    Links.local(c.claim()).orElse("#"),
                    c.about().map(this::typeLabel).orElse("Claim"));
            h.raw("</").raw(heading).raw(">\n<p class=\"claim-head\">");
            modality(h, c);
            if (!c.attributedTo().isEmpty()) {
                h.raw(" <span class=\"attribution\">according to ");
                attribution(h, c);
                h.raw("</span>");
            }
            c.about().ifPresent(a -> {
                h.raw(" about ");
                resourceLink(h, a);
            });
            h.raw("</p>\n");
            if (!c.when().isEmpty()) {
                h.raw("<p class=\"claim-time\">Time: ");
                when(h, c.when());
                h.raw("</p>\n");
            } else {
                c.about().map(kv::when).filter(w -> !w.isEmpty()).ifPresent(w -> {
                    h.raw("<p class=\"claim-time\">Event time: ");
                    when(h, w);
                    h.raw("</p>\n");
                });
            }
            evidence(h, c, EXCERPT_CONTEXT);
            h.raw("</div>\n");
        }
        h.raw("</div>\n");
    }

    private void conflictsOf(Html h, ClaimInfo c) {
        List<Node> conflicts = kv.conflictsOf(c.claim());
        if (conflicts.isEmpty()) {
            return;
        }
        h.raw("<h2>Conflicts</h2>\n");
        for (Node conflict : conflicts) {
            h.raw("<section class=\"conflict\" data-iri=\"")
                    .attr(conflict.getURI())
                    .raw("\">\n<h3>");
            resourceLink(h, conflict);
            h.raw("</h3>\n");
            conflictBlock(h, conflict, "h4");
            h.raw("</section>\n");
        }
    }

    // ---- Small pieces

    private void types(Html h, Node n) {
        h.raw("<p class=\"types\">");
        for (Node t : kv.specificTypes(n)) {
            h.raw("<span class=\"type type-")
                    .attr(Html.cssName(KnowledgeView.localName(t.getURI())))
                    .raw("\">")
                    .text(kv.label(t))
                    .raw("</span> ");
        }
        List<Node> others = new ArrayList<>(kv.types(n));
        others.removeAll(kv.specificTypes(n));
        if (!others.isEmpty()) {
            h.raw("<span class=\"also\">also ")
                    .text(String.join(", ", others.stream().map(kv::label).toList()))
                    .raw("</span>");
        }
        h.raw("</p>\n");
    }

    private void formats(Html h, Node n) {
        String path = Links.local(n).orElse("");
        h.link(path + "?format=turtle", "Turtle").raw(" · ").link(path + "?format=jsonld", "JSON-LD");
    }

    private void entityList(Html h, String title, List<Node> values) {
        if (values.isEmpty()) {
            return;
        }
        h.raw("<dt>").text(title).raw("</dt><dd>");
        boolean first = true;
        for (Node v : values) {
            if (!first) {
                h.raw(", ");
            }
            first = false;
            resourceLink(h, v);
        }
        h.raw("</dd>\n");
    }

    /** A link to a resource's page labelled with its label, coloured by its type; plain text if not ours. */
    private void resourceLink(Html h, Node n) {
        Optional<String> href = Links.local(n);
        String label = kv.label(n);
        if (href.isEmpty()) {
            h.text(label);
            return;
        }
        String cls = kv.isEvent(n)
                ? "event-link"
                : "entity-link type-"
                        + Html.cssName(KnowledgeView.localName(kv.mainType(n).getURI()));
        h.link(href.get(), cls, label);
    }

    private void modality(Html h, ClaimInfo c) {
        String m = c.modality().map(kv::label).orElse("unknown");
        h.raw("<span class=\"modality modality-")
                .attr(Html.cssName(m))
                .raw("\">")
                .text(m)
                .raw("</span>");
    }

    private void attribution(Html h, ClaimInfo c) {
        if (c.attributedTo().isEmpty()) {
            h.raw("<span class=\"unattributed\">the article itself</span>");
            return;
        }
        boolean first = true;
        for (Node a : c.attributedTo()) {
            if (!first) {
                h.raw(", ");
            }
            first = false;
            resourceLink(h, a);
        }
    }

    /** A time: the date with its precision, or the bounds, and the text's own words. */
    static void when(Html h, When w) {
        w.date().ifPresent(d -> time(h, "", d));
        w.notBefore().ifPresent(d -> time(h, "not before ", d));
        w.notAfter().ifPresent(d -> time(h, "not after ", d));
        w.expression()
                .ifPresent(x -> h.raw(" <q class=\"time-expression\">").text(x).raw("</q>"));
    }

    private static void time(Html h, String prefix, Node literal) {
        String value = literal.getLiteralLexicalForm();
        String precision = KnowledgeView.precision(literal);
        h.raw("<span class=\"when\">")
                .text(prefix)
                .raw("<time datetime=\"")
                .attr(value)
                .raw("\">")
                .text(value)
                .raw("</time> <span class=\"precision precision-")
                .attr(precision)
                .raw("\">")
                .text(prefix.isEmpty() ? precision : precision + ", bound")
                .raw("</span></span> ");
    }

    /** The label of an event's most specific type, capitalised ("Visit"). */
    private String typeLabel(Node ev) {
        List<Node> types = kv.specificTypes(ev);
        if (types.isEmpty()) {
            return "Event";
        }
        return capitalize(String.join(", ", types.stream().map(kv::label).toList()));
    }

    private List<Node> sortByTime(List<Node> events) {
        List<Node> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((Node ev) -> kv.when(ev).sortKey().orElse("9999"))
                .thenComparing((Node ev) -> ev.toString()));
        return sorted;
    }

    private static <T> List<T> limit(List<T> list) {
        return list.size() > LIST_LIMIT ? list.subList(0, LIST_LIMIT) : list;
    }

    static String capitalize(String s) {
        return s.isEmpty()
                ? s
                : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
                        + s.substring(s.offsetByCodePoints(0, 1));
    }
}
