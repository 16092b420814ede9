package org.kmbportal.editorial;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Optional;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.accounts.AuditLog;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.content.ContentFile;
import org.kmbportal.content.ContentWriter;
import org.kmbportal.content.Problem;
import org.kmbportal.curation.Wording;
import org.kmbportal.library.Slugs;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.Resource;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceHeader;
import org.kmbportal.library.TaxonomyService;

/**
 * The editors' changes to the library: saving (each save a revision), moving through the workflow, restoring an old
 * revision, keeping a refused text as a revision. Editors only; every change goes through {@link LibraryService}.
 */
@ApplicationScoped
public class EditorialService {

    @Inject
    LibraryService library;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    RevisionRepository revisions;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    /** A resource as an editor opens it: its content, its version (for the conflict check) and its state. */
    public record Draft(ResourceContent content, long version) {
    }

    public Optional<Draft> open(String slug) {
        guard.require(Role.EDITOR);
        return library.find(slug).map(r -> new Draft(r.toContent(), r.getVersion()));
    }

    public List<Resource> workspace() {
        guard.require(Role.EDITOR);
        return library.inStates(java.util.EnumSet.allOf(PublicationStatus.class), 500);
    }

    /**
     * Saves an editor's version of a resource as a new revision. A new resource starts as a draft; an existing one
     * keeps its state (states change only through {@link #move}).
     *
     * @param expectedVersion
     *            the version the editor started from, or {@link LibraryService#NEW}
     * @throws org.kmbportal.library.ConcurrentEditException
     *             when someone saved in between; nothing is stored
     */
    @Transactional
    public Revision save(ResourceContent content, long expectedVersion, String note) {
        Caller editor = guard.require(Role.EDITOR);
        library.lockForChange();
        Optional<Resource> existing = library.find(content.id());
        PublicationStatus status = existing.map(Resource::getStatus).orElse(PublicationStatus.DRAFT);
        ResourceContent toSave = content.withStatus(status);
        check(toSave);
        if (existing.isPresent() && SameText.as(existing.get(), toSave)
                && existing.get().getVersion() == expectedVersion) {
            // Nothing changed: no new revision, even with a note (the history lists changes, not clicks on Save;
            // a note alone would show as a revision identical to the one before). The edit form says so and keeps
            // the note in its box for the next change, as a plan saved unchanged keeps no reason either.
            keepFirstVersion(existing.get());
            return revisions.latest(toSave.id()).orElseThrow();
        }
        existing.ifPresent(this::keepFirstVersion);
        library.save(toSave, expectedVersion);
        return record(toSave, editor.email(), editor.displayName(),
                expectedVersion == LibraryService.NEW ? Revision.Action.CREATED : Revision.Action.SAVED, note);
    }

    /**
     * Whether saving this text would change nothing: it is the resource's current text, at the version the editor
     * started from. The editor's page then says so instead of recording a revision that changes nothing.
     */
    public boolean unchanged(ResourceContent content, long expectedVersion) {
        guard.require(Role.EDITOR);
        return library.find(content.id())
                .filter(resource -> resource.getVersion() == expectedVersion
                        && SameText.as(resource, content.withStatus(resource.getStatus())))
                .isPresent();
    }

    /** A draft started, or the open draft of the same title found instead (then nothing new was made). */
    public record Started(String id, boolean existing) {
    }

    /**
     * Starts a new practice-guide draft for editors to write, such as one answering what readers searched for in
     * vain: its title, a summary to rewrite, and notes for the editor as its body, under a free id made from the
     * title. The notes and the revision note stay with the draft, so whoever takes it up knows why it exists.
     * <p>
     * One open draft per title: when a draft (or a draft in review) of exactly this title exists, under whatever id,
     * that one is given back and nothing is made. A second press of the button (a double
     * click, another tab, the back button) opens the first draft. The change lock is taken before looking, so two
     * presses at the same moment, on any node, make one draft. A reason that started drafts before (a search gap)
     * names them in {@code startedBefore} (their ids, in the order they were started): the first still open is given
     * back whatever its title is now, so a draft an editor renamed is not started a second time.
     */
    @Transactional
    public Started startDraft(String title, List<String> startedBefore, String language, String summary, String notes,
            String revisionNote) {
        Caller editor = guard.require(Role.EDITOR);
        library.lockForChange();
        Optional<String> earlier = firstOpen(startedBefore);
        if (earlier.isPresent()) {
            return new Started(earlier.get(), true);
        }
        String open = openDraftsOf(List.of(title)).get(title);
        if (open != null) {
            return new Started(open, true);
        }
        String id = Slugs.free(title, NEW_GUIDE, slug -> library.find(slug).isPresent());
        ResourceContent draft = newGuide(id, title, language, summary, notes);
        check(draft);
        library.save(draft, LibraryService.NEW);
        record(draft, editor.email(), editor.displayName(), Revision.Action.CREATED, revisionNote);
        return new Started(id, false);
    }

