package org.claimgraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * Every log event at WARN or above while it is open, as {@code LEVEL logger - message [exception]} lines: the logs
 * go to the process's standard error, which an in-process test cannot read otherwise.
 *
 * <pre>
 * try (LogCapture logs = LogCapture.start()) {
 *     ...
 *     assertEquals(1, logs.lines().size());
 * }
 * </pre>
 */
public final class LogCapture implements AutoCloseable {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final AbstractAppender appender;
    private final LoggerContext ctx;

    private LogCapture() {
        ctx = (LoggerContext) LogManager.getContext(false);
        appender =
                new AbstractAppender(
                        "test-capture-" + System.identityHashCode(this), null, null, true, Property.EMPTY_ARRAY) {
                    @Override
                    public void append(LogEvent event) {
                        lines.add(event.getLevel() + " " + event.getLoggerName() + " - "
                                + event.getMessage().getFormattedMessage()
                                + (event.getThrown() == null ? "" : " " + event.getThrown()));
                    }
                };
        appender.start();
        ctx.getConfiguration().getRootLogger().addAppender(appender, Level.WARN, null);
        ctx.updateLoggers();
    }

    /** Starts capturing. */
    public static LogCapture start() {
        return new LogCapture();
    }

    /** The lines captured so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        ctx.getConfiguration().getRootLogger().removeAppender(appender.getName());
        ctx.updateLoggers();
        appender.stop();
    }
}
