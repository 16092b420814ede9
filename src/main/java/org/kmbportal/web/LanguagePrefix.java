package org.kmbportal.web;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A reader who guesses an address with a language in front ({@code /fr/search?q=…}, {@code /fr/}, {@code /en/resources/x})
 * lands on the same page in that language: the portal's addresses carry the language as {@code ?lang=}, so the answer
 * is a redirect to the path without the prefix, its query kept and {@code lang} set. The target is always a path on
 * this site (leading slashes and backslashes fold into one, so {@code /fr//elsewhere.example} cannot leave it) and
 * never has a prefix again, so one redirect settles it. A page that does not exist is then a 404 in that language.
 * The API is left alone: its {@code lang} filters resources by language, which a prefix should not do.
 */
@WebFilter(urlPatterns = {"/fr", "/fr/*", "/en", "/en/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class LanguagePrefix extends HttpFilter {

    private static final Pattern PREFIXED = Pattern.compile(
            "^/(fr|en)(?=/|$)((?:[/\\\\]+(?:fr|en)(?=[/\\\\]|$))*)(.*)$",
            Pattern.DOTALL);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        Optional<String> target = reading
                ? target(request.getRequestURI().substring(request.getContextPath().length()),
                        request.getQueryString())
                : Optional.empty();
        if (target.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + target.get());
    }

    /**
     * Where an address with a language prefix goes (a path on this site, with its query and that language), or empty
     * when the path has no prefix or is the API's. Pure.
     */
    static Optional<String> target(String path, String query) {
        Matcher prefixed = PREFIXED.matcher(path == null ? "" : path);
        if (!prefixed.matches()) {
            return Optional.empty();
        }
        String rest = "/" + prefixed.group(3).replaceFirst("^[/\\\\]+", "");
        if (rest.equals("/api") || rest.startsWith("/api/")) {
            return Optional.empty();
        }
        String kept = query == null
                ? ""
                : Stream.of(query.split("&")).filter(pair -> !pair.isEmpty()
                        && !pair.equals(ReaderLanguage.PARAMETER) && !pair.startsWith(ReaderLanguage.PARAMETER + "="))
                        .collect(Collectors.joining("&"));
        String target = rest + "?" + (kept.isEmpty() ? "" : kept + "&") + ReaderLanguage.PARAMETER + "="
                + prefixed.group(1);
        // Nothing a header could be split or bent with (a container would have refused such an address anyway).
        return target.chars().allMatch(c -> c > ' ' && c < 0x7f) ? Optional.of(target) : Optional.empty();
    }
}
