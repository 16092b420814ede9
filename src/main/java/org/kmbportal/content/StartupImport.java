package org.kmbportal.content;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.kmbportal.library.LibraryService;
import org.kmbportal.platform.PortalSettings;
import org.kmbportal.platform.StartupStage;

/** Imports the content folder when the portal starts on an empty library (or always, if so configured). */
@ApplicationScoped
public class StartupImport {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(StartupImport.class.getName());

    @Inject
    ContentImporter importer;

    @Inject
    LibraryService library;

    void onDatabaseReady(@Observes StartupStage.DatabaseReady stage) {
        String policy = settings.importOnStart();
        boolean run = policy.equals("always") || (policy.equals("if-empty") && library.isEmpty());
        if (!run) {
            LOG.info(() -> "Library already holds resources; content folder not imported (kmb.import.on-start="
                    + policy + ")");
            return;
        }
        LOG.info(() -> "Importing the content folder " + settings.contentDir());
        ImportReport report = importer.importFolder(settings.contentDir());
        report.problems().forEach(p -> LOG.warning(p::toString));
        LOG.info(() -> "Import: " + report.summary());
    }
}