    /**
     * The open drafts that {@link #startDraft} would give back instead of making one, for many titles at once, in one
     * query however many they are (a page of search gaps asks for each of its rows): the titles that have an open
     * draft, each with its id. Editors only.
     */
    public Map<String, String> openDrafts(Collection<String> titles) {
        guard.require(Role.EDITOR);
        return openDraftsOf(titles);
    }

    /**
     * Which of these drafts, by id, are still open (drafts and drafts in review) whatever their titles now: a page of
     * search gaps asks for the drafts its rows started, in one query. Editors only.
     */
    public Set<String> stillOpen(Collection<String> ids) {
        guard.require(Role.EDITOR);
        return stillOpenOf(ids);
    }

    private Set<String> stillOpenOf(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty()
                ? Set.of()
                : library.find(wanted).stream().filter(r -> r.getStatus() == PublicationStatus.DRAFT
                        || r.getStatus() == PublicationStatus.IN_REVIEW).map(Resource::getSlug)
                        .collect(Collectors.toSet());
    }

    private Optional<String> firstOpen(List<String> ids) {
        Set<String> open = stillOpenOf(ids);
        return ids.stream().filter(open::contains).findFirst();
    }

    /**
     * The open drafts (drafts and drafts in review) titled exactly so, whatever their ids (an id made under an older
     * rule, or numbered because the title's id was taken then); of two with one title, the one with the shorter id,
     * then the first in order.
     */
    private Map<String, String> openDraftsOf(Collection<String> titles) {
        Set<String> wanted = titles.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> found = new HashMap<>();
        for (Resource draft : wanted.isEmpty() ? List.<Resource> of() : library.openDraftsTitled(wanted)) {
            // The database's comparison may be looser than equals (a collation ignoring case): keep exact matches.
            if (openDraftOf(draft, draft.getTitle()) && wanted.contains(draft.getTitle())) {
                found.merge(draft.getTitle(), draft.getSlug(), EditorialService::first);
            }
        }
        return found;
    }

