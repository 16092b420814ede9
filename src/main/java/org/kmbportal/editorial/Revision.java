package org.kmbportal.editorial;

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

import org.kmbportal.library.PublicationStatus;
import org.kmbportal.platform.PlainText;

/**
 * One saved state of a resource: who, when, what they did, and the whole resource as content-format text (what
 * {@link org.kmbportal.content.ContentWriter} writes), so any two revisions can be compared and any one restored.
 */
@Entity
@Table(name = "revision")
public class Revision {

    /** The longest note of a save, in characters as readers count them (the edit page says it beside the box). */
    public static final int NOTE_MAX = 1000;

    /** What made the revision. */
    public enum Action {
        CREATED, SAVED, STATUS, RESTORED, IMPORTED, KEPT_COPY
    }

    @Id
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    private Long id;

    @Column(name = "resource_slug", nullable = false, length = 120)
    private String resourceSlug;

    @Column(name = "revision_number", nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "author_email", nullable = false, length = 320)
    private String authorEmail;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationStatus status;

    @Column(nullable = false, length = 2 * NOTE_MAX)
    private String note;

    @Column(name = "content_text", nullable = false)
    private String text;

    protected Revision() {
    }

    Revision(String resourceSlug, int number, String authorEmail, String authorName, Action action,
            PublicationStatus status, String note, String text) {
        this.resourceSlug = resourceSlug;
        this.number = number;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.authorEmail = authorEmail;
        this.authorName = authorName.length() > 120 ? authorName.substring(0, 120) : authorName;
        this.action = action;
        this.status = status;
        // The edit page refuses a longer note beside its box; a longer one from elsewhere keeps its first characters,
        // counted as readers count them (never half an emoji).
        this.note = note == null ? "" : PlainText.first(note, NOTE_MAX);
        this.text = text;
    }

    public String getResourceSlug() {
        return resourceSlug;
    }

    public int getNumber() {
        return number;
    }

    /** A kept first version is dated when that version was stored (its import), not when it was kept. */
    Revision storedAt(OffsetDateTime at) {
        if (at != null) {
            this.createdAt = at;
        }
        return this;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Action getAction() {
        return action;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getText() {
        return text;
    }
}
