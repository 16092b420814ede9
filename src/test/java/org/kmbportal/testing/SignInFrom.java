package org.kmbportal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The sign-in page used from a chosen loopback address (any of 127.0.0.0/8 is this machine): failed sign-ins slow
 * and lock the address they come from, so tests that fail many on purpose use addresses no other test signs in from.
 * The JDK's HTTP client cannot choose its local address; Apache HttpClient can.
 */
public final class SignInFrom {

    private final InetAddress address;

    private SignInFrom(InetAddress address) {
        this.address = address;
    }

    public static SignInFrom address(InetAddress address) {
        return new SignInFrom(address);
    }

    /** Opens the sign-in page and sends the form with the email and password, as a browser would. */
    public Http.Answer submit(URI portal, String email, String password) {
        DefaultRoutePlanner fromAddress = new DefaultRoutePlanner(null) {
            @Override
            protected InetAddress determineLocalAddress(HttpHost firstHop, HttpContext context) {
                return address;
            }
        };
        try (CloseableHttpClient client = HttpClients.custom().setRoutePlanner(fromAddress)
                .setDefaultCookieStore(new BasicCookieStore()).disableRedirectHandling().build()) {
            String page = client.execute(new HttpGet(portal.resolve("/sign-in")), r -> EntityUtils.toString(
                    r.getEntity(), StandardCharsets.UTF_8));
            Document document = Jsoup.parse(page, portal.resolve("/sign-in").toString());
            Element form = document.getElementById("signin");
            List<NameValuePair> fields = new ArrayList<>();
            for (Element hidden : form.select("input[type=hidden]")) {
                fields.add(new BasicNameValuePair(hidden.attr("name"), hidden.attr("value")));
            }
            Element script = document.selectFirst("script[nonce]");
            if (script != null) {
                fields.add(new BasicNameValuePair("primefaces.nonce", script.attr("nonce")));
            }
            fields.add(new BasicNameValuePair("signin:email", email));
            fields.add(new BasicNameValuePair("signin:password", password));
            Element button = form.getElementById("signin:submit");
            fields.add(new BasicNameValuePair(button.attr("name"), button.attr("value")));
            HttpPost post = new HttpPost(URI.create(form.absUrl("action")));
            post.setEntity(new UrlEncodedFormEntity(fields, StandardCharsets.UTF_8));
            return client.execute(post, SignInFrom::answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Http.Answer answer(ClassicHttpResponse response) throws IOException, ParseException {
        Map<String, List<String>> headers = new HashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), k -> new ArrayList<>()).addAll(Arrays.asList(header.getValue()));
        }
        String body = response.getEntity() == null
                ? ""
                : EntityUtils.toString(response.getEntity(),
                        StandardCharsets.UTF_8);
        return new Http.Answer(response.getCode(), body, headers);
    }
}
