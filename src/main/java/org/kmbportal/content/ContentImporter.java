package org.kmbportal.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.curation.CollectionService;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.TaxonomyService;

/**
 * Imports content files into the library: validates the whole batch first, then stores every valid file in one
 * transaction. A file with an error is reported and skipped; if storing fails, nothing is stored and the library is
 * as it was. Importing the same files twice changes nothing.
 */
@ApplicationScoped
public class ContentImporter {

    private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());

    @Inject
    TaxonomyService taxonomies;

    @Inject
    LibraryService library;

    @Inject
    CollectionService collections;

    @Inject
    BatchStore store;

    public ImportReport importFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new ImportReport(List.of(), List.of(Problem.error(folder.toString(), 0,
                    "the content folder does not exist")), 0, 0, 0, false);
        }
        return importBatch(ContentBatch.fromFolder(folder));
    }

    /** Checks a batch without storing anything (the report shown before an editor confirms an upload). */
    public BatchValidator.Validated validate(ContentBatch batch) {
        return BatchValidator.validate(batch, taxonomies.current(), this::existingKind);
    }

    public ImportReport importBatch(ContentBatch batch) {
        BatchValidator.Validated validated = validate(batch);
        try {
            return store.store(validated);
        } catch (RuntimeException e) {
            taxonomies.reload();
            LOG.log(Level.WARNING, "Import failed; nothing was stored", e);
            return validated.report().withBatchProblem(Problem.error("(import)", 0,
                    "nothing was stored: " + rootMessage(e)));
        }
    }

    private Optional<String> existingKind(String id) {
        return library.find(id).map(r -> r.getType().key())
                .or(() -> collections.find(id).map(c -> ContentReader.COLLECTION_TYPE));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
