package org.kmbportal.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Reads and changes the library. Every change goes through here: it takes the change-log lock, saves, records the
 * change in the same transaction, and announces it once committed.
 */
@ApplicationScoped
public class LibraryService {

    @Inject
    ResourceRepository resources;

    @Inject
    ChangeLog changeLog;

    /** A published resource, as readers may see it. */
    public Optional<Resource> published(String slug) {
        return resources.findBySlug(slug).filter(r -> r.getStatus() == PublicationStatus.PUBLISHED);
    }

    /** A resource in any state (for editors and the importer). */
    public Optional<Resource> find(String slug) {
        return resources.findBySlug(slug);
    }

    /** The drafts and drafts in review titled with one of these titles (exactly as written). */
    public List<Resource> openDraftsTitled(java.util.Collection<String> titles) {
        return resources.openDraftsTitled(titles);
    }

    public Page<ResourceCard> browse(BrowseFilter filter, int page, int size) {
        Page<Resource> found = resources.published(filter, page, size);
        return new Page<>(found.items().stream().map(ResourceCard::of).toList(), found.total(), page, size);
    }

    /** A listed resource, with the other language it is also published in (empty when it is not). */
    public record Listed(ResourceCard card, Optional<ResourceCard> alsoIn) {
    }

    /**
     * What a reader browses: each resource once, in the reader's language when it is published in it (and fits the
     * filter), with the other language it is also in.
     */
    public Page<Listed> browseFor(BrowseFilter filter, String readerLanguage, int page, int size) {
        Page<Resource> found = resources.publishedOnce(filter, readerLanguage, page, size);
        List<Listed> listed = new ArrayList<>();
        for (Resource resource : found.items()) {
            Optional<ResourceCard> other = resources.translationsOf(resource).stream()
                    .filter(t -> !t.getLanguage().equals(resource.getLanguage())).findFirst().map(ResourceCard::of);
            listed.add(new Listed(ResourceCard.of(resource), other));
        }
        return new Page<>(listed, found.total(), page, size);
    }

    /**
     * Topic key to the number of published resources about it, each resource once whatever the languages it is
     * published in (as browsing lists them): a translation whose original is about the topic too is not counted again.
     */
    public Map<String, Long> topicCounts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>(resources.publishedCountsBy("topics"));
        resources.translationsCountedBy("topics").forEach((term, twice) -> counts.computeIfPresent(term,
                (t, n) -> n - twice));
        return counts;
    }

    public List<ResourceCard> translationsOf(Resource resource) {
        return resources.translationsOf(resource).stream().map(ResourceCard::of).toList();
    }

    public List<ResourceCard> cards(List<String> slugs) {
        List<Resource> found = resources.findBySlugs(slugs);
        List<ResourceCard> ordered = new ArrayList<>();
        for (String slug : slugs) {
            found.stream().filter(r -> r.getSlug().equals(slug) && r.getStatus() == PublicationStatus.PUBLISHED)
                    .findFirst().map(ResourceCard::of).ifPresent(ordered::add);
        }
        return ordered;
    }

    /** Published resources in id order after the given id: the search index reads the library in such batches. */
    public List<Resource> publishedAfter(long lastId, int max) {
        return resources.publishedAfter(lastId, max);
    }

    public long countPublished() {
        return resources.countPublished();
    }

    /** The titles of the published resources, in no order (the words the library uses). */
    public List<String> publishedTitles() {
        return resources.publishedTitles();
    }

    /** Id to entity version of every published resource (to compare with what the search index holds). */
    public Map<String, Long> publishedVersions() {
        return resources.publishedVersions();
    }

    public boolean isEmpty() {
        return resources.countAll() == 0;
    }

    /** Every resource in any state, in id order (for the export). */
    public List<Resource> all() {
        return resources.all();
    }

    /** The resources with these ids, in any state, in id order (unknown ids are left out). */
    public List<Resource> find(List<String> slugs) {
        return resources.findBySlugs(slugs).stream().sorted(java.util.Comparator.comparing(Resource::getSlug))
                .toList();
    }

    /** Resources in the given states, most recently changed first (the editors' workspace). */
    public List<Resource> inStates(java.util.Set<PublicationStatus> states, int max) {
        return resources.inStates(states, max);
    }

    /**
     * Saves an editor's change only if nobody saved the resource since the editor loaded it: {@code expectedVersion}
     * is the version they started from, or {@link #NEW} for a resource that must not exist yet. The check runs
     * under the change-log lock, so two concurrent saves cannot both pass it.
     *
     * @throws ConcurrentEditException
     *             when the stored version differs, with what is stored now
     */
    @Transactional
    public SaveOutcome save(ResourceContent content, long expectedVersion) {
        changeLog.lock();
        Optional<Resource> existing = resources.findBySlug(content.id());
        long actual = existing.map(Resource::getVersion).orElse(NEW);
        if (actual != expectedVersion) {
            throw new ConcurrentEditException(content.id(), existing.map(Resource::toContent).orElse(null), actual);
        }
        return saveLocked(content);
    }

    /**
     * Takes the change-log lock for the current transaction before anything is read for a change: a save that runs
     * at the same time as another waits for it, then reads what it committed (and meets its conflict check) rather
     * than changing a copy read too early, which failed only at commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForChange() {
        changeLog.lock();
    }

    /** The version an editor starts from when creating a resource. */
    public static final long NEW = -1L;

    @Transactional
    public SaveOutcome save(ResourceContent content) {
        return saveAll(List.of(content)).get(0);
    }

    /** Saves several resources in one transaction: all of them, or (on any failure) none. */
    @Transactional
    public List<SaveOutcome> saveAll(List<ResourceContent> contents) {
        changeLog.lock();
        List<SaveOutcome> outcomes = new ArrayList<>();
        for (ResourceContent content : contents) {
            outcomes.add(saveLocked(content));
        }
        return outcomes;
    }

    private SaveOutcome saveLocked(ResourceContent content) {
        Optional<Resource> existing = resources.findBySlug(content.id());
        if (existing.isPresent()) {
            Resource resource = existing.get();
            if (resource.getType() != content.type()) {
                throw new LibraryException("'" + content.id() + "' is already a " + resource.getType().key()
                        + " and cannot become a " + content.type().key() + ".");
            }
            if (resource.toContent().equals(content)) {
                return SaveOutcome.UNCHANGED;
            }
            resource.apply(content);
            changeLog.record(content.id(), LibraryChange.Kind.SAVED);
            return SaveOutcome.UPDATED;
        }
        Resource created = switch (content) {
            case ResearchSummaryContent summary -> new ResearchSummary();
            case PracticeGuideContent guide -> new PracticeGuide();
        };
        created.apply(content);
        resources.persist(created);
        changeLog.record(content.id(), LibraryChange.Kind.SAVED);
        return SaveOutcome.CREATED;
    }
}
