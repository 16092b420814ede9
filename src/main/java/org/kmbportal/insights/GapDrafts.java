package org.kmbportal.insights;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kmbportal.editorial.EditorialService;
import org.kmbportal.platform.PortalClock;
import org.kmbportal.web.Messages;

/**
 * "Start a draft from this gap": a new practice-guide draft through the editorial service, titled with the query,
 * whose summary, notes and first revision note carry the query and its counts in the period, so the editor who
 * writes it knows what readers looked for. The counts are read again here, never taken from the page. Which gap
 * started which draft is kept ({@link GapDraft}), so the gap's row links to its draft even once it is renamed.
 */
@ApplicationScoped
public class GapDrafts {

    @Inject
    InsightReports reports;

    @Inject
    EditorialService editorial;

    @Inject
    PortalClock clock;

    @Inject
    EntityManager em;

    /**
     * @param editorLanguage
     *            the language the summary and notes are written in (the editor's)
     * @return the new draft, or the open draft an earlier press started (then nothing new is made)
     * @throws SignalRefused
     *             when the query has no search in vain in the period
     */
    @Transactional
    public EditorialService.Started start(Period period, String query, Locale editorLanguage) {
        // A question as typed ("found nothing") is the gap of its normalized words; a gap's query stays itself.
        String words = SearchQueries.normalize(query);
        Gap gap = reports.gap(period, words).orElseThrow(() -> new SignalRefused(404, "no_gap",
                "No search for '" + query + "' was in vain in this period.").said("api.signal.noGap", query));
        Object[] counts = {gap.query(), gap.searches(), gap.zeroResults(), gap.nothingOpened(),
                period.from().toString(), period.to().toString(), gap.previous(), clock.today().toString()};
        String summary = Messages.format(editorLanguage, "gap.draft.summary", counts);
        String notes = Messages.format(editorLanguage, "gap.draft.notes", counts);
        String note = Messages.format(editorLanguage, "gap.draft.revisionNote", counts);
        List<String> before = startedFrom(List.of(gap.query())).getOrDefault(gap.query(), List.of());
        EditorialService.Started started = editorial.startDraft(title(gap.query(), editorLanguage), before,
                gap.language(), summary, notes, note);
        if (!before.contains(started.id())) {
            // a new draft, or one found by its title (started before drafts were recorded): linked from now on
            em.persist(new GapDraft(gap.query(), started.id(), clock.today()));
        }
        return started;
    }

    /**
     * For every row of a page at once (a gap's query, or a question as typed), in two database queries however many
     * rows there are: each query with the open draft a press of "start a draft" would open rather than make (the
     * draft started from it, even renamed since, else one titled with it), or empty.
     */
    public Map<String, Optional<String>> existing(Collection<String> queries, Locale editorLanguage) {
        Map<String, String> words = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (String query : queries) {
            String normalized = SearchQueries.normalize(query);
            if (!normalized.isEmpty()) {
                words.put(query, normalized);
                titles.put(query, title(normalized, editorLanguage));
            }
        }
        Map<String, List<String>> started = startedFrom(words.values());
        Set<String> open = started.isEmpty()
                ? Set.of()
                : editorial.stillOpen(started.values().stream().flatMap(List::stream).toList());
        Map<String, String> drafts = titles.isEmpty() ? Map.of() : editorial.openDrafts(titles.values());
        Map<String, Optional<String>> found = new HashMap<>();
        for (String query : queries) {
            Optional<String> fromGap = started.getOrDefault(words.get(query), List.of()).stream()
                    .filter(open::contains).findFirst();
            found.put(query, fromGap.or(() -> Optional.ofNullable(titles.get(query)).map(drafts::get)));
        }
        return found;
    }

    /** The drafts started from each of these gaps (normalized words), first started first. */
    private Map<String, List<String>> startedFrom(Collection<String> gaps) {
        Set<String> wanted = new HashSet<>(gaps);
        Map<String, List<String>> started = new HashMap<>();
        if (wanted.isEmpty()) {
            return started;
        }
        List<String> all = List.copyOf(wanted);
        for (int from = 0; from < all.size(); from += IN_LIST_MAX) {
            em.createQuery("select g from GapDraft g where g.query in :queries order by g.id", GapDraft.class)
                    .setParameter("queries", all.subList(from, Math.min(all.size(), from + IN_LIST_MAX)))
                    .getResultList().forEach(g -> started.computeIfAbsent(g.getQuery(), q -> new ArrayList<>())
                            .add(g.getResourceSlug()));
        }
        return started;
    }

    /** Parameters in one statement, well under what PostgreSQL takes (32,767). */
    private static final int IN_LIST_MAX = 1000;

    /** A draft's title: the query with its first letter in capitals. */
    static String title(String query, Locale editorLanguage) {
        int first = query.codePointAt(0);
        return Character.toString(first).toUpperCase(editorLanguage) + query.substring(Character.charCount(first));
    }
}
