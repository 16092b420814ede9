package org.kmbportal.curation.links;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks one outside link the way a careful visitor would: HEAD first (GET when a site refuses HEAD), redirects
 * followed one by one and recorded, a timeout on every request, transient failures (timeouts, 5xx, 429) retried with
 * a pause, and never more than one request per host per {@code perHostInterval}. Addresses on private, loopback or
 * link-local networks are not requested unless {@code allowPrivate} (tests only), at the first request and after
 * every redirect.
 */
public class LinkChecker {

    /** How the checker behaves; the defaults suit a production portal. */
    public record Settings(Duration timeout, Duration perHostInterval, int attempts, Duration retryPause,
            int maxRedirects, boolean allowPrivate) {

        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(10), Duration.ofSeconds(2), 3,
                Duration.ofSeconds(5), 5, false);
    }

    static final String USER_AGENT = "KMbPortal-LinkChecker/1.0 (+checks links curators shared; one request per host"
            + " at a time)";

    /** One request and its answer: the status and the {@code Location} header, if any. */
    record Answer(int status, String location) {
    }

    /** Sends one request (HEAD or GET) without following redirects; a timeout is an {@link HttpTimeoutException}. */
    interface Transport {
        Answer send(URI uri, String method) throws IOException, InterruptedException;
    }

    /** The time the checker reads and waits on (the system's, or a test's that moves only when asked to). */
    interface Clock {
        long nanoTime();

        void sleep(Duration duration);
    }

    private static final Clock SYSTEM_CLOCK = new Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) {
            try {
                Thread.sleep(Math.max(1, duration.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    };

    private final Settings settings;
    private final Transport transport;
    private final Clock clock;
    private final Map<String, Long> nextAllowed = new ConcurrentHashMap<>();

    public LinkChecker(Settings settings) {
        this(settings, http(settings), SYSTEM_CLOCK);
    }

    /** A checker on a given transport and clock (tests: answers scripted, time that moves only when waited on). */
    LinkChecker(Settings settings, Transport transport, Clock clock) {
        this.settings = settings;
        this.transport = transport;
        this.clock = clock;
    }

    private static Transport http(Settings settings) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
        return (uri, method) -> {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                    .header("User-Agent", USER_AGENT).method(method, HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null));
        };
    }

    public CheckOutcome check(String url) {
        CheckOutcome last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            last = once(url, attempt);
            if (last.result() != CheckOutcome.Result.FAILED || !transient_(last.httpStatus())) {
                return last;
            }
            if (attempt < settings.attempts()) {
                clock.sleep(settings.retryPause().multipliedBy(attempt));
            }
        }
        return last;
    }

    /** Timeouts and refused connections (status 0), server errors and "too many requests" may pass; a 404 will not. */
    private static boolean transient_(int status) {
        return status == 0 || status == 429 || status >= 500;
    }

    private CheckOutcome once(String url, int attempt) {
        List<String> hops = new ArrayList<>();
        boolean permanent = false;
        URI current;
        try {
            current = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return new CheckOutcome(CheckOutcome.Result.SKIPPED, 0, url, hops, attempt, "not a valid address");
        }
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            String refusal = refusal(current);
            if (refusal != null) {
                return new CheckOutcome(hop == 0 ? CheckOutcome.Result.SKIPPED : CheckOutcome.Result.FAILED, 0,
                        current.toString(), hops, attempt, refusal);
            }
            int status;
            String location;
            try {
                Answer answer = request(current, "HEAD");
                if (answer.status() == 405 || answer.status() == 403 || answer.status() == 501) {
                    answer = request(current, "GET");
                }
                status = answer.status();
                location = answer.location();
            } catch (HttpTimeoutException e) {
                return new CheckOutcome(CheckOutcome.Result.FAILED, 0, current.toString(), hops, attempt,
                        "no answer within " + settings.timeout().toSeconds() + " s");
            } catch (IOException e) {
                return new CheckOutcome(CheckOutcome.Result.FAILED, 0, current.toString(), hops, attempt,
                        "could not connect: "
                                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new CheckOutcome(CheckOutcome.Result.FAILED, 0, current.toString(), hops, attempt,
                        "interrupted");
            }
            if (status >= 300 && status < 400 && location != null) {
                URI next = current.resolve(location.strip());
                hops.add(status + " " + next);
                permanent |= status == 301 || status == 308;
                current = next;
                continue;
            }
            if (status >= 200 && status < 300) {
                return new CheckOutcome(permanent ? CheckOutcome.Result.MOVED : CheckOutcome.Result.OK, status,
                        current.toString(), hops, attempt, permanent ? "moved permanently" : "");
            }
            return new CheckOutcome(CheckOutcome.Result.FAILED, status, current.toString(), hops, attempt,
                    "answered " + status);
        }
        return new CheckOutcome(CheckOutcome.Result.FAILED, 0, current.toString(), hops, attempt,
                "more than " + settings.maxRedirects() + " redirects");
    }

    private Answer request(URI uri, String method) throws IOException, InterruptedException {
        waitForHost(uri.getHost());
        return transport.send(uri, method);
    }

    /** Politeness: requests to one host are spaced by at least the configured interval. */
    private void waitForHost(String host) {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        long interval = settings.perHostInterval().toNanos();
        while (true) {
            long now = clock.nanoTime();
            Long allowed = nextAllowed.get(key);
            if (allowed == null
                    ? nextAllowed.putIfAbsent(key, now + interval) == null
                    : allowed <= now && nextAllowed.replace(key, allowed, now + interval)) {
                return;
            }
            long wait = allowed == null ? 1_000_000 : Math.max(1_000_000, allowed - now);
            clock.sleep(Duration.ofNanos(wait));
        }
    }

    /** Why an address must not be requested, or null. */
    String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return "only http and https addresses are checked";
        }
        if (settings.allowPrivate()) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal(address)) {
                    return "a private or local address is not checked";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean uniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }
}
