package org.kmbportal.curation.links;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The latest known state of one outside link. */
@Entity
@Table(name = "link_check")
public class LinkCheck {

    @Id
    @SequenceGenerator(name = "link_check_seq", sequenceName = "link_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "link_check_seq")
    private Long id;

    @Column(nullable = false, length = 2000)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LinkState state = LinkState.UNCHECKED;

    @Column(name = "http_status", nullable = false)
    private int httpStatus;

    @Column(name = "final_url", length = 2000)
    private String finalUrl;

    @Column(length = 4000)
    private String hops;

    @Column(length = 1000)
    private String message;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "last_checked_at")
    private OffsetDateTime lastCheckedAt;

    @Column(name = "last_ok_at")
    private OffsetDateTime lastOkAt;

    @Version
    private long version;

    protected LinkCheck() {
    }

    LinkCheck(String url) {
        this.url = url;
    }

    /** Records a check; a link is called broken only after {@code failuresBeforeBroken} failed checks in a row. */
    void record(CheckOutcome outcome, int failuresBeforeBroken) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        lastCheckedAt = now;
        httpStatus = outcome.httpStatus();
        finalUrl = outcome.finalUrl();
        hops = cut(String.join(" → ", outcome.hops()), 4000);
        message = cut(outcome.message(), 1000);
        switch (outcome.result()) {
            case OK, MOVED -> {
                consecutiveFailures = 0;
                lastOkAt = now;
                state = outcome.result() == CheckOutcome.Result.OK ? LinkState.OK : LinkState.MOVED;
            }
            case SKIPPED -> state = LinkState.SKIPPED;
            case FAILED -> {
                consecutiveFailures++;
                state = consecutiveFailures >= failuresBeforeBroken ? LinkState.BROKEN : LinkState.FAILING;
            }
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String getUrl() {
        return url;
    }

    public LinkState getState() {
        return state;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public String getFinalUrl() {
        return finalUrl;
    }

    public String getHops() {
        return hops;
    }

    public String getMessage() {
        return message;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public OffsetDateTime getLastCheckedAt() {
        return lastCheckedAt;
    }

    public OffsetDateTime getLastOkAt() {
        return lastOkAt;
    }
}
