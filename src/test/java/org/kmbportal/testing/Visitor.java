package org.kmbportal.testing;

import java.io.StringReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person using the portal over HTTP, with their own cookies: fills and submits the real pages' forms (view state
 * included, as a browser would) and calls the API with the session's CSRF token. Redirects are not followed, so tests
 * see them.
 */
public final class Visitor {

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final String language;
    private String csrf;

    private boolean scripts = true;

    public Visitor(URI base) {
        this(base, null);
    }

    /** A visitor whose browser asks for pages in the language ({@code Accept-Language}). */
    public Visitor(URI base, String language) {
        this.base = base;
        this.language = language;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * This visitor as a browser that runs no script: its forms carry only what their HTML holds (no nonce added by
     * PrimeFaces' script).
     */
    public Visitor withoutScripts() {
        scripts = false;
        return this;
    }

    /** Signs in through the sign-in page; true when the portal accepted. */
    public boolean signIn(String email, String password) {
        Http.Answer answer = submit("/sign-in", "signin", Map.of("email", email, "password", password));
        csrf = null;
        return answer.status() == 302 || answer.status() == 303;
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public Http.Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /**
     * Opens the page, fills the form's fields named by their id (the part after the form's id) and presses the button
     * with the given id, or the form's first submit button.
     */
    public Http.Answer submit(String path, String formId, Map<String, String> fields) {
        return submit(path, formId, fields, null);
    }

    public Http.Answer submit(String path, String formId, Map<String, String> fields, String buttonId) {
        Http.Answer page = get(path);
        if (page.status() != 200) {
            return page;
        }
        Document document = Jsoup.parse(page.body(), base.resolve(path).toString());
        if (document.getElementById(formId) == null) {
            throw new IllegalStateException("No form '" + formId + "' on " + path + ":\n" + page.body());
        }
        return submit(document, formId, fields, buttonId);
    }

    /**
     * Presses a form of a page read earlier (parsed with its address as base), as a browser's back button or another
     * tab would send it again.
     */
    public Http.Answer submit(Document document, String formId, Map<String, String> fields, String buttonId) {
        Element form = document.getElementById(formId);
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            values.put(input.attr("name"), input.attr("value"));
        }
        for (Element checked : form.select("input[type=radio][checked], input[type=checkbox][checked]")) {
            values.put(checked.attr("name"), checked.attr("value"));
        }
        // PrimeFaces' script adds the page's CSP nonce to every form it finds; the portal refuses a postback without.
        // A visitor without scripts sends only what the form's HTML holds.
        Element script = document.selectFirst("script[nonce]");
        if (script != null && scripts) {
            values.put("primefaces.nonce", script.attr("nonce"));
        }
        fields.forEach((id, value) -> values.put(formId + ":" + id, value));
        Element button = buttonId == null
                ? form.selectFirst("input[type=submit], button[type=submit]")
                : form.getElementById(formId + ":" + buttonId);
        values.put(button.attr("name"), button.attr("value"));
        StringJoiner body = new StringJoiner("&");
        values.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        URI action = URI.create(form.absUrl("action"));
        return send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** An API call; unsafe methods carry the session's CSRF token unless {@code withToken} is false. */
    public Http.Answer api(String method, String path, String json, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept",
                "application/json");
        if (withToken && !method.equals("GET")) {
            request.header("X-CSRF-Token", csrfToken());
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return send(request);
    }

    public Http.Answer api(String method, String path, String json) {
        return api(method, path, json, true);
    }

    public Http.Answer upload(String path, byte[] zip) {
        return upload(path, zip, true);
    }

    public Http.Answer upload(String path, byte[] zip, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type",
                "application/zip");
        if (withToken) {
            request.header("X-CSRF-Token", csrfToken());
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
    }

    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The session's CSRF token, as a page's script would read it from GET /api/session. */
    public String csrfToken() {
        if (csrf == null) {
            JsonObject session = json(get("/api/session").body());
            csrf = session.getString("csrf_token", "");
        }
        return csrf;
    }

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private Http.Answer send(HttpRequest.Builder request) {
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return Http.send(client, request.timeout(Duration.ofSeconds(60)).build());
    }

    /**
     * The page a form's button led to: the answer itself, or the page it sent the browser to; answered 200 with the
     * page's messages shown.
     */
    public Document shownAfter(Http.Answer answer) {
        Http.Answer page = answer.status() / 100 == 3 ? get(answer.header("Location")) : answer;
        org.junit.jupiter.api.Assertions.assertEquals(200, page.status(), answer.status() + ": " + page.body());
        Document document = Jsoup.parse(page.body());
        org.junit.jupiter.api.Assertions.assertNotNull(document.getElementById("messages"), "messages shown: "
                + page.body());
        return document;
    }
}
