package org.kmbportal.editorial.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kmbportal.content.ImportReport;
import org.kmbportal.content.Problem;
import org.kmbportal.editorial.Revision;
import org.kmbportal.editorial.RevisionDiff;
import org.kmbportal.library.Resource;

/** The JSON of the editors' endpoints. */
final class EditorJson {

    private EditorJson() {
    }

    static Map<String, Object> item(Resource r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.getSlug());
        json.put("type", r.getType().key());
        json.put("title", r.getTitle());
        json.put("language", r.getLanguage());
        json.put("status", r.getStatus().key());
        json.put("version", r.getVersion());
        json.put("updated_at", r.getUpdatedAt().toString());
        return json;
    }

    static Map<String, Object> revision(Revision r, boolean withText) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", r.getNumber());
        json.put("at", r.getCreatedAt().toString());
        json.put("author", r.getAuthorName());
        json.put("author_email", r.getAuthorEmail());
        json.put("action", r.getAction().name().toLowerCase(java.util.Locale.ROOT));
        json.put("status", r.getStatus().key());
        json.put("note", r.getNote());
        if (withText) {
            json.put("text", r.getText());
        }
        return json;
    }

    static List<Map<String, Object>> diff(List<RevisionDiff.Line> lines) {
        return lines.stream().map(l -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.put("old", l.oldNumber());
            json.put("new", l.newNumber());
            json.put("text", l.text());
            return json;
        }).toList();
    }

    static Map<String, Object> report(ImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("stored", report.stored());
        json.put("created", report.created());
        json.put("updated", report.updated());
        json.put("unchanged", report.unchanged());
        json.put("files", report.files().stream().map(f -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", f.path());
            file.put("id", f.id());
            file.put("verdict", f.verdict().name().toLowerCase(java.util.Locale.ROOT));
            file.put("problems", f.problems().stream().map(Problem::toString).toList());
            return file;
        }).toList());
        json.put("problems", report.batchProblems().stream().map(Problem::toString).toList());
        return json;
    }
}
