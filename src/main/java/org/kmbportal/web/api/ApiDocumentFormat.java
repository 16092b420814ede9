package org.kmbportal.web.api;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * {@code /openapi} answers JSON unless YAML is asked for: Payara's MicroProfile OpenAPI answers YAML as
 * {@code text/plain} to a browser or a tool that asks for nothing in particular ({@code Accept: *}{@code /*}), and
 * a 406 to {@code Accept: application/yaml}. Here {@code ?format=yaml} (Payara's own parameter) or an
 * {@code Accept} that names YAML gives YAML, as {@code application/yaml} when that was asked for; anything else gives
 * {@code application/json} ({@code text/plain} alone keeps Payara's YAML as text). The document itself stays Payara's (with {@link ApiDocumentFilter}).
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class ApiDocumentFormat extends HttpFilter {

    static final String JSON = "application/json";
    static final String YAML = "application/yaml";

    /** What a request asks for: the {@code format} parameter first, then the {@code Accept} header. */
    enum Format {
        JSON, YAML_AS_TEXT, YAML
    }

    static Format asked(String formatParameter, String accept) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            return formatParameter.strip().equalsIgnoreCase("yaml") ? Format.YAML_AS_TEXT : Format.JSON;
        }
        String types = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (types.contains("json")) {
            return Format.JSON;
        }
        if (types.contains("yaml")) {
            return Format.YAML;
        }
        // Payara's own answer to text/plain, kept for whoever relied on it.
        return types.contains("text/plain") ? Format.YAML_AS_TEXT : Format.JSON;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String parameter = request.getParameter("format");
        if (parameter != null && !parameter.isBlank()) {
            // Payara reads its own parameter.
            chain.doFilter(request, response);
            return;
        }
        Format format = asked(null, request.getHeader("Accept"));
        String accept = format == Format.JSON ? JSON : "text/plain";
        HttpServletRequest asking = new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                // Payara serves the document with Jersey, which reads the headers by their names.
                java.util.List<String> names = new java.util.ArrayList<>(Collections.list(super.getHeaderNames()));
                names.removeIf("Accept"::equalsIgnoreCase);
                names.add("Accept");
                return Collections.enumeration(names);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Accept".equalsIgnoreCase(name)
                        ? Collections.enumeration(java.util.List.of(accept))
                        : super.getHeaders(name);
            }
        };
        chain.doFilter(asking, format == Format.YAML ? new AsYaml(response) : response);
    }

    /** Names the YAML Payara writes as {@code text/plain} by its own type, for a caller who asked for that type. */
    private static final class AsYaml extends HttpServletResponseWrapper {
        AsYaml(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type != null && type.startsWith("text/plain") ? YAML + ";charset=UTF-8" : type);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                setContentType(value);
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                setContentType(value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
