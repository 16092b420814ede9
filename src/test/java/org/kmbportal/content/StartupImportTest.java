package org.kmbportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.LibraryService;
import org.kmbportal.platform.PortalSettings;
import org.kmbportal.platform.StartupStage;

/**
 * What a start does with the content folder, whatever stopped the portal before (a kill, an administrator's stop):
 * by default it imports only into an empty library, so a restart neither imports the library again over the
 * editors' changes nor loses them; {@code kmb.import.on-start} can say always or never. The restart of a real portal
 * after a kill and after a polite stop is {@code search.CrashRecoveryIT}'s.
 */
class StartupImportTest {

    private final List<Path> imported = new ArrayList<>();

    @AfterEach
    void clear() {
        System.clearProperty(PortalSettings.IMPORT_ON_START);
    }

    @Test
    void aFirstStartOnAnEmptyLibraryImportsTheContentFolder() {
        start(true);
        assertEquals(List.of(PortalSettings.current().contentDir()), imported);
    }

    @Test
    void aRestartOnALibraryThatHoldsResourcesImportsNothing() {
        start(false);
        assertEquals(List.of(), imported, "the restart imported the content folder again");
    }

    @Test
    void anAdministratorCanAskForAnImportAtEveryStartOrNever() {
        System.setProperty(PortalSettings.IMPORT_ON_START, "always");
        start(false);
        assertEquals(1, imported.size(), "always: imported into a library that holds resources");
        System.setProperty(PortalSettings.IMPORT_ON_START, "never");
        start(true);
        assertEquals(1, imported.size(), "never: not even into an empty library");
    }

    private void start(boolean empty) {
        StartupImport startup = new StartupImport();
        startup.settings = PortalSettings.current();
        startup.library = new LibraryService() {
            @Override
            public boolean isEmpty() {
                return empty;
            }
        };
        startup.importer = new ContentImporter() {
            @Override
            public ImportReport importFolder(Path folder) {
                imported.add(folder);
                return new ImportReport(List.of(), List.of(), 0, 0, 0, true);
            }
        };
        startup.onDatabaseReady(new StartupStage.DatabaseReady());
    }
}
