package org.kmbportal.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP written by hand on a socket, for what a well-behaved client cannot send: a request that announces 300 MB and
 * sends a few bytes, a chunked body, a forged {@code Host}. Reads the answer until the server closes or goes quiet.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The status line's code, and the body after the headers (decoded as UTF-8). */
    public record Answer(int status, String head, String body, long millis) {
    }

    /**
     * Sends the request line and headers (CRLF added), then as much of the body as given, and reads the answer.
     */
    public static Answer send(URI base, String requestLineAndHeaders, byte[] bodyStart) {
        return send(base, null, requestLineAndHeaders, bodyStart);
    }

    /**
     * The same from a chosen loopback address ({@code 127.0.0.9}): the portal then counts the request as coming from
     * another client, as throttling per address does.
     */
    public static Answer send(URI base, String fromAddress, String requestLineAndHeaders, byte[] bodyStart) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            if (fromAddress != null) {
                socket.bind(new java.net.InetSocketAddress(fromAddress, 0));
            }
            socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLineAndHeaders.strip() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            try {
                out.write(bodyStart);
                out.flush();
            } catch (IOException closedEarly) {
                // The server may answer and close before reading what was sent: that is the point.
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                    if (complete(answer.toString(StandardCharsets.UTF_8))) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException ended) {
                // What arrived is the answer.
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            int status = head.length() > 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new Answer(status, head, body, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a page from the given loopback address, fills its form as a browser would (view state, script nonce,
     * session cookie) and presses its first submit button; the answer to the post.
     */
    public static Answer submitForm(URI base, String fromAddress, String path, String formId,
            java.util.Map<String, String> fields) {
        Answer page = send(base, fromAddress, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close",
                new byte[0]);
        java.util.regex.Matcher cookie = java.util.regex.Pattern.compile("(?i)Set-Cookie: (JSESSIONID=[^;]+)")
                .matcher(page.head());
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page.body());
        org.jsoup.nodes.Element form = document.getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("No form '" + formId + "' on " + path + ": " + page.head());
        }
        java.util.StringJoiner body = new java.util.StringJoiner("&");
        for (org.jsoup.nodes.Element hidden : form.select("input[type=hidden]")) {
            body.add(encode(hidden.attr("name")) + "=" + encode(hidden.attr("value")));
        }
        org.jsoup.nodes.Element script = document.selectFirst("script[nonce]");
        if (script != null) {
            body.add("primefaces.nonce=" + encode(script.attr("nonce")));
        }
        fields.forEach((id, value) -> body.add(encode(formId + ":" + id) + "=" + encode(value)));
        org.jsoup.nodes.Element button = form.selectFirst("input[type=submit], button[type=submit]");
        body.add(encode(button.attr("name")) + "=" + encode(button.attr("value")));
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return send(base, fromAddress, "POST " + form.attr("action") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\nContent-Length: "
                + bytes.length + (cookie.find() ? "\r\nCookie: " + cookie.group(1) : ""), bytes);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static boolean complete(String text) {
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        String head = text.substring(0, split).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return head.contains("transfer-encoding: chunked") && text.endsWith("0\r\n\r\n");
        }
        int end = head.indexOf("\r\n", at);
        long length = Long.parseLong(head.substring(at + 15, end < 0 ? head.length() : end).strip());
        return text.substring(split + 4).getBytes(StandardCharsets.UTF_8).length >= length;
    }
}
