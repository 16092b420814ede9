package org.kmbportal.curation;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A reader following a collection, with the items it held at their last visit. */
@Entity
@Table(name = "collection_follow")
public class Follow {

    @Id
    @SequenceGenerator(name = "collection_follow_seq", sequenceName = "collection_follow_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_follow_seq")
    private Long id;

    @Column(name = "collection_id", nullable = false)
    private long collectionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "followed_at", nullable = false)
    private OffsetDateTime followedAt;

    @Column(name = "last_visit_at", nullable = false)
    private OffsetDateTime lastVisitAt;

    @Column(name = "seen_items", nullable = false)
    private String seenItems;

    /** The unlisted link's key the reader followed it with, or null. */
    @Column(name = "link_key", length = 64)
    private String linkKey;

    @Version
    private long version;

    protected Follow() {
    }

    Follow(long collectionId, long accountId, String linkKey, List<CollectionEntry> items) {
        this.collectionId = collectionId;
        this.linkKey = linkKey == null || linkKey.isBlank() || linkKey.length() > 64 ? null : linkKey;
        this.accountId = accountId;
        this.followedAt = OffsetDateTime.now(ZoneOffset.UTC);
        visited(items);
    }

    /** The reader saw the collection as it is now. */
    void visited(List<CollectionEntry> items) {
        lastVisitAt = OffsetDateTime.now(ZoneOffset.UTC);
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (CollectionEntry e : items) {
            array.add(Json.createObjectBuilder().add("resource", e.resource()).add("url", e.url())
                    .add("title", e.title()).add("note", e.note()));
        }
        seenItems = array.build().toString();
    }

    CollectionChanges changes(List<CollectionEntry> now) {
        return CollectionChanges.between(lastVisitAt, seen(), now);
    }

    List<CollectionEntry> seen() {
        try (JsonReader reader = Json.createReader(new StringReader(seenItems))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new CollectionEntry(o.getString("resource", ""), o.getString("url", ""),
                            o.getString("title", ""), o.getString("note", "")))
                    .toList();
        }
    }

    public long getCollectionId() {
        return collectionId;
    }

    String getLinkKey() {
        return linkKey;
    }

    public OffsetDateTime getLastVisitAt() {
        return lastVisitAt;
    }
}
