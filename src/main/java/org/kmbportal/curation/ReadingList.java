package org.kmbportal.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.library.LibraryService;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.Resource;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;

/**
 * A collection resolved into what it points at: its items in reading order, library resources with their current
 * title and citation. Items whose resource is no longer published are left out of what readers see.
 */
@ApplicationScoped
public class ReadingList {

    @Inject
    LibraryService library;

    public List<ReadingItem> items(CollectionContent collection) {
        List<String> ids = collection.items().stream().filter(CollectionEntry::isResource)
                .map(CollectionEntry::resource).toList();
        Map<String, ResourceContent> published = new java.util.HashMap<>();
        for (String id : ids) {
            library.published(id).map(Resource::toContent).ifPresent(c -> published.put(id, c));
        }
        List<ReadingItem> items = new ArrayList<>();
        for (CollectionEntry entry : collection.items()) {
            if (entry.isResource()) {
                Optional.ofNullable(published.get(entry.resource())).ifPresent(r -> items.add(new ReadingItem(r.id(),
                        r.type(), r.language(), r.title(), null, entry.note(),
                        r instanceof ResearchSummaryContent s ? s.citation() : null)));
            } else {
                items.add(new ReadingItem(null, null, null, entry.title(), entry.url(), entry.note(), null));
            }
        }
        return items;
    }

    /**
     * Every item in reading order, for an export or the API: those readers see as {@link #items} gives them, and each
     * library resource readers no longer see marked with why ({@link ReadingItem#outOfLibrary()}), named by its last
     * title (its id when the library no longer has it), so a reader of the file is told rather than left to wonder.
     */
    public List<ReadingItem> listed(CollectionContent collection) {
        List<ReadingItem> items = new ArrayList<>();
        for (CollectionEntry entry : collection.items()) {
            if (!entry.isResource()) {
                items.add(new ReadingItem(null, null, null, entry.title(), entry.url(), entry.note(), null));
                continue;
            }
            Optional<Resource> found = library.find(entry.resource());
            if (found.isPresent() && found.get().getStatus() == PublicationStatus.PUBLISHED) {
                ResourceContent r = found.get().toContent();
                items.add(new ReadingItem(r.id(), r.type(), r.language(), r.title(), null, entry.note(),
                        r instanceof ResearchSummaryContent s ? s.citation() : null));
            } else {
                String why = found.isPresent() && found.get().getStatus() == PublicationStatus.ARCHIVED
                        ? ReadingItem.ARCHIVED
                        : ReadingItem.UNPUBLISHED;
                items.add(new ReadingItem(entry.resource(), found.map(Resource::getType).orElse(null),
                        found.map(Resource::getLanguage).orElse(null), found.map(Resource::getTitle).orElse(
                                entry.resource()),
                        null, entry.note(), null, why));
            }
        }
        return items;
    }

    /**
     * The items readers see, as stored (outside links, and library resources still published): what a follower's
     * "what changed" compares, so a resource the editors archive is listed as taken out, and one published again as
     * added.
     */
    public List<CollectionEntry> visible(CollectionContent collection) {
        return collection.items().stream().filter(e -> !e.isResource() || library.published(e.resource())
                .isPresent()).toList();
    }

    /** How many items readers see, and how many library items they no longer see (taken out of the library). */
    public record Counts(int shown, int outOfLibrary) {
    }

    public Counts counts(CollectionContent collection) {
        int shown = visible(collection).size();
        return new Counts(shown, collection.items().size() - shown);
    }
}
