package org.kmbportal.editorial.api;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.kmbportal.content.ImportReport;
import org.kmbportal.editorial.ArchiveService;
import org.kmbportal.web.api.ApiException;

/** {@code /api/editor/export} and {@code /api/editor/import}: the library as a zip in the content format. */
@Path("editor")
@RequestScoped
public class ArchiveResource {

    @Inject
    ArchiveService archives;

    @GET
    @Path("export")
    @Produces("application/zip")
    public Response export(@QueryParam("id") List<String> ids) {
        List<String> unknown = archives.unknown(ids);
        if (!unknown.isEmpty()) {
            throw ApiException.notFound("Not in the library: " + String.join(", ", unknown).replaceAll(
                    "[^a-z0-9, -]", "?"));
        }
        return Response.ok(archives.export(ids)).header("Content-Disposition",
                "attachment; filename=\"kmb-library.zip\"").build();
    }

    /** With {@code dry_run=true}, only the report; otherwise every valid file is stored. */
    @POST
    @Path("import")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> importArchive(byte[] zip, @QueryParam("dry_run") boolean dryRun) {
        ImportReport report = dryRun ? archives.check(zip) : archives.importArchive(zip);
        return EditorJson.report(report);
    }
}
