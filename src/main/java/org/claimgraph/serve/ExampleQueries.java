package org.claimgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.query.BundledQueries;

/**
 * {@code /queries.json}: the bundled queries of {@code queries/} as the home page's named examples, a JSON
 * array of {@code {"name", "question", "query"}}. Read from the jar once, when the server starts.
 */
public final class ExampleQueries extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final byte[] json;

    public ExampleQueries() {
        List<Map<String, String>> list = new ArrayList<>();
        for (BundledQueries.Named q : BundledQueries.list()) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("name", q.name());
            item.put("question", q.question());
            item.put("query", q.text());
            list.add(item);
        }
        try {
            json = new ObjectMapper().writeValueAsBytes(list);
        } catch (IOException e) {
            throw new ServeException("Cannot list the bundled queries: " + e.getMessage(), e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.setContentLength(json.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(json);
        }
    }
}
