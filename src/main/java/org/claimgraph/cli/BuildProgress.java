package org.claimgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a build on standard error: on a terminal a progress bar (articles done, rate, time left); elsewhere
 * (a pipe, a log file, CI) one line every {@value #LINE_INTERVAL_SECONDS} seconds, and nothing for a short build.
 */
/*package*/ final class BuildProgress implements AutoCloseable {
    /** Seconds between progress lines when standard error is not a terminal. */
    static final int LINE_INTERVAL_SECONDS = 10;

    private final ProgressBar bar;
    private final PrintWriter err;
    private final long total;
    private final long start = System.nanoTime();
    private long lastLine = start;
    private long done;
    private boolean closed;

    private BuildProgress(ProgressBar bar, PrintWriter err, long total) {
        this.bar = bar;
        this.err = err;
        this.total = total;
    }

    /**
     * A bar when {@code terminal}, periodic lines otherwise; {@code total} is the expected number of inputs, or -1
     * when it is not known in advance (N-Quads dumps).
     */
    static BuildProgress start(PrintWriter err, long total, boolean terminal) {
        ProgressBar bar = null;
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName("build")
                    .setInitialMax(total)
                    .setUnit(" articles", 1)
                    .showSpeed(new java.text.DecimalFormat("0.0"))
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }
        return new BuildProgress(bar, err, total);
    }

    /** True when both standard input and output are a terminal (Java has no test for standard error alone). */
    static boolean onTerminal() {
        return System.console() != null;
    }

    /** One more input done (built or rejected). */
    void step() {
        done++;
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= LINE_INTERVAL_SECONDS * 1_000_000_000L) {
            lastLine = now;
            double seconds = (now - start) / 1e9;
            double rate = done / seconds;
            if (total < 0) {
                err.printf("claimgraph: %d articles, %.1f articles/s%n", done, rate);
            } else {
                long left = rate > 0 && total > done ? Math.round((total - done) / rate) : 0;
                err.printf("claimgraph: %d/%d articles, %.1f articles/s, %s left%n", done, total, rate, format(left));
            }
            err.flush();
        }
    }

    private static String format(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return d.toHours() > 0
                ? String.format("%dh%02dm", d.toHours(), d.toMinutesPart())
                : String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }

    /** Draws the bar a last time and leaves the line; again is a no-op. */
    @Override
    public void close() {
        if (bar != null && !closed) {
            closed = true;
            bar.close();
            System.err.flush();
        }
    }
}
