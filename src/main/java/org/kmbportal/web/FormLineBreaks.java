package org.kmbportal.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A line break typed in a form's box reaches the server as one character, as the box counted it. Browsers send each
 * line break of a text area as CR LF, two characters, while the box's {@code maxlength} and its counter count one: a
 * text of 2,985 characters with 41 line breaks arrived as 3,026 and lost its end to a 3,000 limit that the box had
 * let it stay under. Every form's value is read here with CR LF (and a lone CR) as LF, so each limit of the portal
 * counts what the person saw, and what is stored has one kind of line break.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class FormLineBreaks extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(isForm(request) ? new OneCharacterBreaks(request) : request, response);
    }

    /** A form posted by a page; the API's JSON bodies are read by their own code, not as parameters. */
    static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    /** The text with every CR LF and lone CR as LF. */
    static String unified(String value) {
        return value == null || value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static final class OneCharacterBreaks extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        OneCharacterBreaks(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> read = new LinkedHashMap<>();
                for (Map.Entry<String, String[]> entry : super.getParameterMap().entrySet()) {
                    String[] values = entry.getValue().clone();
                    for (int i = 0; i < values.length; i++) {
                        values[i] = unified(values[i]);
                    }
                    read.put(entry.getKey(), values);
                }
                parameters = Collections.unmodifiableMap(read);
            }
            return parameters;
        }
    }
}
