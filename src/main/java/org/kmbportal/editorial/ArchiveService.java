package org.kmbportal.editorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.accounts.AuditLog;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.content.BatchStore;
import org.kmbportal.content.BatchValidator;
import org.kmbportal.content.ContentBatch;
import org.kmbportal.content.ContentImporter;
import org.kmbportal.content.ContentWriter;
import org.kmbportal.content.ImportReport;
import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.Resource;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.platform.PortalSettings;

/**
 * Bulk work for editors: a zip in the content format is checked and reported on per file before anything is stored,
 * then every valid file goes in, in one transaction (each imported change a revision); the library, or a selection,
 * goes out as such a zip.
 */
@ApplicationScoped
public class ArchiveService {

    @Inject
    PortalSettings settings;

    @Inject
    ContentImporter importer;

    @Inject
    BatchStore store;

    @Inject
    LibraryService library;

    @Inject
    CollectionService collections;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    EditorialService editorial;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    public ContentArchive.Limits limits() {
        return ContentArchive.Limits.ofMegabytes(settings.uploadMaxMegabytes());
    }

    /** The report on an uploaded archive; nothing is stored. */
    public ImportReport check(byte[] zip) {
        guard.require(Role.EDITOR);
        return importer.validate(ContentArchive.read(zip, limits())).report();
    }

    /**
     * Stores every valid file of the archive in one transaction (checked again: the library may have changed since
     * the report). If storing fails, nothing is stored.
     */
    @Transactional
    public ImportReport importArchive(byte[] zip) {
        Caller editor = guard.require(Role.EDITOR);
        ContentBatch batch = ContentArchive.read(zip, limits());
        BatchValidator.Validated validated = importer.validate(batch);
        Map<String, Optional<ResourceContent>> before = new LinkedHashMap<>();
        for (ResourceContent resource : validated.resources()) {
            Optional<Resource> stored = library.find(resource.id());
            stored.ifPresent(editorial::keepFirstVersion);
            before.put(resource.id(), stored.map(Resource::toContent));
        }
        ImportReport report;
        try {
            report = store.store(validated);
        } catch (RuntimeException e) {
            taxonomies.reload();
            throw e;
        }
        for (ResourceContent imported : validated.resources()) {
            Optional<ResourceContent> old = before.get(imported.id());
            if (old.isEmpty() || !old.get().equals(imported)) {
                editorial.record(imported, editor.email(), editor.displayName(), Revision.Action.IMPORTED,
                        "bulk import");
                String from = old.map(o -> o.status().key()).orElse("new");
                if (!from.equals(imported.status().key())) {
                    audit.record(editor.email(), "state.changed", imported.id(), from + " -> "
                            + imported.status().key() + " (import)");
                }
            }
        }
        audit.record(editor.email(), "library.imported", "(archive)", report.summary());
        return report;
    }

    /** The whole library (ids empty) or the named resources, as a zip in the content format. */
    public byte[] export(List<String> ids) {
        guard.require(Role.EDITOR);
        Map<String, String> files = new LinkedHashMap<>();
        taxonomies.storedYaml().ifPresent(yaml -> files.put("taxonomy.yaml", yaml));
        List<Resource> chosen = ids.isEmpty() ? library.all() : library.find(ids);
        for (Resource resource : chosen) {
            ResourceContent content = resource.toContent();
            files.put(ContentChecks.pathOf(content), ContentWriter.write(content));
        }
        if (ids.isEmpty()) {
            for (Collection collection : collections.all()) {
                files.put("collections/" + collection.getSlug() + ".md", ContentWriter.write(collection.toContent()));
            }
        }
        return ContentArchive.write(files);
    }

    /** Ids that are not in the library, to tell the editor before exporting. */
    public List<String> unknown(List<String> ids) {
        List<String> missing = new ArrayList<>();
        ids.forEach(id -> {
            if (library.find(id).isEmpty()) {
                missing.add(id);
            }
        });
        return missing;
    }
}
