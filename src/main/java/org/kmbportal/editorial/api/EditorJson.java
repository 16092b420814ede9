package org.kmbportal.editorial.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kmbportal.content.ImportReport;
import org.kmbportal.content.Problem;
import org.kmbportal.editorial.Revision;
import org.kmbportal.editorial.RevisionDiff;
import org.kmbportal.library.Resource;

/** The JSON of the editors' endpoints. */
public final class EditorJson {

    private EditorJson() {
    }

    @Schema(name = "WorkspaceItem", description = "A resource in the editors' workspace, in any state.")
    public record Item(String id, @Schema(enumeration = {
            "research-summary", "practice-guide"}) String type, String title, String language,
            @Schema(enumeration = {"draft", "in-review", "published", "archived"}) String status,
            @Schema(description = "Send it back when saving") long version,
            @JsonbProperty("updated_at") @Schema(name = "updated_at", format = "date-time") String updatedAt){
    }

    @Schema(name = "Draft", description = "A resource's current text in the content format, to edit.")
    public record Draft(String id, String status, long version, String text) {
    }

    @Schema(name = "DraftInput", description = "A resource's text in the content format; version -1 or none creates"
            + " it.", example = "{\"version\": 3, \"text\": \"---\\nid: ...\\n---\\n...\", \"note\": \"Fixed the sample size\"}")
    public record DraftInput(Long version, String text, String note) {
    }

    @Schema(name = "Saved", description = "What a save, move or restore left: the revision made and the version to send"
            + " next.")
    public record Saved(String id, int revision, String status, long version) {
    }

    @Schema(name = "Transition", example = "{\"to\": \"in-review\"}")
    public record Transition(@Schema(enumeration = {
            "draft", "in-review", "published", "archived"}) String to){
    }

    @Schema(name = "Revision", description = "A revision of a resource; text only when one is asked for.")
    @JsonbNillable
    public record RevisionJson(int number, @Schema(format = "date-time") String at, String author,
            @JsonbProperty("author_email") @Schema(name = "author_email") String authorEmail, String action,
            String status, String note, @JsonbNillable(false) String text) {
    }

    @Schema(name = "DiffLine", description = "A line of the difference between two revisions.")
    @JsonbNillable
    public record DiffLine(@Schema(enumeration = {
            "same", "removed", "added", "folded"}) String kind,
            @Schema(description = "Its line in the older text (0 when added or folded)") int old,
            @JsonbProperty("new") @Schema(name = "new", description = "Its line in the newer text (0 when removed or folded)") int newNumber,
            String text){
    }

    @Schema(name = "ReviewComment")
    public record Comment(String author, @Schema(format = "date-time") String at, String text) {
    }

    @Schema(name = "CommentInput", example = "{\"text\": \"The sample size in Key findings differs from the abstract.\"}")
    public record CommentInput(String text) {
    }

    @Schema(name = "Commented")
    public record Commented(String id) {
    }

    @Schema(name = "ScheduleInput", example = "{\"at\": \"2030-01-31T09:00:00Z\"}")
    public record ScheduleInput(@Schema(format = "date-time") String at) {
    }

    @Schema(name = "Scheduled")
    public record Scheduled(String id,
            @JsonbProperty("publish_at") @Schema(name = "publish_at", format = "date-time") String publishAt) {
    }

    @Schema(name = "ImportReport", description = "What an import stored, or would store, file by file.")
    public record Report(boolean stored, int created, int updated, int unchanged, List<ReportFile> files,
            @Schema(description = "Problems of the archive as a whole") List<String> problems) {
    }

    @Schema(name = "ImportedFile")
    @JsonbNillable
    public record ReportFile(String path, String id, String verdict, List<String> problems) {
    }

    static Item item(Resource r) {
        return new Item(r.getSlug(), r.getType().key(), r.getTitle(), r.getLanguage(), r.getStatus().key(),
                r.getVersion(), r.getUpdatedAt().toString());
    }

    static RevisionJson revision(Revision r, boolean withText) {
        return new RevisionJson(r.getNumber(), r.getCreatedAt().toString(),
                org.kmbportal.accounts.AccountErased.forApi(r.getAuthorName()), r.getAuthorEmail(),
                r.getAction().name().toLowerCase(java.util.Locale.ROOT), r.getStatus().key(), r.getNote(),
                withText ? r.getText() : null);
    }

    static List<DiffLine> diff(List<RevisionDiff.Line> lines) {
        return lines.stream().map(l -> new DiffLine(l.kind().name().toLowerCase(java.util.Locale.ROOT), l.oldNumber(),
                l.newNumber(), l.text())).toList();
    }

    static Report report(ImportReport report) {
        return new Report(report.stored(), report.created(), report.updated(), report.unchanged(),
                report.files().stream().map(f -> new ReportFile(f.path(), f.id(),
                        f.verdict().name().toLowerCase(java.util.Locale.ROOT),
                        f.problems().stream().map(Problem::toString).toList())).toList(),
                report.batchProblems().stream().map(Problem::toString).toList());
    }
}
