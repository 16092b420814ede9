package org.kmbportal.search.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kmbportal.search.bench.QueryMix.SearchCase;

/**
 * The comparison the issue asks for: PostgreSQL's own full-text search on the same documents. A table in schema
 * {@code bench} holds each published resource's title and text with a {@code tsvector} (title weighted A, text D,
 * analysed by the English or French configuration of its language) under a GIN index. A search is what a plain
 * PostgreSQL implementation of the same page would send: the page of hits ranked by {@code ts_rank_cd} (or newest
 * first) with a {@code ts_headline} snippet each, then facet counts for topic and type by {@code GROUP BY}, each with
 * the search's filters. The words are read by {@code websearch_to_tsquery} in both languages (quotes, -, or), whose
 * words must all match, where the portal ranks documents matching any of them.
 */
final class PostgresFullText implements LoadRun.Target {

    private static final String QUERY = "WITH q AS (SELECT websearch_to_tsquery('english', ?)"
            + " || websearch_to_tsquery('french', ?) AS q)";
    private static final String HEADLINE = "'MaxFragments=1, MinWords=15, MaxWords=35, StartSel=<mark>,"
            + " StopSel=</mark>'";

    private final DatabaseLoader database;

    PostgresFullText(DatabaseLoader database) {
        this.database = database;
    }

    /** Builds the table and its index from the portal's resource tables; returns the seconds it took. */
    double build() throws SQLException {
        long start = System.nanoTime();
        try (Connection c = database.connect(false); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS bench CASCADE");
            s.execute("CREATE SCHEMA bench");
            s.execute("CREATE TABLE bench.fts_doc (id BIGINT PRIMARY KEY, slug TEXT NOT NULL, type TEXT NOT NULL,"
                    + " language TEXT NOT NULL, year INTEGER, published DATE, title TEXT NOT NULL, body TEXT NOT NULL,"
                    + " topics TEXT[] NOT NULL, cfg REGCONFIG NOT NULL, tsv TSVECTOR NOT NULL)");
            s.execute("INSERT INTO bench.fts_doc SELECT d.*, setweight(to_tsvector(d.cfg, d.title), 'A')"
                    + " || setweight(to_tsvector(d.cfg, d.body), 'D') FROM (SELECT r.id, r.slug,"
                    + " r.resource_type AS type, r.language,"
                    + " COALESCE(r.citation_year, EXTRACT(YEAR FROM r.published_on)::INTEGER) AS year,"
                    + " r.published_on AS published, r.title, concat_ws(E'\\n\\n', r.notes_of_interest,"
                    + " r.introduction, r.implications, r.key_findings, r.limitations, r.guide_summary, r.body)"
                    + " AS body, ARRAY(SELECT t.term_key FROM resource_term t WHERE t.resource_id = r.id"
                    + " AND t.vocab_key = 'topics' ORDER BY t.position) AS topics,"
                    + " CASE r.language WHEN 'fr' THEN 'french'::regconfig ELSE 'english'::regconfig END AS cfg"
                    + " FROM resource r WHERE r.status = 'PUBLISHED') d");
            s.execute("CREATE INDEX fts_doc_tsv ON bench.fts_doc USING gin (tsv)");
            s.execute("ANALYZE bench.fts_doc");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public LoadRun.Client client() throws SQLException {
        Connection connection = database.connect(false);
        Map<String, PreparedStatement> statements = new HashMap<>();
        return new LoadRun.Client() {
            @Override
            public long search(SearchCase search) throws SQLException {
                String where = " WHERE d.tsv @@ q.q" + filters(search);
                String order = search.newest() ? "d.published DESC, d.id" : "rank DESC, d.id";
                String hits = QUERY + " SELECT d.slug, d.title, d.type, d.language, d.year, p.rank, ts_headline(d.cfg,"
                        + " d.body, q.q, " + HEADLINE + ") FROM (SELECT d.id, d.published, ts_rank_cd(d.tsv, q.q) AS"
                        + " rank FROM bench.fts_doc d, q" + where + " ORDER BY " + order
                        + " LIMIT 10 OFFSET ?) p JOIN bench.fts_doc d ON d.id = p.id, q ORDER BY "
                        + order.replace("rank", "p.rank");
                String topics = QUERY + " SELECT t, count(*) FROM bench.fts_doc d, q, unnest(d.topics) t" + where
                        + " GROUP BY t";
                String types = QUERY + " SELECT d.type, count(*) FROM bench.fts_doc d, q" + where
                        + " GROUP BY d.type";
                List<String> snippets = new ArrayList<>();
                try (ResultSet rows = run(statements.computeIfAbsent(hits, this::prepare), search, true)) {
                    while (rows.next()) {
                        snippets.add(rows.getString(7));
                    }
                }
                try (ResultSet rows = run(statements.computeIfAbsent(topics, this::prepare), search, false)) {
                    while (rows.next()) {
                        rows.getLong(2);
                    }
                }
                long total = 0;
                try (ResultSet rows = run(statements.computeIfAbsent(types, this::prepare), search, false)) {
                    while (rows.next()) {
                        total += rows.getLong(2);
                    }
                }
                return total;
            }

            private PreparedStatement prepare(String sql) {
                try {
                    return connection.prepareStatement(sql);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }

    private static String filters(SearchCase search) {
        StringBuilder where = new StringBuilder();
        search.filters().forEach((dimension, values) -> {
            for (int i = 0; i < values.size(); i++) {
                where.append(switch (dimension) {
                    case "topic" -> " AND d.topics @> ARRAY[?]::text[]";
                    case "type" -> " AND d.type = ?";
                    default -> throw new IllegalArgumentException("No PostgreSQL filter for " + dimension);
                });
            }
        });
        return where.toString();
    }

    private static ResultSet run(PreparedStatement statement, SearchCase search, boolean paged) throws SQLException {
        int p = 1;
        statement.setString(p++, search.query());
        statement.setString(p++, search.query());
        for (List<String> values : search.filters().values()) {
            for (String value : values) {
                statement.setString(p++, value);
            }
        }
        if (paged) {
            statement.setInt(p, (search.page() - 1) * 10);
        }
        return statement.executeQuery();
    }

    @Override
    public void close() {
    }
}
