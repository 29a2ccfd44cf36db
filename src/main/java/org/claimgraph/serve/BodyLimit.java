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
 */
/*package*/ final class BodyLimit extends Handler.Wrapper {
    private final long maxBytes;

    BodyLimit(long maxBytes, Handler next) {
        super(next);
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        if (declared > maxBytes) {
            tooLarge(request, response, callback, declared + " bytes");
            return true;
        }
        if (declared >= 0 || !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return super.handle(request, response, callback);
        }
        byte[] body = readAtMost(request, maxBytes + 1);
        if (body.length > maxBytes) {
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

    private static byte[] readAtMost(Request request, long limit) throws IOException {
        InputStream in = Content.Source.asInputStream(request);
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
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
