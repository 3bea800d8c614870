package io.github.ppm.core.query;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks every request to a {@link SparqlEndpoint} passes before Fuseki sees it. A web page
 * in the user's browser can send a form POST to a loopback port (it cannot read the answer, but an
 * update runs: blind CSRF), and a page whose name resolves to 127.0.0.1 after loading (DNS
 * rebinding) can even read answers. So a request whose {@code Origin} is not this server and, on
 * a loopback address, whose {@code Host} is not the bound address is refused with 403. A body over
 * the limit is refused with 413 before it is read; a body of unknown length with 411.
 */
final class RequestGuard implements Filter {
    private final Set<String> hosts;
    private final boolean loopback;
    private final long maxBodyBytes;
    private volatile Set<String> authorities = Set.of();

    /**
     * @param hosts    the names of the bound address a request may use (as given, as bound, as in the URL)
     * @param loopback whether the address is loopback, where {@code Host} is checked
     */
    RequestGuard(Set<String> hosts, boolean loopback, long maxBodyBytes) {
        this.hosts = Set.copyOf(hosts);
        this.loopback = loopback;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The port bound, known once the server has started, completes the {@code host:port} a request may name. */
    void port(int port) {
        authorities = hosts.stream().map(host -> authority(host.toLowerCase(Locale.ROOT), port))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String authority(String host, int port) {
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        String origin = http.getHeader("Origin");
        if (origin != null && !authorities.contains(originAuthority(origin))) {
            refuse(answer, 403, "cross-origin request refused: origin `" + origin + "` is not this server");
            return;
        }
        String host = http.getHeader("Host");
        if (loopback && (host == null || !authorities.contains(host.toLowerCase(Locale.ROOT)))) {
            refuse(answer, 403, "request refused: host `" + host + "` is not the address this server listens on");
            return;
        }
        long length = http.getContentLengthLong();
        if (length > maxBodyBytes) {
            refuse(answer, 413, "request body of " + length + " bytes is over the limit of " + maxBodyBytes
                    + " bytes (ppm serve --max-body)");
            return;
        }
        if (length < 0 && http.getHeader("Transfer-Encoding") != null) {
            refuse(answer, 411, "a request body needs a Content-Length");
            return;
        }
        chain.doFilter(request, response);
    }

    /** {@code host:port} of an {@code Origin} such as {@code http://127.0.0.1:3030}; anything else (e.g. {@code null}) as it is. */
    private static String originAuthority(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") ? lower.substring("http://".length()) : lower;
    }

    private static void refuse(HttpServletResponse answer, int status, String message) throws IOException {
        answer.setStatus(status);
        answer.setContentType("text/plain;charset=utf-8");
        answer.setHeader("Connection", "close");
        answer.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
