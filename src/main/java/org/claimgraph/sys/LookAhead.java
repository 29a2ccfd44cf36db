package org.claimgraph.sys;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over a source that only knows it is done when asked for the next item (a reader, a stream of lines,
 * inputs of which some give nothing): {@link #advance()} gives the next item, or null at the end, and is not called
 * again after that; {@code hasNext} reads one item ahead and keeps it for {@code next}.
 *
 * <pre>
 * return new LookAhead&lt;Article&gt;() {
 *     protected Article advance() { return reader.nextOrNull(); }
 * };
 * </pre>
 *
 * @param <T> the items' type
 */
public abstract class LookAhead<T> implements Iterator<T> {
    private T next;
    private boolean done;

    /** The next item, or null when there are no more. */
    protected abstract T advance();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T out = next;
        next = null;
        return out;
    }
}
