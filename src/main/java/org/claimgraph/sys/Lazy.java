package org.claimgraph.sys;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, once, however many threads ask at the same time: for the bundled resources
 * (models, gazetteer, rule set) that are costly to load and then shared.
 *
 * <pre>
 * private static final Lazy&lt;Gazetteer&gt; BUNDLED = Lazy.of(Gazetteer::loadBundled);
 * public static Gazetteer bundled() { return BUNDLED.get(); }
 * </pre>
 *
 * @param <T> the value's type
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    private Lazy(Supplier<T> make) {
        this.make = Objects.requireNonNull(make);
    }

    /** A holder that calls {@code make} on the first {@link #get()}. */
    public static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    /** The value, made on the first call (a failed attempt is tried again on the next call). */
    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(make.get(), "lazy value");
                    value = v;
                }
            }
        }
        return v;
    }
}
