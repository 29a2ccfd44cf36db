package org.claimgraph.store;

import java.util.BitSet;

/**
 * A Bloom filter of the names and URLs a bulk load has streamed: a fixed number of bits whatever the size of the
 * corpus. It may answer "seen" for a key it has not seen (rarely while the filter is far from full), never "not
 * seen" for one it has; a bulk load treats "seen" as a possible repeat and writes that article after the bulk
 * load, through a transaction that checks the store, so a wrong "seen" costs time and nothing else.
 */
/*package*/ final class SeenFilter {
    private static final int HASHES = 4;

    private final BitSet bits;
    private final int size;

    /**
     * @param size bits. With 2<sup>26</sup> (8 MiB), about 1 article in 15,000 of a million-article load is wrongly
     *             suspected; at ten million, about 1 in 7, and the share grows as the filter fills.
     */
    SeenFilter(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a filter needs at least one bit: " + size);
        }
        this.size = size;
        this.bits = new BitSet(size);
    }

    /** Adds the key; true when it may have been added before. */
    boolean add(String key) {
        long h1 = fnv1a(key);
        long h2 = mix(h1) | 1; // odd, so that the probes differ from one another
        boolean seen = true;
        for (int i = 0; i < HASHES; i++) {
            int bit = (int) Long.remainderUnsigned(h1 + i * h2, size);
            if (!bits.get(bit)) {
                seen = false;
                bits.set(bit);
            }
        }
        return seen;
    }

    /** The bytes the filter holds: the same from the first key to the last. */
    long bytes() {
        return bits.size() / 8L;
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a second hash, independent enough of the first, from the same 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
