package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the JavaScript libraries the explorer uses from their WebJars on the classpath, so the pages need
 * nothing from other hosts: {@code /webjars/zazuko__yasgui/build/yasgui.min.js} is the classpath resource
 * {@code META-INF/resources/webjars/zazuko__yasgui/<version>/build/yasgui.min.js}, the version read from the
 * WebJar's own {@code pom.properties}, so pages name no version and a dependency update needs no page edit.
 * Only the WebJars in {@link #ALLOWED} are served.
 */
public final class WebJarResources extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The WebJars served, by npm name (all {@code org.webjars.npm}). */
    public static final java.util.Set<String> ALLOWED =
            java.util.Set.of("zazuko__yasgui", "cytoscape", "cytoscape-fcose", "cose-base", "layout-base");

    private static final Map<String, String> TYPES = Map.of(
            "js",
            "text/javascript;charset=utf-8",
            "css",
            "text/css;charset=utf-8",
            "map",
            "application/json",
            "json",
            "application/json",
            "txt",
            "text/plain;charset=utf-8",
            "svg",
            "image/svg+xml",
            "png",
            "image/png",
            "woff2",
            "font/woff2",
            "woff",
            "font/woff",
            "md",
            "text/plain;charset=utf-8");

    private final transient Map<String, Optional<String>> versions = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.contains("..") || path.contains("\\") || path.contains("//")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String[] parts = path.substring(1).split("/", 2);
        if (parts.length < 2 || !ALLOWED.contains(parts[0]) || parts[1].isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> version = versions.computeIfAbsent(parts[0], WebJarResources::version);
        if (version.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String resource = "META-INF/resources/webjars/" + parts[0] + "/" + version.get() + "/" + parts[1];
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String name = parts[1];
            String ext = name.substring(name.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            // Pages name no version, so caches must revalidate after an upgrade: keep it to an hour.
            resp.setHeader("Cache-Control", "public, max-age=3600");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    /** The version of an npm WebJar on the classpath, from its Maven metadata. */
    static Optional<String> version(String npmName) {
        String props = "META-INF/maven/org.webjars.npm/" + npmName + "/pom.properties";
        try (InputStream in = WebJarResources.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
