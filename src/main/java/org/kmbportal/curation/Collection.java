package org.kmbportal.curation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    /** The curator's name in the collection's other language, where the content gave both; null otherwise. */
    @Column(name = "curator_name_translated", length = 300)
    private String curatorTranslated;

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

    /** The curating account (a mentor or an editor); null for editorial collections (imported, shipped). */
    @Column(name = "curator_account_id")
    private Long curatorAccountId;

    /** The secret part of the link of an unlisted collection; null otherwise. */
    @Column(name = "unlisted_token", length = 64)
    private String unlistedToken;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "collection_share", joinColumns = @JoinColumn(name = "collection_id"))
    @Column(name = "organization_id")
    private Set<Long> sharedWith = new TreeSet<>();

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
                items.stream().map(CollectionItem::toEntry).toList(), curatorTranslated);
    }

    void apply(CollectionContent content) {
        slug = content.id();
        title = content.title();
        language = content.language();
        published = content.published();
        curator = content.curator();
        curatorTranslated = content.curatorTranslated().isEmpty() ? null : content.curatorTranslated();
        description = content.description();
        visibility = content.visibility();
        items = new ArrayList<>(content.items().stream().map(CollectionItem::new).toList());
        // A term listed twice is one term (the table keys terms by owner and term).
        java.util.Set<TermAssignment> flat = new java.util.LinkedHashSet<>();
        content.terms().forEach((vocabulary, keys) -> keys.forEach(k -> flat.add(new TermAssignment(vocabulary, k))));
        terms = new ArrayList<>(flat);
        if (visibility != Visibility.UNLISTED) {
            unlistedToken = null;
        } else if (unlistedToken == null) {
            unlistedToken = UnlistedLinks.newToken();
        }
        touch();
    }

    void touch() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    /** The curator's names when the curating account was deleted: the collection stays, said to be by them. */
    void curatedByFormerMember(String inLanguage, String inOtherLanguage) {
        curator = inLanguage;
        curatorTranslated = inOtherLanguage;
        curatorAccountId = null;
    }

    void setCuratorAccountId(Long accountId) {
        this.curatorAccountId = accountId;
    }

    void setSharedWith(Set<Long> organizations) {
        sharedWith = new TreeSet<>(organizations);
    }

    void setUnlistedToken(String token) {
        unlistedToken = token;
    }

    /** Empties the item list (see {@code CollectionService#store} for why). */
    void clearItems() {
        items = new ArrayList<>();
    }

    public Long getCuratorAccountId() {
        return curatorAccountId;
    }

    public String getUnlistedToken() {
        return unlistedToken;
    }

    public Set<Long> getSharedWith() {
        return java.util.Collections.unmodifiableSet(sharedWith);
    }

    public int itemCount() {
        return items.size();
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
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

    public Visibility getVisibility() {
        return visibility;
    }

    public long getVersion() {
        return version;
    }
}
