package org.kmbportal.curation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.kmbportal.library.TermAssignment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A curated, ordered and annotated set of library resources and outside links. */
@Entity
@Table(name = "collection")
public class Collection {

    @Id
    @SequenceGenerator(name = "collection_seq", sequenceName = "collection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "published_on")
    private LocalDate published;

    @Column(name = "curator_name", length = 300)
    private String curator;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "collection_item", joinColumns = @JoinColumn(name = "collection_id"))
    @OrderColumn(name = "position")
    private List<CollectionItem> items = new ArrayList<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "collection_term", joinColumns = @JoinColumn(name = "collection_id"))
    @OrderColumn(name = "position")
    private List<TermAssignment> terms = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    public CollectionContent toContent() {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        terms.forEach(t -> grouped.computeIfAbsent(t.vocabulary(), k -> new ArrayList<>()).add(t.term()));
        return new CollectionContent(slug, title, language, published, grouped, curator, description, visibility,
                items.stream().map(CollectionItem::toEntry).toList());
    }

    void apply(CollectionContent content) {
        slug = content.id();
        title = content.title();
        language = content.language();
        published = content.published();
        curator = content.curator();
        description = content.description();
        visibility = content.visibility();
        items = new ArrayList<>(content.items().stream().map(CollectionItem::new).toList());
        List<TermAssignment> flat = new ArrayList<>();
        content.terms().forEach((vocabulary, keys) -> keys.forEach(k -> flat.add(new TermAssignment(vocabulary, k))));
        terms = flat;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
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

    public Visibility getVisibility() {
        return visibility;
    }

    public long getVersion() {
        return version;
    }
}
