package org.kmbportal.insights;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One anonymous "was this useful?" answer about a resource, on its page or as a match for an organization. */
@Entity
@Table(name = "reader_feedback")
public class ReaderFeedback {

    /** Where the answer was given. */
    public enum Place {
        RESOURCE, MATCH;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @SequenceGenerator(name = "reader_feedback_seq", sequenceName = "reader_feedback_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reader_feedback_seq")
    private Long id;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "resource_slug", nullable = false, length = 120)
    private String resourceSlug;

    @Column(nullable = false, length = 10)
    private String place;

    @Column(name = "match_rank")
    private Integer matchRank;

    @Column(nullable = false)
    private boolean useful;

    @Column(length = 20)
    private String reason;

    @Column(name = "comment_text", length = 600)
    private String comment;

    @Column(nullable = false, length = 5)
    private String language;

    /** A one-way code of who answered about this resource and place, so a second answer replaces the first. */
    @Column(length = 64)
    private String answerer;

    protected ReaderFeedback() {
    }

    ReaderFeedback(LocalDate givenOn, String resourceSlug, Place place, Integer matchRank, boolean useful,
            FeedbackReason reason, String comment, String language, String answerer) {
        this.resourceSlug = resourceSlug;
        this.place = place.key();
        this.answerer = answerer;
        replace(givenOn, matchRank, useful, reason, comment, language);
    }

    /** The reader's new answer in place of their earlier one. */
    void replace(LocalDate givenOn, Integer matchRank, boolean useful, FeedbackReason reason, String comment,
            String language) {
        this.givenOn = givenOn;
        this.matchRank = matchRank;
        this.useful = useful;
        this.reason = reason == null ? null : reason.key();
        this.comment = comment == null || comment.isEmpty() ? null : comment;
        this.language = language;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getResourceSlug() {
        return resourceSlug;
    }

    public String getPlace() {
        return place;
    }

    public Integer getMatchRank() {
        return matchRank;
    }

    public boolean isUseful() {
        return useful;
    }

    public String getReason() {
        return reason;
    }

    public String getComment() {
        return comment;
    }

    public String getLanguage() {
        return language;
    }
}
