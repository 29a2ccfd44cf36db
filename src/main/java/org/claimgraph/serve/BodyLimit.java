package org.claimgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses request bodies over a limit with 413, before any servlet reads them. A body that declares its
 * length is refused on its headers. A chunked body (no length declared) is read here, up to one byte over
 * the limit, and refused the same way, or handed on with its length known: Fuseki reads bodies itself and
 * would turn a body cut off in the middle into a 500. Jetty's own {@code SizeLimitHandler} does the first
 * half only.
 *
 * <p>A refused body up to {@value #COURTESY_BYTES} bytes past the limit is read to its end and dropped before
 * the 413 is sent. Otherwise the server closes the connection with the body's bytes unread, the kernel answers
 * the still-uploading client with a reset, and the reset can discard the 413 before the client reads it (the
 * client then sees no response at all: {@code ServerSecurityTest} did, once). A larger body is refused at once,
 * so that a client cannot make the server read without end; such a client should send
 * {@code Expect: 100-continue}, which gets the 413 before any of the body is sent.
 */
/*package*/ final class BodyLimit extends Handler.Wrapper {
    /** How much of a refused body is read and dropped so that the 413 reaches the client. */
    static final long COURTESY_BYTES = 1024 * 1024;

    private final long maxBytes;

    BodyLimit(long maxBytes, Handler next) {
        super(next);
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        if (declared > maxBytes) {
            if (declared <= maxBytes + COURTESY_BYTES && !expectsContinue(request)) {
                discard(Content.Source.asInputStream(request), declared);
            }
            tooLarge(request, response, callback, declared + " bytes");
            return true;
        }
        if (declared >= 0 || !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return super.handle(request, response, callback);
        }
        InputStream in = Content.Source.asInputStream(request);
        byte[] body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (body.length > maxBytes) {
            discard(in, COURTESY_BYTES);
            tooLarge(request, response, callback, "over " + maxBytes + " bytes");
            return true;
        }
        return super.handle(new Buffered(request, body), response, callback);
    }

    private void tooLarge(Request request, Response response, Callback callback, String size) {
        Response.writeError(
                request,
                response,
                callback,
                HttpStatus.PAYLOAD_TOO_LARGE_413,
                "Request body too large: " + size + ", the limit is " + maxBytes + " bytes");
    }

    private static boolean expectsContinue(Request request) {
        // The client waits for an answer before it sends the body: there is nothing to read, and reading would
        // make Jetty ask for the body with a 100.
        return request.getHeaders().contains(HttpHeader.EXPECT, "100-continue");
    }

    /** Reads and drops up to {@code limit} bytes of what is left of the body; a failure only ends it. */
    private static void discard(InputStream in, long limit) {
        try {
            in.skipNBytes(limit);
        } catch (IOException e) {
            // The body ended sooner (skipNBytes throws EOFException) or the client went away: nothing to keep.
        }
    }

    /** The request with its whole body in memory and its length declared. */
    private static final class Buffered extends Request.Wrapper {
        private final byte[] body;
        private final HttpFields headers;
        private boolean read;

        Buffered(Request request, byte[] body) {
            super(request);
            this.body = body;
            HttpFields.Mutable h = HttpFields.build(request.getHeaders());
            h.remove(HttpHeader.TRANSFER_ENCODING);
            h.put(HttpHeader.CONTENT_LENGTH, Long.toString(body.length));
            this.headers = h.asImmutable();
        }

        @Override
        public HttpFields getHeaders() {
            return headers;
        }

        @Override
        public long getLength() {
            return body.length;
        }

        @Override
        public synchronized Content.Chunk read() {
            if (read) {
                return Content.Chunk.EOF;
            }
            read = true;
            return Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }
    }
}
