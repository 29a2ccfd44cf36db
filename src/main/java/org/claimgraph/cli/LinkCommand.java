package org.claimgraph.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.link.LinkOptions;
import org.claimgraph.link.LinkReport;
import org.claimgraph.link.WikidataLinker;
import org.claimgraph.pipeline.CorpusEventsRefresh;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph link}: reconciles the store's unlinked entities with Wikidata. */
@Command(
        name = "link",
        mixinStandardHelpOptions = true,
        description = "Look up the store's unlinked entities in a Wikidata SPARQL endpoint by label, alias and type, "
                + "and link those with exactly one compatible match (kept in the graph "
                + "https://w3id.org/claimgraph/id/graph/links, each with its reason). Prints one line per entity.")
public final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityMixin verbosity;

    @Mixin
    StoreMixin store;

    @Option(
            names = "--endpoint",
            paramLabel = "URL",
            description = "Wikidata-compatible SPARQL endpoint (default: https://query.wikidata.org/sparql).")
    URI endpoint = LinkOptions.DEFAULT_ENDPOINT;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "Folder caching the endpoint's answers (default: "
                    + "$XDG_CACHE_HOME/claimgraph/wikidata, else ~/.cache/claimgraph/wikidata).")
    Path cache;

    @Option(
            names = "--rate",
            paramLabel = "N",
            defaultValue = "" + LinkOptions.DEFAULT_RATE,
            description = "Most requests per second sent to the endpoint (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(
            names = "--user-agent",
            paramLabel = "TEXT",
            description = "User-Agent header; put a way to reach you "
                    + "in it (default: claimgraph/VERSION (https://w3id.org/claimgraph; ...) Java/N).")
    String userAgent;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.directory())) {
            throw new StoreException(store.directory() + ": no store here; run 'claimgraph build' first");
        }
        if (!(rate > 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rate must be above 0: " + rate);
        }
        LinkOptions options;
        try {
            options = LinkOptions.defaults()
                    .withEndpoint(endpoint)
                    .withRate(rate)
                    .withCacheDir(cache != null ? cache : LinkOptions.defaultCacheDir());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (userAgent != null && !userAgent.isBlank()) {
            options = options.withUserAgent(userAgent.strip());
        }
        try (KnowledgeStore kg = KnowledgeStore.open(store.directory())) {
            LinkReport report = new WikidataLinker(options).link(kg);
            var out = spec.commandLine().getOut();
            for (LinkReport.Decision d : report.decisions()) {
                out.printf(
                        "%s\t%s\t%s\t%s\t%s%n",
                        d.outcome(),
                        d.label(),
                        d.type(),
                        d.qid().map(q -> "wd:" + q).orElse("-"),
                        d.reason());
            }
            out.flush();
            // New links can make reports of one event in several articles mergeable (merging needs linked actors).
            CorpusEventsRefresh.Outcome events = CorpusEventsRefresh.refresh(kg);
            spec.commandLine()
                    .getErr()
                    .println("claimgraph: " + report.summary() + "; across articles "
                            + events.events().merged() + " merged event(s), "
                            + events.events().conflicts() + " conflict(s)");
        }
        return ExitCodes.OK;
    }
}
