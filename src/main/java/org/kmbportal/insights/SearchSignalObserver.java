package org.kmbportal.insights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.kmbportal.search.SearchPerformed;
import org.kmbportal.search.SearchResultOpened;

/**
 * Listens to the search feature's announcements. The reader's consent was settled before they were fired (search
 * fires nothing for a browser that sends Sec-GPC or DNT, or for a robot), and they carry nothing about the reader.
 */
@ApplicationScoped
public class SearchSignalObserver {

    @Inject
    PendingSignals pending;

    /** Kept off the reader's thread ({@link PendingSignals}): the reader came for the results, not to wait for this. */
    void searched(@Observes SearchPerformed search) {
        pending.add(search);
    }

    void opened(@Observes SearchResultOpened opened) {
        pending.add(opened);
    }
}
