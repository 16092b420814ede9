package org.kmbportal.library;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of the change log (the outbox): written in the same transaction as the change it records, numbered without
 * gaps in commit order (see {@link ChangeLog}), so the search index can follow the library exactly.
 */
@Entity
@Table(name = "change_log")
public class LibraryChange {

    /** What happened to the item; the index re-reads the item either way. */
    public enum Kind {
        SAVED, DELETED
    }

    @Id
    private Long seq;

    @Column(name = "item_id", nullable = false, length = 120)
    private String itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected LibraryChange() {
    }

    /** A row as {@link ChangeLog} numbers it (public so the index's tests can play a change log). */
    public LibraryChange(long seq, String itemId, Kind kind) {
        this.seq = seq;
        this.itemId = itemId;
        this.kind = kind;
        this.changedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
    }

    public long getSeq() {
        return seq;
    }

    /** The id of the resource or collection that changed. */
    public String getItemId() {
        return itemId;
    }

    public Kind getKind() {
        return kind;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
