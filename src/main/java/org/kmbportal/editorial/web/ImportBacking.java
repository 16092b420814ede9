package org.kmbportal.editorial.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.kmbportal.accounts.web.FacesMessages;
import org.kmbportal.content.ImportReport;
import org.kmbportal.editorial.ArchiveException;
import org.kmbportal.editorial.ArchiveService;
import org.kmbportal.library.LibraryException;

/**
 * The import page ({@code editor/import.xhtml}): upload a zip, read the report per file, then import every valid
 * file in one transaction. The archive is kept in the view between the two steps and checked again on import.
 */
@Named("bulkImport")
@ViewScoped
public class ImportBacking implements Serializable {

    @Inject
    transient ArchiveService archives;

    @Inject
    transient FacesMessages messages;

    private transient Part upload;
    private byte[] archive;
    private ImportReport report;

    public void check() throws IOException {
        report = null;
        archive = null;
        if (upload == null || upload.getSize() == 0) {
            messages.error("import.none");
            return;
        }
        long max = ArchiveService.limits().maxBytes();
        if (upload.getSize() > max) {
            messages.error("archive.tooBig", max / 1048576);
            return;
        }
        byte[] bytes;
        try (InputStream in = upload.getInputStream()) {
            bytes = in.readNBytes((int) max + 1);
        }
        try {
            report = archives.check(bytes);
            archive = bytes;
        } catch (ArchiveException e) {
            messages.error(e.messageKey(), e.arguments());
        }
    }

    public void importValid() {
        if (archive == null) {
            messages.error("import.none");
            return;
        }
        try {
            report = archives.importArchive(archive);
            archive = null;
            messages.info("import.done", report.created(), report.updated(), report.unchanged());
        } catch (ArchiveException e) {
            messages.error(e.messageKey(), e.arguments());
        } catch (LibraryException e) {
            messages.error("import.failed", e.getMessage());
        } catch (RuntimeException e) {
            // Storing failed as a whole (the transaction rolled back): nothing of the archive is in the library.
            java.util.logging.Logger.getLogger(ImportBacking.class.getName()).log(java.util.logging.Level.WARNING,
                    "Import failed; nothing was stored", e);
            messages.error("import.failed", "");
        }
    }

    public boolean isReady() {
        return archive != null && report != null;
    }

    public long getValidCount() {
        return report == null
                ? 0
                : report.count(ImportReport.Verdict.OK) + report.count(ImportReport.Verdict.WARNING);
    }

    public ImportReport getReport() {
        return report;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
