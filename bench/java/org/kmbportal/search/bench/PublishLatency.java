package org.kmbportal.search.bench;

import java.net.URI;
import jakarta.json.Json;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.Visitor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Publish-to-searchable time. The cross-node path: another node (here, this process) publishes a resource by writing
 * the resource row and its change-log row in one transaction, taking the change counter's lock as the portal does;
 * the portal finds the change through its poll of the change log (every 250 ms). Measured from just before the commit
 * to the first {@code GET /api/search} answer that lists the resource; changes alternate between a new resource and
 * an edited title, at random moments relative to the poll. The same-node path: an editor publishing through the
 * editorial API.
 */
final class PublishLatency {

    private static final long GIVE_UP_MS = 15_000;

    private final DatabaseLoader database;
    private final HttpSearchTarget portal;
    private final Random random;

    PublishLatency(DatabaseLoader database, HttpSearchTarget portal, long seed) {
        this.database = database;
        this.portal = portal;
        this.random = new Random(seed);
    }

    /** Milliseconds from commit to searchable, one per change. */
    List<Double> crossNode(int changes, int existing) throws Exception {
        List<Double> times = new ArrayList<>();
        try (Connection c = database.connect(false)) {
            c.setAutoCommit(false);
            for (int n = 0; n < changes; n++) {
                PortalRuns.sleep(200 + random.nextInt(1000));
                String word = word();
                String slug = n % 2 == 0 ? insert(c, word, n) : update(c, word, 1 + random.nextInt(existing));
                long start = System.nanoTime();
                c.commit();
                times.add(awaitSearchable(word, slug, start));
            }
        }
        return times;
    }

    /**
     * The same-node path: an editor moves a guide from review to published through the editorial API, which commits
     * the change log and wakes the index at once. Measured from just before the publish request to the first search
     * answer that lists it.
     */
    List<Double> sameNode(int changes, URI base) throws Exception {
        Visitor admin = People.admin(base);
        Visitor editor = People.invited(base, admin, "bench-editor@kmb.test", "Bench Editor", "editor");
        List<Double> times = new ArrayList<>();
        for (int n = 0; n < changes; n++) {
            String word = word();
            String id = "bench-same-" + word;
            String text = "---\nid: " + id + "\ntype: practice-guide\ntitle: \"Check-ins " + word + "\"\nlanguage: en\n"
                    + "status: draft\ntopics: [match-support]\nsummary: \"A guide published during the benchmark.\"\n"
                    + "---\n1. Plan a check-in about " + word + ".\n";
            expect(editor.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version", -1)
                    .add("text", text).build().toString()), id);
            expect(editor.api("POST", "/api/editor/resources/" + id + "/transitions", "{\"to\": \"in-review\"}"),
                    id);
            PortalRuns.sleep(200 + random.nextInt(1000));
            long start = System.nanoTime();
            expect(editor.api("POST", "/api/editor/resources/" + id + "/transitions", "{\"to\": \"published\"}"),
                    id);
            times.add(awaitSearchable(word, id, start));
        }
        return times;
    }

    private static void expect(Http.Answer answer, String id) {
        if (answer.status() != 200) {
            throw new IllegalStateException(answer.status() + " for " + id + ": " + answer.body());
        }
    }

    private static long lockCounter(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT last_seq FROM change_counter WHERE id = 1 FOR UPDATE");
                ResultSet row = lock.executeQuery()) {
            row.next();
            long next = row.getLong(1) + 1;
            try (PreparedStatement update = c.prepareStatement("UPDATE change_counter SET last_seq = ? WHERE id = 1")) {
                update.setLong(1, next);
                update.executeUpdate();
            }
            return next;
        }
    }

    private static void log(Connection c, long seq, String slug) throws SQLException {
        try (PreparedStatement change = c.prepareStatement(
                "INSERT INTO change_log (seq, item_id, kind, changed_at) VALUES (?, ?, 'SAVED', ?)")) {
            change.setLong(1, seq);
            change.setString(2, slug);
            change.setTimestamp(3, Timestamp.from(Instant.now()));
            change.executeUpdate();
        }
    }

    private static String insert(Connection c, String word, int n) throws SQLException {
        long seq = lockCounter(c);
        long id;
        try (PreparedStatement next = c.prepareStatement("SELECT nextval('resource_seq')");
                ResultSet row = next.executeQuery()) {
            row.next();
            id = row.getLong(1);
        }
        String slug = "bench-published-" + word;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO resource (id, resource_type, slug, title,"
                + " language, published_on, status, citation_year, citation_title, citation_container, summarized_by,"
                + " evidence_design, evidence_sample, notes_of_interest, introduction, version, created_at,"
                + " updated_at) VALUES (?, 'research-summary', ?, ?, 'en', CURRENT_DATE, 'PUBLISHED', 2025, ?,"
                + " 'Journal of Benchmarks', 'Another node', 'RCT', '100 youth', ?, ?, 1, now(), now())")) {
            insert.setLong(1, id);
            insert.setString(2, slug);
            insert.setString(3, "Mentoring study " + word + " number " + n);
            insert.setString(4, "A study of " + word);
            insert.setString(5, "What this study of mentoring found, published from another node.");
            insert.setString(6, "An introduction to the study.");
            insert.executeUpdate();
        }
        try (PreparedStatement term = c.prepareStatement("INSERT INTO resource_term (resource_id, position,"
                + " vocab_key, term_key) VALUES (?, 0, 'topics', 'match-support')")) {
            term.setLong(1, id);
            term.executeUpdate();
        }
        log(c, seq, slug);
        return slug;
    }

    private static String update(Connection c, String word, int id) throws SQLException {
        long seq = lockCounter(c);
        String slug;
        try (PreparedStatement update = c.prepareStatement("UPDATE resource SET title = ?, version = version + 1,"
                + " updated_at = now() WHERE id = ? RETURNING slug")) {
            update.setString(1, "Revised study " + word);
            update.setLong(2, id);
            try (ResultSet row = update.executeQuery()) {
                row.next();
                slug = row.getString(1);
            }
        }
        log(c, seq, slug);
        return slug;
    }

    private double awaitSearchable(String word, String slug, long start) throws Exception {
        String path = "/api/search?size=50&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
        while (true) {
            String body = portal.get(path, "en").body();
            double millis = (System.nanoTime() - start) / 1e6;
            if (body.contains("\"id\":\"" + slug + "\"")) {
                return millis;
            }
            if (millis > GIVE_UP_MS) {
                throw new IllegalStateException(slug + " was not searchable after " + GIVE_UP_MS + " ms");
            }
            PortalRuns.sleep(5);
        }
    }

    /** A word no resource contains: ten random letters. */
    private String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
