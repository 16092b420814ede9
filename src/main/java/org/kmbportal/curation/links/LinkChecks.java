package org.kmbportal.curation.links;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionEntry;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.Resource;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.platform.PortalSettings;

/**
 * Finds every outside link the library shares, checks them, and keeps their state. Each link's result is saved in a
 * short transaction of its own, so a long run holds no locks and a crash loses at most the link being checked.
 */
@ApplicationScoped
public class LinkChecks {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(LinkChecks.class.getName());

    @Inject
    LinkCheckRepository records;

    @Inject
    CollectionService collections;

    @Inject
    LibraryService library;

    private final AtomicBoolean running = new AtomicBoolean();

    /** Every outside link in use, with where it is used. */
    public Map<String, List<LinkUse>> linksInUse() {
        Map<String, List<LinkUse>> uses = new LinkedHashMap<>();
        for (Collection collection : collections.all()) {
            for (CollectionEntry entry : collection.toContent().items()) {
                if (!entry.isResource()) {
                    uses.computeIfAbsent(entry.url(), u -> new ArrayList<>())
                            .add(new LinkUse("collection", collection.getSlug(), collection.getTitle()));
                }
            }
        }
        long[] last = {0};
        List<Resource> batch;
        while (!(batch = library.publishedAfter(last[0], 500)).isEmpty()) {
            last[0] = batch.get(batch.size() - 1).getId();
            for (Resource resource : batch) {
                if (resource.toContent() instanceof ResearchSummaryContent content && content.citation() != null
                        && !content.citation().articleLink().isEmpty()) {
                    uses.computeIfAbsent(content.citation().articleLink(), u -> new ArrayList<>())
                            .add(new LinkUse("citation", content.id(), content.title()));
                }
            }
        }
        return uses;
    }

    /** Checks every link in use; returns how many were checked (0 if a run is already going). */
    public int checkAll() {
        return check(linksInUse().keySet(), new LinkChecker(checkerSettings()),
                settings.linkFailuresBeforeBroken());
    }

    /** Checks the given links with the given checker; returns how many were checked (0 if a run is going). */
    public int check(java.util.Collection<String> links, LinkChecker checker, int failuresBeforeBroken) {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            List<String> urls = new ArrayList<>(links);
            for (String url : urls) {
                save(url, checker.check(url), failuresBeforeBroken);
            }
            LOG.info(() -> "Checked " + urls.size() + " outside links");
            return urls.size();
        } finally {
            running.set(false);
        }
    }

    public void save(String url, CheckOutcome outcome, int failuresBeforeBroken) {
        records.save(url, outcome, failuresBeforeBroken);
    }

    public Optional<LinkCheck> find(String url) {
        return records.find(url);
    }

    /** Every link in use with its latest state (unchecked links included), worst first. */
    public List<LinkReport> report() {
        Map<String, List<LinkUse>> uses = linksInUse();
        Map<String, LinkCheck> checks = new LinkedHashMap<>();
        records.all().forEach(c -> checks.put(c.getUrl(), c));
        List<LinkReport> report = new ArrayList<>();
        uses.forEach((url, where) -> report.add(new LinkReport(url, Optional.ofNullable(checks.get(url)), where)));
        report.sort(java.util.Comparator.comparingInt(LinkReport::severity).reversed()
                .thenComparing(LinkReport::url));
        return report;
    }

    public boolean running() {
        return running.get();
    }

    LinkChecker.Settings checkerSettings() {
        return new LinkChecker.Settings(settings.linkCheckTimeout(), settings.linkCheckPerHostPause(), 3,
                Duration.ofSeconds(5), 5, settings.linkChecksAllowPrivate());
    }
}
