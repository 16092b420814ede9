package org.kmbportal.insights;

import java.util.logging.Level;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(SearchSignalObserver.class.getName());

    @Inject
    SearchSignals signals;

    void searched(@Observes SearchPerformed search) {
        try {
            signals.record(search);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A search could not be kept for the statistics", e);
        }
    }

    void opened(@Observes SearchResultOpened opened) {
        try {
            signals.opened(opened);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An opened search result could not be noted", e);
        }
    }
}
