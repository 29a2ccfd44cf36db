package org.claimgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** Samples the heap every 100 ms: the most in use, and the most still in use after a collection. */
/*package*/ final class HeapSampler extends Thread {
    volatile boolean running = true;
    volatile long peakUsed;
    volatile long peakLive;

    HeapSampler() {
        super("bench-heap-sampler");
        setDaemon(true);
    }

    @Override
    public void run() {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        while (running) {
            sample(heap);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
        sample(heap);
    }

    private void sample(List<MemoryPoolMXBean> heap) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long live = 0;
        for (MemoryPoolMXBean p : heap) {
            var after = p.getCollectionUsage();
            live += after == null ? 0 : after.getUsed();
        }
        peakUsed = Math.max(peakUsed, used);
        peakLive = Math.max(peakLive, live);
        phasePeakLive = Math.max(phasePeakLive, live);
    }

    private volatile long phasePeakLive;

    /**
     * The most heap live after a collection since the last call, in MiB; then a collection, so that the next
     * phase starts from what is really held rather than from the last phase's garbage.
     */
    long phase() {
        long peak = phasePeakLive;
        System.gc();
        phasePeakLive = 0;
        return peak / (1024 * 1024);
    }

    void stopSampling() {
        running = false;
        interrupt();
    }
}
