package org.kmbportal.partnerships;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A short note in a partnership's thread: staying connected between check-ins. */
@Entity
@Table(name = "partnership_note")
public class PartnershipNote {

    public static final int MAX_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "partnership_note_seq", sequenceName = "partnership_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partnership_note_seq")
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "author_account_id", nullable = false)
    private long authorAccountId;

    @Column(name = "author_label", nullable = false, length = 500)
    private String author;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    protected PartnershipNote() {
    }

    PartnershipNote(long partnershipId, OffsetDateTime writtenAt, long authorAccountId, String author, String body) {
        this.partnershipId = partnershipId;
        this.writtenAt = writtenAt;
        this.authorAccountId = authorAccountId;
        this.author = author;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }
}
