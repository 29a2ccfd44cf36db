package org.claimgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.claimgraph.ingest.ArticleBatch;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.ingest.InputException;
import org.claimgraph.pipeline.IngestJson;
import org.claimgraph.pipeline.LiveIngest;
import org.claimgraph.sys.Logs;

/**
 * {@code POST /kg/articles}: new articles into the served store, each extracted, validated and stored whole in
 * its own transaction ({@link LiveIngest}). The body is one article as text with front matter
 * ({@code text/plain}), one as a JSON object with the JSON Lines fields ({@code application/json}), or several as
 * JSON Lines ({@code application/x-ndjson}). The answer is JSON ({@link IngestJson}): each article's graph IRI
 * and counts, or its error; 200 when all were stored, else 400 (a bad input), 422 (a graph failing SHACL) or 500,
 * with the good articles of the request stored all the same, as the answer says.
 *
 * <p>Served only with {@code serve --allow-ingest} and a credentials file, to its users (HTTP Basic, as updates),
 * and never from another site's page ({@link WriteGuard}); without {@code --allow-ingest} every request is
 * refused with 403 and a line saying how to turn it on.
 */
/*package*/ final class ArticleIngest extends ActionService {
    /** The Fuseki operation of the endpoint: not a SPARQL one, so it gets an IRI of its own. */
    static final Operation OPERATION =
            Operation.alloc("urn:claimgraph:fuseki:ingest", "articles", "claimgraph article ingest");

    private final LiveIngest ingest;
    private final ArticleReader reader = ArticleReader.defaults();

    /** @param ingest where articles go; null when ingest is off, and every request is refused */
    ArticleIngest(LiveIngest ingest) {
        this.ingest = ingest;
    }

    @Override
    public void execPost(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void validate(HttpAction action) {
        if (ingest == null) {
            ServletOps.errorForbidden("Ingest is off: start the server with serve --allow-ingest --credentials FILE");
        }
        // Fuseki asks for the credentials (the endpoint's auth policy); this only makes sure.
        if (action.getUser() == null) {
            ServletOps.error(401, "Log in to add articles");
        }
    }

    @Override
    public void execute(HttpAction action) {
        byte[] body;
        try {
            body = action.getRequestInputStream().readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("Cannot read the request body: " + e.getMessage());
            return;
        }
        String type = mediaType(action.getRequestContentType());
        Iterable<BatchItem> items = switch (type) {
            case "text/plain", "text/markdown" -> List.of(one(() -> reader.parse(SOURCE, body, ArticleOverrides.NONE)));
            case "application/json" ->
                List.of(one(() -> ArticleBatch.fromJson(reader, SOURCE, utf8(body), ArticleOverrides.NONE)));
            case "application/x-ndjson", "application/jsonl", "application/json-lines" ->
                ArticleBatch.jsonLines(reader, SOURCE, new ByteArrayInputStream(body), ArticleOverrides.NONE);
            default -> {
                ServletOps.error(
                        415,
                        "Send one article as text/plain (front matter, then the text) or application/json "
                                + "(text, published, url, title), or several as application/x-ndjson");
                yield List.of();
            }
        };
        List<LiveIngest.Result> results = ingest.ingest(items);
        if (results.isEmpty()) {
            ServletOps.errorBadRequest("No article in the request");
        }
        String answer = IngestJson.answer(results);
        int status = IngestJson.status(results);
        Logs.SERVE.info(
                "POST articles by {}: {}",
                action.getUser(),
                answer.lines()
                        .filter(l -> l.contains("\"message\""))
                        .findFirst()
                        .orElse("")
                        .strip());
        action.setResponseStatus(status);
        action.setResponseContentType("application/json");
        action.setResponseCharacterEncoding("utf-8");
        try {
            OutputStream out = action.getResponseOutputStream();
            out.write(answer.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            Logs.SERVE.info("POST articles: the client went away before the answer: {}", e.getMessage());
        }
    }

    /** Names the article of a one-article request, and the lines of a JSON Lines one ({@code request:2}). */
    private static final String SOURCE = "request";

    private static BatchItem one(java.util.function.Supplier<org.claimgraph.ingest.Article> read) {
        try {
            return new BatchItem.Read(read.get());
        } catch (InputException e) {
            return new BatchItem.Rejected(e);
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(SOURCE, "not valid UTF-8 (bad byte sequence)");
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
