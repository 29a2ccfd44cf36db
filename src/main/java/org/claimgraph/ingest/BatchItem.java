package org.claimgraph.ingest;

/**
 * One input of an {@link ArticleBatch}: an article that was read, or an input that was rejected with the
 * reason. A batch goes on after a rejection.
 */
public sealed interface BatchItem permits BatchItem.Read, BatchItem.Rejected {
    /** Where it came from: a file, or {@code file.jsonl:LINE}. */
    String source();

    /** An article read from its input. */
    record Read(Article article) implements BatchItem {
        @Override
        public String source() {
            return article.source();
        }
    }

    /** An input that is not an article; {@link InputException#getMessage()} is the one line to show. */
    record Rejected(InputException error) implements BatchItem {
        @Override
        public String source() {
            return error.source();
        }
    }
}
