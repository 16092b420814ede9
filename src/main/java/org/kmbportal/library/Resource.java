package org.kmbportal.library;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A published or draft item of the library. Its editable content is exchanged as a {@link ResourceContent}; the
 * columns exist so that the database can list and filter without parsing anything.
 */
@Entity
@Table(name = "resource")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "resource_type", length = 30)
public abstract class Resource {

    @Id
    @SequenceGenerator(name = "resource_seq", sequenceName = "resource_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "translation_of", length = 120)
    private String translationOf;

    @Column(name = "published_on")
    private LocalDate published;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationStatus status;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "resource_term", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    private List<TermAssignment> terms = new ArrayList<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "resource_condition", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    private List<TermAssignment> conditions = new ArrayList<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "resource_caution", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    private List<TermAssignment> cautions = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** The editable content as the content format holds it. */
    public abstract ResourceContent toContent();

    /** Replaces the editable content; the caller has checked the content's type matches. */
    public void apply(ResourceContent content) {
        ResourceHeader header = content.header();
        slug = header.id();
        title = header.title();
        language = header.language();
        translationOf = header.translationOf().isEmpty() ? null : header.translationOf();
        published = header.published();
        status = header.status();
        terms = flatten(header.terms());
        conditions = flatten(header.appliesWhen());
        cautions = flatten(header.cautionsWhen());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
        applyTypeSpecific(content);
    }

    protected abstract void applyTypeSpecific(ResourceContent content);

    private static List<TermAssignment> flatten(Map<String, List<String>> grouped) {
        Set<TermAssignment> flat = new LinkedHashSet<>();
        grouped.forEach((vocabulary, keys) -> keys.forEach(key -> flat.add(new TermAssignment(vocabulary, key))));
        return new ArrayList<>(flat);
    }

    static Map<String, List<String>> group(List<TermAssignment> flat) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (TermAssignment t : flat) {
            grouped.computeIfAbsent(t.vocabulary(), k -> new ArrayList<>()).add(t.term());
        }
        return grouped;
    }

    /** The common part of {@link #toContent()}, as stored. */
    protected ResourceHeader header() {
        return ResourceHeader.builder(slug).title(title).language(language).translationOf(getTranslationOf())
                .published(published).status(status).terms(group(terms)).appliesWhen(group(conditions))
                .cautionsWhen(group(cautions)).build();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public String getTranslationOf() {
        return translationOf == null ? "" : translationOf;
    }

    public LocalDate getPublished() {
        return published;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public void setStatus(PublicationStatus status) {
        this.status = status;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public abstract ResourceType getType();
}
