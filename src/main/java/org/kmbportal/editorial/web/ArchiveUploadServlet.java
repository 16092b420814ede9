package org.kmbportal.editorial.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.kmbportal.editorial.ArchiveService;
import org.kmbportal.web.SessionToken;

/**
 * Receives the zip of the import page (a plain multipart form, with the session's CSRF token as a field) and hands
 * it to the page through the session; the page then shows the report. Uploads stay out of JSF's postbacks, whose
 * PrimeFaces nonce check does not survive a multipart request. Editors only (the {@code /editor/*} constraint; the
 * service checks again).
 */
@WebServlet("/editor/import/upload")
@MultipartConfig(maxFileSize = 268_435_456L, maxRequestSize = 268_435_456L, fileSizeThreshold = 1_048_576)
public class ArchiveUploadServlet extends HttpServlet {

    @Inject
    ArchiveService archives;

    static final String PENDING = "kmb.import.pending";
    static final String REFUSED = "kmb.import.refused";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String token = request.getParameter("csrf");
        if (!SessionToken.matches(request.getSession(false), token)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Part part = request.getPart("archive");
        long max = archives.limits().maxBytes();
        if (part == null || part.getSize() == 0) {
            request.getSession().setAttribute(REFUSED, "import.none");
        } else if (part.getSize() > max) {
            request.getSession().setAttribute(REFUSED, "archive.tooBig");
        } else {
            try (InputStream in = part.getInputStream()) {
                request.getSession().setAttribute(PENDING, in.readNBytes((int) max));
            }
        }
        response.sendRedirect(request.getContextPath() + "/editor/import");
    }
}
