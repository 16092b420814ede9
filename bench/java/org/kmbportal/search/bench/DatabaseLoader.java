package org.kmbportal.search.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.kmbportal.library.Citation;
import org.kmbportal.library.Evidence;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SummarySection;

/**
 * Puts a generated library straight into the portal's tables with JDBC batches, row for row as the portal's own
 * mapping writes them: the resources with their terms, conditions and authors, one change-log row per resource
 * (numbered 1..N), each resource's stored sentence embedding (as the portal stores it after encoding it once), the change counter at N, and the id sequence moved past the ids used. The portal then finds a
 * library it did not import, as a node joining a shared database would.
 */
final class DatabaseLoader {

    private static final int BATCH = 500;
    private static final String INSERT_RESOURCE = "INSERT INTO resource (id, resource_type, slug, title, language,"
            + " translation_of, published_on, status, citation_year, citation_title, citation_container,"
            + " citation_volume, citation_issue, citation_pages, citation_doi, citation_url, summarized_by,"
            + " evidence_design, evidence_sample, notes_of_interest, introduction, implications, key_findings,"
            + " limitations, guide_summary, body, effort, version, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final BenchSettings settings;

    DatabaseLoader(BenchSettings settings) {
        this.settings = settings;
    }

    Connection connect(boolean batched) throws SQLException {
        String url = settings.pgUrl() + (batched
                ? (settings.pgUrl().contains("?") ? "&" : "?")
                        + "reWriteBatchedInserts=true"
                : "");
        return DriverManager.getConnection(url, settings.pgUser(), settings.pgPassword());
    }

    /** Empties the benchmark database: the portal's schema is created again by its first start. */
    void resetDatabase() throws SQLException {
        try (Connection c = connect(false); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("DROP SCHEMA IF EXISTS bench CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    /** Inserts resources 0..count-1 (ids 1..count) with everything that hangs off them. */
    void load(int count, IntFunction<ResourceContent> resources, IntFunction<float[]> vectors, String model)
            throws SQLException {
        try (Connection c = connect(true)) {
            c.setAutoCommit(false);
            try (PreparedStatement resource = c.prepareStatement(INSERT_RESOURCE);
                    PreparedStatement term = c.prepareStatement(
                            "INSERT INTO resource_term (resource_id, position, vocab_key, term_key) VALUES (?, ?, ?, ?)");
                    PreparedStatement condition = c.prepareStatement("INSERT INTO resource_condition (resource_id,"
                            + " position, vocab_key, term_key) VALUES (?, ?, ?, ?)");
                    PreparedStatement author = c.prepareStatement(
                            "INSERT INTO resource_author (resource_id, position, name) VALUES (?, ?, ?)");
                    PreparedStatement change = c.prepareStatement("INSERT INTO change_log (seq, item_id, kind,"
                            + " changed_at) VALUES (?, ?, 'SAVED', ?)");
                    PreparedStatement meaning = c.prepareStatement("INSERT INTO meaning_vector (item_id,"
                            + " item_version, model, vector) VALUES (?, 1, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < count; i++) {
                    ResourceContent r = resources.apply(i);
                    long id = i + 1L;
                    bindResource(resource, id, r, now);
                    resource.addBatch();
                    bindTerms(term, id, r.terms());
                    bindTerms(condition, id, r.appliesWhen());
                    if (r instanceof ResearchSummaryContent summary && summary.citation() != null) {
                        List<String> authors = summary.citation().authors();
                        for (int a = 0; a < authors.size(); a++) {
                            author.setLong(1, id);
                            author.setInt(2, a);
                            author.setString(3, authors.get(a));
                            author.addBatch();
                        }
                    }
                    change.setLong(1, id);
                    change.setString(2, r.id());
                    change.setTimestamp(3, now);
                    change.addBatch();
                    meaning.setString(1, r.id());
                    meaning.setString(2, model);
                    meaning.setBytes(3, org.kmbportal.search.BenchVectors.bytes(vectors.apply(i)));
                    meaning.addBatch();
                    if ((i + 1) % BATCH == 0 || i == count - 1) {
                        resource.executeBatch();
                        term.executeBatch();
                        condition.executeBatch();
                        author.executeBatch();
                        change.executeBatch();
                        meaning.executeBatch();
                        c.commit();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE change_counter SET last_seq = " + count + " WHERE id = 1");
                // EclipseLink takes a sequence value V as the block V-49..V: start the portal's blocks past our ids.
                long restart = ((count / 50) + 2) * 50L;
                s.execute("ALTER SEQUENCE resource_seq RESTART WITH " + restart);
                s.execute("ANALYZE");
            }
            c.commit();
        }
    }

    private static void bindResource(PreparedStatement p, long id, ResourceContent r, Timestamp now)
            throws SQLException {
        ResearchSummaryContent summary = r instanceof ResearchSummaryContent s ? s : null;
        PracticeGuideContent guide = r instanceof PracticeGuideContent g ? g : null;
        Citation citation = summary == null ? null : summary.citation();
        Evidence evidence = summary == null ? null : summary.evidence();
        p.setLong(1, id);
        p.setString(2, r.type().key());
        p.setString(3, r.id());
        p.setString(4, r.title());
        p.setString(5, r.language());
        p.setNull(6, Types.VARCHAR);
        p.setDate(7, Date.valueOf(r.published()));
        p.setString(8, r.status().name());
        if (citation != null && citation.year() != null) {
            p.setInt(9, citation.year());
        } else {
            p.setNull(9, Types.INTEGER);
        }
        p.setString(10, citation == null ? null : citation.title());
        p.setString(11, citation == null ? null : citation.container());
        p.setString(12, citation == null ? null : citation.volume());
        p.setString(13, citation == null ? null : citation.issue());
        p.setString(14, citation == null ? null : citation.pages());
        p.setString(15, citation == null ? null : citation.doi());
        p.setString(16, citation == null ? null : citation.url());
        p.setString(17, summary == null ? null : summary.summarizedBy());
        p.setString(18, evidence == null ? null : evidence.design().name());
        p.setString(19, evidence == null ? null : evidence.sample());
        p.setString(20, summary == null ? null : summary.section(SummarySection.NOTES_OF_INTEREST));
        p.setString(21, summary == null ? null : summary.section(SummarySection.INTRODUCTION));
        p.setString(22, summary == null ? null : summary.section(SummarySection.IMPLICATIONS));
        p.setString(23, summary == null ? null : summary.section(SummarySection.KEY_FINDINGS));
        p.setString(24, summary == null ? null : summary.section(SummarySection.LIMITATIONS));
        p.setString(25, guide == null ? null : guide.summary());
        p.setString(26, guide == null ? null : guide.body());
        p.setString(27, guide == null || guide.effort() == null ? null : guide.effort().name());
        p.setLong(28, 1);
        p.setTimestamp(29, now);
        p.setTimestamp(30, now);
    }

    private static void bindTerms(PreparedStatement p, long id, Map<String, List<String>> terms) throws SQLException {
        int position = 0;
        for (Map.Entry<String, List<String>> entry : terms.entrySet()) {
            for (String key : entry.getValue()) {
                p.setLong(1, id);
                p.setInt(2, position++);
                p.setString(3, entry.getKey());
                p.setString(4, key);
                p.addBatch();
            }
        }
    }
}
