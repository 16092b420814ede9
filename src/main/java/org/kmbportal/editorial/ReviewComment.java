package org.kmbportal.editorial;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A reviewer's remark on a resource, shown to editors beside its draft. */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

    @Id
    @SequenceGenerator(name = "review_comment_seq", sequenceName = "review_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_comment_seq")
    private Long id;

    @Column(name = "resource_slug", nullable = false, length = 120)
    private String resourceSlug;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "author_email", nullable = false, length = 320)
    private String authorEmail;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(nullable = false, length = 4000)
    private String body;

    protected ReviewComment() {
    }

    ReviewComment(String resourceSlug, String authorEmail, String authorName, String body) {
        this.resourceSlug = resourceSlug;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.authorEmail = authorEmail;
        this.authorName = authorName;
        this.body = body;
    }

    public String getResourceSlug() {
        return resourceSlug;
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

    public String getBody() {
        return body;
    }
}
