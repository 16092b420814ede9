package org.kmbportal.insights;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One search, kept without anything about who made it (see V13__insights.sql): the day, the normalized words, the
 * words as typed (V20), the language, where it was made, its number of results, and the rank of the result opened from it (none: nothing was).
 */
@Entity
@Table(name = "search_signal")
public class SearchSignal {

    /** Where a search was made: only the search page's result links report what was opened. */
    public enum Source {
        PAGE, API
    }

    @Id
    @SequenceGenerator(name = "search_signal_seq", sequenceName = "search_signal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_signal_seq")
    private Long id;

    @Column(name = "searched_on", nullable = false)
    private LocalDate searchedOn;

    @Column(name = "query_text", nullable = false, length = SearchQueries.MAX)
    private String query;

    @Column(name = "typed_text", nullable = false, length = SearchQueries.MAX)
    private String typed;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = 10)
    private String source;

    @Column(nullable = false)
    private long results;

    @Column(name = "opened_rank")
    private Integer openedRank;

    @Column(name = "open_key", length = 32)
    private String openKey;

    protected SearchSignal() {
    }

    SearchSignal(LocalDate searchedOn, String query, String typed, String language, Source source, long results,
            String openKey) {
        this.searchedOn = searchedOn;
        this.query = query;
        this.typed = typed;
        this.language = language;
        this.source = source.name().toLowerCase(java.util.Locale.ROOT);
        this.results = results;
        this.openKey = openKey;
    }

    public LocalDate getSearchedOn() {
        return searchedOn;
    }

    public String getQuery() {
        return query;
    }

    /** The search as typed (see {@link SearchQueries#asTyped}). */
    public String getTyped() {
        return typed;
    }

    public String getLanguage() {
        return language;
    }

    public Integer getOpenedRank() {
        return openedRank;
    }

    public long getResults() {
        return results;
    }
}
