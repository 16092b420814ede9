package org.kmbportal.insights;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.editorial.EditorialService;
import org.kmbportal.platform.PortalClock;
import org.kmbportal.web.Messages;

/**
 * "Start a draft from this gap": a new practice-guide draft through the editorial service, titled with the query,
 * whose summary, notes and first revision note carry the query and its counts in the period, so the editor who
 * writes it knows what readers looked for. The counts are read again here, never taken from the page.
 */
@ApplicationScoped
public class GapDrafts {

    @Inject
    InsightReports reports;

    @Inject
    EditorialService editorial;

    @Inject
    PortalClock clock;

    /**
     * @param editorLanguage
     *            the language the summary and notes are written in (the editor's)
     * @return the new draft, or the open draft an earlier press started (then nothing new is made)
     * @throws SignalRefused
     *             when the query has no search in vain in the period
     */
    public EditorialService.Started start(Period period, String query, Locale editorLanguage) {
        // A question as typed ("found nothing") is the gap of its normalized words; a gap's query stays itself.
        String words = SearchQueries.normalize(query);
        Gap gap = reports.gap(period, words).orElseThrow(() -> new SignalRefused(404, "no_gap",
                "No search for '" + query + "' was in vain in this period."));
        Object[] counts = {gap.query(), gap.searches(), gap.zeroResults(), gap.nothingOpened(),
                period.from().toString(), period.to().toString(), gap.previous(), clock.today().toString()};
        String summary = Messages.format(editorLanguage, "gap.draft.summary", counts);
        String notes = Messages.format(editorLanguage, "gap.draft.notes", counts);
        String note = Messages.format(editorLanguage, "gap.draft.revisionNote", counts);
        return editorial.startDraft(title(gap.query(), editorLanguage), gap.language(), summary, notes, note);
    }

    /**
     * For every row of a page at once (a gap's query, or a question as typed), in one database query however many
     * rows there are: each query with the open draft a press of "start a draft" would open rather than make, or
     * empty.
     */
    public Map<String, Optional<String>> existing(Collection<String> queries, Locale editorLanguage) {
        Map<String, String> titles = new HashMap<>();
        for (String query : queries) {
            String words = SearchQueries.normalize(query);
            if (!words.isEmpty()) {
                titles.put(query, title(words, editorLanguage));
            }
        }
        Map<String, String> drafts = titles.isEmpty() ? Map.of() : editorial.openDrafts(titles.values());
        Map<String, Optional<String>> found = new HashMap<>();
        for (String query : queries) {
            found.put(query, Optional.ofNullable(titles.get(query)).map(drafts::get));
        }
        return found;
    }

    /** A draft's title: the query with its first letter in capitals. */
    static String title(String query, Locale editorLanguage) {
        int first = query.codePointAt(0);
        return Character.toString(first).toUpperCase(editorLanguage) + query.substring(Character.charCount(first));
    }
}
