package org.claimgraph.store;

import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.claimgraph.sys.ClaimgraphException;

/**
 * One attempt at an HTTP exchange with a remote endpoint, and the wait before the next: what
 * {@link RemoteGraphStore} (a Graph Store Protocol {@code PUT}) and the pipeline's {@code RemoteIngest} (a
 * {@code POST} to a claimgraph server) share. Each decides for itself which answers to retry and how often.
 *
 * <pre>
 * for (int attempt = 0; ; attempt++) {
 *     HttpAttempts.Attempt a = HttpAttempts.send(http, request, BodyHandlers.ofString(), connect, response,
 *             e -&gt; new StoreException(endpoint + ": interrupted", e));
 *     if (a.status() / 100 == 2) return;
 *     if (attempt &gt;= retries) throw new StoreException(endpoint + ": " + a.problem());
 *     HttpAttempts.pause(endpoint, HttpAttempts.backoffMillis(attempt));
 * }
 * </pre>
 */
public final class HttpAttempts {
    /** The first wait before a retry; it doubles with each attempt, up to 64 times this. */
    private static final long FIRST_BACKOFF_MILLIS = 250;

    private HttpAttempts() {}

    /**
     * What one attempt came to.
     *
     * @param response the response, or null when none came
     * @param problem  why the attempt did not succeed, for messages: {@code HTTP 503: <first line of the body>}
     *                 when there is a response, else the timeout or the connection failure
     */
    public record Attempt(HttpResponse<String> response, String problem) {
        /** The HTTP status, or -1 when no response came. */
        public int status() {
            return response == null ? -1 : response.statusCode();
        }
    }

    /**
     * Sends the request and waits for the whole exchange within the connect and the response timeouts together:
     * java.net.http's own request timeout does not run while the body is being sent, and an endpoint that accepts
     * and never reads stops the sending once the socket's buffers are full.
     *
     * @param interrupted the exception to throw, with the interruption as its cause, when the thread is interrupted
     *                    while waiting (the exchange is cancelled and the interrupt flag set again first)
     */
    public static Attempt send(
            HttpClient http,
            HttpRequest request,
            HttpResponse.BodyHandler<String> body,
            Duration connectTimeout,
            Duration responseTimeout,
            Function<InterruptedException, StoreException> interrupted) {
        CompletableFuture<HttpResponse<String>> exchange = http.sendAsync(request, body);
        try {
            HttpResponse<String> response =
                    exchange.get(connectTimeout.plus(responseTimeout).toMillis(), TimeUnit.MILLISECONDS);
            return new Attempt(response, "HTTP " + response.statusCode() + firstLine(response.body()));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Attempt(null, noResponse(responseTimeout));
        } catch (ExecutionException e) {
            return new Attempt(
                    null,
                    e.getCause() instanceof HttpConnectTimeoutException
                            ? "no connection within " + seconds(connectTimeout) + ", set by --connect-timeout"
                            : e.getCause() instanceof HttpTimeoutException
                                    ? noResponse(responseTimeout)
                                    : ClaimgraphException.rootMessage(e));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw interrupted.apply(e);
        }
    }

    /** The wait before retrying after the attempt numbered {@code attempt} (from 0): 0.25 s, 0.5 s, 1 s, … 16 s. */
    public static long backoffMillis(int attempt) {
        return FIRST_BACKOFF_MILLIS << Math.min(attempt, 6);
    }

    /** Waits before a retry; an interruption stops the work with a {@link StoreException} naming the endpoint. */
    public static void pause(Object endpoint, long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new StoreException(endpoint + ": interrupted while retrying", ie);
        }
    }

    /** The first line of an error body, which Fuseki (claimgraph's server too) and most stores fill with the reason. */
    public static String firstLine(String body) {
        String line =
                body == null ? "" : body.strip().lines().findFirst().orElse("").strip();
        if (line.length() > 200) {
            line = line.substring(0, 197) + "...";
        }
        return line.isEmpty() ? "" : ": " + line;
    }

    private static String noResponse(Duration responseTimeout) {
        return "no response within " + seconds(responseTimeout) + ", set by --response-timeout";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
