package org.kmbportal.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionEntry;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.curation.Visibility;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.Resource;
import org.kmbportal.library.Citation;
import org.kmbportal.library.Evidence;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SummarySection;

/**
 * Reads what the index must hold from the database: published resources and public collections. Each read runs in a
 * short transaction of its own, whatever thread asks (start-up, the container's timer, a request): the persistence
 * context of a batch is discarded at its end, so reading the whole library for a rebuild holds little memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LibraryReader {

    @Inject
    LibraryService library;

    @Inject
    CollectionService collections;

    /** The item with this id as the index should hold it, or empty if readers may not find it. */
    public Optional<IndexEntry> published(String id) {
        Optional<Resource> resource = library.published(id);
        if (resource.isPresent()) {
            return Optional.of(entry(resource.get()));
        }
        return collections.find(id).filter(c -> c.getVisibility() == Visibility.PUBLIC).map(LibraryReader::entry);
    }

    /** The items with these ids as the index should hold them; ids readers may not find are absent. */
    public Map<String, IndexEntry> published(java.util.Collection<String> ids) {
        Map<String, IndexEntry> entries = new HashMap<>();
        for (Resource resource : library.find(List.copyOf(ids))) {
            if (resource.getStatus() == org.kmbportal.library.PublicationStatus.PUBLISHED) {
                entries.put(resource.getSlug(), entry(resource));
            }
        }
        for (String id : ids) {
            if (!entries.containsKey(id)) {
                collections.find(id).filter(c -> c.getVisibility() == Visibility.PUBLIC)
                        .ifPresent(c -> entries.put(id, entry(c)));
            }
        }
        return entries;
    }

    public List<IndexEntry> resourcesAfter(long lastId, int max, long[] lastSeen) {
        List<Resource> batch = library.publishedAfter(lastId, max);
        if (!batch.isEmpty()) {
            lastSeen[0] = batch.get(batch.size() - 1).getId();
        }
        return batch.stream().map(LibraryReader::entry).toList();
    }

    public List<IndexEntry> collectionsAfter(long lastId, int max, long[] lastSeen) {
        List<Collection> batch = collections.publicAfter(lastId, max);
        if (!batch.isEmpty()) {
            lastSeen[0] = batch.get(batch.size() - 1).getId();
        }
        return batch.stream().map(LibraryReader::entry).toList();
    }

    public long countPublished() {
        return library.countPublished() + collections.publicCollections().size();
    }

    /** Id to version of everything the index should hold, for the status report. */
    public Map<String, Long> publishedVersions() {
        Map<String, Long> versions = new HashMap<>(library.publishedVersions());
        collections.publicCollections().forEach(c -> versions.put(c.getSlug(), c.getVersion()));
        return versions;
    }

    static IndexEntry entry(Resource resource) {
        return entry(resource.toContent(), resource.getVersion());
    }

    static IndexEntry entry(Collection collection) {
        return entry(collection.toContent(), collection.getVersion());
    }

    static IndexEntry entry(ResourceContent r, long version) {
        String citation = "";
        Evidence evidence = null;
        String body;
        switch (r) {
            case ResearchSummaryContent s -> {
                Citation c = s.citation();
                citation = c == null
                        ? ""
                        : c.title() + ". " + c.container() + ". " + (c.year() == null ? "" : c.year());
                evidence = s.evidence();
                List<String> rest = new ArrayList<>();
                for (SummarySection section : SummarySection.values()) {
                    if (section != SummarySection.NOTES_OF_INTEREST && !s.section(section).isEmpty()) {
                        rest.add(s.section(section));
                    }
                }
                body = String.join("\n\n", rest);
            }
            case PracticeGuideContent g -> body = g.body();
        }
        return new IndexEntry(r.id(), r.type().key(), version, r.title(), r.language(), r.translationOf(),
                r.year(),
                r.published(), r.authors(), citation, evidence == null ? "" : evidence.design().key(),
                evidence == null ? "" : evidence.sample(), r.terms(), r.appliesWhen(), r.cautionsWhen(), r.teaser(),
                body);
    }

    static IndexEntry entry(CollectionContent c, long version) {
        StringBuilder body = new StringBuilder();
        for (CollectionEntry item : c.items()) {
            body.append(item.title()).append(' ').append(item.note()).append("\n\n");
        }
        Map<String, List<String>> terms = new HashMap<>(c.terms());
        return new IndexEntry(c.id(), "collection", version, c.title(), c.language(), "",
                c.published() == null ? null : c.published().getYear(), c.published(),
                c.curator().isEmpty() ? List.of() : List.of(c.curator()), "", "", "", terms, Map.of(), Map.of(),
                c.description(),
                body.toString(), c.items().stream().filter(CollectionEntry::isResource).map(CollectionEntry::resource)
                        .toList());
    }
}
