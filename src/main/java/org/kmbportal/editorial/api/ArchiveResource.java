package org.kmbportal.editorial.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiExamples;
import org.kmbportal.web.api.ApiSecurity;
import org.kmbportal.web.api.ApiSecurity;
import org.kmbportal.web.api.ApiExamples;
import org.kmbportal.web.api.ApiError;
import java.util.List;

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
@Tag(name = "Editorial")
@SecurityRequirement(name = ApiSecurity.SESSION)
public class ArchiveResource {

    @Inject
    ArchiveService archives;

    @GET
    @Path("export")
    @Produces("application/zip")
    @Operation(summary = "Export resources as a zip of content files", description = "The ids given, or the whole"
            + " library; the zip imports back unchanged.")
    @APIResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "An id not in the library", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response export(
            @Parameter(description = "A resource's id (repeat for several; none: all)", example = ApiExamples.RESOURCE_ID) @QueryParam("id") List<String> ids) {
        List<String> unknown = archives.unknown(ids);
        if (!unknown.isEmpty()) {
            throw ApiException.said(404, "not_found", "api.editor.notInLibrary", String.join(", ", unknown)
                    .replaceAll("[^a-z0-9, -]", "?"));
        }
        return Response.ok(archives.export(ids)).header("Content-Disposition",
                "attachment; filename=\"kmb-library.zip\"").build();
    }

    /** With {@code dry_run=true}, only the report; otherwise every valid file is stored. */
    @POST
    @Path("import")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a zip of content files", description = "Every valid file is stored (as a draft or a"
            + " new revision); with dry_run=true, only the report.")
    @SecurityRequirement(name = ApiSecurity.CSRF)
    @RequestBody(content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EditorJson.Report.class)))
    @APIResponse(responseCode = "400", description = "Not a zip, too large, or too many files", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public EditorJson.Report importArchive(byte[] zip,
            @Parameter(description = "Only check, store nothing") @QueryParam("dry_run") boolean dryRun) {
        ImportReport report = dryRun ? archives.check(zip) : archives.importArchive(zip);
        return EditorJson.report(report);
    }
}