    private static String first(String one, String other) {
        return Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()).compare(one,
                other) <= 0 ? one : other;
    }

    private static final String NEW_GUIDE = "new-guide";

    private static boolean openDraftOf(Resource resource, String title) {
        return (resource.getStatus() == PublicationStatus.DRAFT || resource.getStatus() == PublicationStatus.IN_REVIEW)
                && resource.getTitle().equals(title);
    }

    /** A practice guide draft with only a title, a summary and a body, in the content format's terms. */
    static ResourceContent newGuide(String id, String title, String language, String summary, String body) {
        ResourceHeader header = ResourceHeader.builder(id).title(title).language(language)
                .status(PublicationStatus.DRAFT).build();
        return new PracticeGuideContent(header, summary, body, null, List.of());
    }

    /**
     * A workflow move made from the edit form: what the editor typed since opening it is saved first (as a revision,
     * with the same checks as {@link #save}), then the resource moves, in one transaction. If either is refused,
     * nothing is stored and nothing moves.
     *
     * @return whether what was typed differed from the stored text and was saved with the move
     * @throws org.kmbportal.library.ConcurrentEditException
     *             when someone saved in between and the text differs; nothing is stored
     */
    @Transactional
    public boolean saveAndMove(ResourceContent typed, long expectedVersion, String note, PublicationStatus target) {
        Caller editor = guard.require(Role.EDITOR);
        boolean changed = !unchanged(typed, expectedVersion);
        if (changed) {
            save(typed, expectedVersion, note);
        }
        moveAs(typed.id(), target, editor.email(), editor.displayName());
        return changed;
    }

    /** Moves a resource to another state of the workflow; publishing sets the publication date if it has none. */
    @Transactional
    public Revision move(String slug, PublicationStatus target) {
        Caller editor = guard.require(Role.EDITOR);
        return moveAs(slug, target, editor.email(), editor.displayName());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Revision moveAs(String slug, PublicationStatus target, String email, String name) {
        library.lockForChange();
        Resource resource = library.find(slug).orElseThrow(() -> unknown(slug));
        PublicationStatus from = resource.getStatus();
        if (!Workflow.allows(from, target)) {
            throw new EditorialException("editor.badMove",
                    "A " + from.key() + " resource cannot become " + target.key() + ".");
        }
        ResourceContent content = resource.toContent().withStatus(target);
        if (target == PublicationStatus.PUBLISHED && content.published() == null) {
            content = content.withPublished(LocalDate.now());
        }
        check(content);
        keepFirstVersion(resource);
        library.save(content, resource.getVersion());
        if (target != PublicationStatus.IN_REVIEW) {
            revisions.schedule(slug).ifPresent(revisions::remove);
        }
        audit.record(email, "state.changed", slug, from.key() + " -> " + target.key());
        return record(content, email, name, Revision.Action.STATUS, from.key() + " -> " + target.key());
    }

    /**
     * Applies an old revision again as a new revision (nothing of the newer ones is lost: they stay). Like a save, it
     * keeps the resource's state: restoring a published resource's earlier version puts that version before readers,
     * it does not take the resource off the site (states change only through {@link #move}).
     */
    @Transactional
    public Revision restore(String slug, int number) {
        Caller editor = guard.require(Role.EDITOR);
        library.lockForChange();
        Revision old = revisions.one(slug, number).orElseThrow(() -> new EditorialException("editor.noRevision",
                "There is no revision " + number + " of '" + slug + "'."));
        Resource resource = library.find(slug).orElseThrow(() -> unknown(slug));
        ContentFile file = ContentChecks.read("restore/" + slug + ".md", old.getText(), taxonomies.current());
        ResourceContent content = file.resource().orElseThrow(() -> new EditorialException("editor.invalid",
                "That revision no longer meets the content format.", ContentChecks.errors(file.problems())))
                .withStatus(resource.getStatus());
        if (resource.getStatus() == PublicationStatus.PUBLISHED && content.published() == null) {
            content = content.withPublished(resource.toContent().published());
        }
        check(content);
        library.save(content, resource.getVersion());
        return record(content, editor.email(), editor.displayName(), Revision.Action.RESTORED,
                "restored revision " + number);
    }

    /**
     * Keeps a refused text (after a conflict) as a revision without applying it, so it can be compared and
     * restored later: nothing either editor typed is lost.
     */
    @Transactional
    public Revision keepCopy(ResourceContent mine, String note) {
        Caller editor = guard.require(Role.EDITOR);
        if (library.find(mine.id()).isEmpty()) {
            throw unknown(mine.id());
        }
        return record(mine.withStatus(PublicationStatus.DRAFT), editor.email(), editor.displayName(),
                Revision.Action.KEPT_COPY, note);
    }

    public List<Revision> history(String slug) {
        guard.require(Role.EDITOR);
        return revisions.of(slug);
    }

    /** The number of a resource's newest revision (0 when it has none), without reading the revisions' texts. */
    public int newestRevision(String slug) {
        guard.require(Role.EDITOR);
        return revisions.nextNumber(slug) - 1;
    }

    public Optional<Revision> revision(String slug, int number) {
        guard.require(Role.EDITOR);
        return revisions.one(slug, number);
    }

    /** What changed from one revision to another (either may be the older). */
    public List<RevisionDiff.Line> diff(String slug, int from, int to) {
        guard.require(Role.EDITOR);
        String older = revisions.one(slug, from).map(Revision::getText).orElse("");
        String newer = revisions.one(slug, to).map(Revision::getText).orElse("");
        return RevisionDiff.between(older, newer);
    }

    /**
     * Before the first change to a resource that has no revision (shipped, or imported at start-up), keeps it as it
     * stands as revision 1: its history then starts from the version readers knew, which can always be restored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void keepFirstVersion(Resource resource) {
        if (revisions.latest(resource.getSlug()).isEmpty()) {
            ResourceContent content = resource.toContent();
            revisions.persist(new Revision(content.id(), 1, "", "", Revision.Action.IMPORTED, content.status(), "",
                    ContentWriter.write(content)).storedAt(resource.getUpdatedAt()));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Revision record(ResourceContent content, String email, String name, Revision.Action action, String note) {
        Revision revision = new Revision(content.id(), revisions.nextNumber(content.id()), email, name, action,
                content.status(), note, ContentWriter.write(content));
        revisions.persist(revision);
        return revision;
    }

    /**
     * The ids a guide names as its evidence that are not research summaries in the library (unknown, or a guide):
     * such a guide is refused, so readers never see a missing or wrong "evidence behind this guide".
     */
    public List<String> notSummaries(ResourceContent content) {
        guard.require(Role.EDITOR);
        return evidenceNotSummaries(content);
    }

    private List<String> evidenceNotSummaries(ResourceContent content) {
        return content instanceof PracticeGuideContent guide
                ? guide.notSummaries(id -> library.find(id).map(Resource::getType))
                : List.of();
    }

    private void check(ResourceContent content) {
        List<Problem> problems = ContentChecks.problems(content, taxonomies.current());
        List<Wording> errors = ContentChecks.wordedErrors(problems);
        List<String> notSummaries = evidenceNotSummaries(content);
        if (!notSummaries.isEmpty()) {
            errors.add(new Wording("'based_on' names ids that are not research summaries in the library: "
                    + String.join(", ", notSummaries), null, List.of()));
        }
        if (!errors.isEmpty()) {
            throw EditorialException.worded("editor.invalid", "The resource does not meet the content format.", errors);
        }
    }

    static EditorialException unknown(String slug) {
        return new EditorialException("editor.unknown", "There is no resource '" + slug + "'.");
    }
}
