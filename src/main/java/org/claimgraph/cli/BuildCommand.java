package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.ingest.Article;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.store.ArticleGraph;
import org.claimgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph build}: extract, validate with SHACL, load into TDB2. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extract claims from articles, validate them with SHACL and load them into the TDB2 store. "
                + "Either every article is stored or, on any error, none is.")
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityMixin verbosity;

    @Mixin
    StoreMixin store;

    @Mixin
    ArticleInputs inputs;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Article files or folders of them.")
    List<Path> files;

    @Override
    public Integer call() {
        List<Article> articles = inputs.read(files);
        List<ArticleGraph> graphs = new ArrayList<>();
        ArticlePipeline pipeline = ArticlePipeline.bundled();
        for (Article a : articles) {
            graphs.add(pipeline.process(a));
        }
        try (KnowledgeStore kg = KnowledgeStore.open(store.directory())) {
            kg.load(graphs);
            long triples = graphs.stream().mapToLong(g -> g.graph().size()).sum();
            spec.commandLine().getErr().printf("Built %d article(s), %d triples, into %s (%d article(s) stored)%n",
                    graphs.size(), triples, kg.directory(), kg.articleCount());
        }
        return ExitCodes.OK;
    }
}
