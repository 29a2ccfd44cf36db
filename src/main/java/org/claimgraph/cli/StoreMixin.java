package org.claimgraph.cli;

import java.nio.file.Path;
import org.claimgraph.store.KnowledgeStore;
import picocli.CommandLine.Option;

/** {@code --store DIR}, shared by the commands that use the TDB2 store. */
public final class StoreMixin {
    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "TDB2 store folder (default: $CLAIMGRAPH_STORE, else $XDG_DATA_HOME/claimgraph/store, "
                    + "else ~/.local/share/claimgraph/store).")
    Path store;

    /** The store folder to use. */
    Path directory() {
        return store != null ? store : KnowledgeStore.defaultDirectory();
    }
}
