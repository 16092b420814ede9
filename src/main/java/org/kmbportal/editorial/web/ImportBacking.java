package org.kmbportal.editorial.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import org.kmbportal.web.FacesMessages;
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

    private byte[] archive;
    private ImportReport report;

    /** Picks up what the upload servlet received (if anything) and checks it: the report comes before any import. */
    @PostConstruct
    void receive() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        if (session == null) {
            return;
        }
        Object refused = session.getAttribute(ArchiveUploadServlet.REFUSED);
        Object pending = session.getAttribute(ArchiveUploadServlet.PENDING);
        session.removeAttribute(ArchiveUploadServlet.REFUSED);
        session.removeAttribute(ArchiveUploadServlet.PENDING);
        if ("archive.tooBig".equals(refused)) {
            messages.error("archive.tooBig", archives.limits().maxBytes() / 1048576);
        } else if (refused instanceof String key) {
            messages.error(key);
        } else if (pending instanceof byte[] bytes) {
            check(bytes);
        }
    }

    private void check(byte[] bytes) {
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

}
