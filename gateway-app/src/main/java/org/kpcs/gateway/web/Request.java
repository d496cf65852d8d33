package org.kpcs.gateway.web;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A GET request to an endpoint: the path segments after the endpoint's own, and the query's parameters. */
record Request(List<String> segments, Map<String, String> params) {
    static Request of(final HttpExchange exchange) {
        final String path = exchange.getRequestURI().getRawPath();
        final String rest = path.substring(
                Math.min(path.length(), exchange.getHttpContext().getPath().length()));
        final List<String> segments = rest.isEmpty()
                ? List.of()
                : java.util.Arrays.stream(rest.split("/"))
                        .filter(s -> !s.isEmpty())
                        .map(Request::decode)
                        .toList();
        final Map<String, String> params = new HashMap<>();
        final String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (final String pair : query.split("&")) {
                final int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(
                            decode(pair.substring(0, eq)),
                            decode(pair.substring(eq + 1)).strip());
                }
            }
        }
        return new Request(List.copyOf(segments), Map.copyOf(params));
    }

    /** The query parameter, or empty. */
    String param(final String name) {
        return params.getOrDefault(name, "");
    }

    /** The path segment at {@code index} after the endpoint's path; refused when missing. */
    String segment(final int index, final String what) {
        if (index >= segments.size() || segments.get(index).isBlank()) {
            throw new IllegalArgumentException("the address lacks " + what);
        }
        return segments.get(index);
    }

    private static String decode(final String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
