package org.kmbportal.editorial.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the content format's objections to a saved form beside the fields they concern, in the editor's language:
 * "'summarized_by' is required" becomes "This field is required." under "Summarized by". The content format names a
 * field by its key in the file, quoted at the start of the problem; this maps each key to the form's field, and says
 * what is wrong from the field's value (empty: required; otherwise the field's own advice). The rules stay the
 * content format's: nothing here decides what is valid.
 */
final class FormProblems {

    /** Where the content format's key is edited in the form: the field's id, and its value in the form. */
    private record Field(String id, Function<ResourceForm, String> value, String advice) {
    }

    private static final Map<String, List<Field>> FIELDS = fields();
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern NOTES = Pattern.compile("Notes of interest");
    /** The content format's "'summary' is 4312 characters long; at most 4000 are allowed". */
    private static final Pattern TOO_LONG = Pattern.compile("is (\\d+) characters long; at most (\\d+)");

    /**
     * What to show: messages (bundle keys) by field id, their arguments by field id where they have some (a length's
     * limit and the length), and messages of the whole form with their arguments.
     */
    record Placed(Map<String, String> fields, List<Global> others, Map<String, Object[]> arguments) {

        Placed(Map<String, String> fields, List<Global> others) {
            this(fields, others, Map.of());
        }

        /** The arguments of the field's message: none for most. */
        Object[] argumentsOf(String field) {
            return arguments.getOrDefault(field, new Object[0]);
        }
    }

    /** A message of the whole form: a bundle key and its arguments. */
    record Global(String key, Object... arguments) {
    }

    private FormProblems() {
    }

    static Placed place(List<String> problems, ResourceForm form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Object[]> arguments = new LinkedHashMap<>();
        List<Global> others = new ArrayList<>();
        for (String problem : problems) {
            List<Field> concerned = concerned(problem);
            if (!concerned.isEmpty()) {
                for (Field field : concerned) {
                    String value = field.value().apply(form);
                    Matcher tooLong = TOO_LONG.matcher(problem);
                    if (org.kmbportal.platform.PlainText.isBlank(value)) {
                        fields.putIfAbsent(field.id(), "field.required");
                    } else if (concerned.size() == 1 && tooLong.find() && !fields.containsKey(field.id())) {
                        // the limit and the length, as the content format counts them: never "check its length"
                        fields.put(field.id(), "editor.fieldTooLong");
                        arguments.put(field.id(), new Object[]{Integer.parseInt(tooLong.group(2)),
                                Integer.parseInt(tooLong.group(1))});
                    } else if (concerned.size() == 1) {
                        fields.putIfAbsent(field.id(), field.advice());
                    }
                }
            } else if (NOTES.matcher(problem).find()) {
                others.add(new Global("editor.notesRequired"));
            } else {
                others.add(new Global("editor.problem", problem));
            }
        }
        return new Placed(fields, others, arguments);
    }

    /** The fields of the first quoted word of the problem that is a key of the content format. */
    private static List<Field> concerned(String problem) {
        for (Matcher quoted = QUOTED.matcher(problem); quoted.find();) {
            List<Field> fields = FIELDS.get(quoted.group(1));
            if (fields != null) {
                return fields;
            }
        }
        return List.of();
    }

    private static Map<String, List<Field>> fields() {
        Map<String, List<Field>> fields = new LinkedHashMap<>();
        Field title = new Field("title", ResourceForm::getTitle, "editor.fieldNotAccepted");
        Field summarizedBy = new Field("summarizedBy", ResourceForm::getSummarizedBy, "editor.fieldNotAccepted");
        Field authors = new Field("authors", f -> f.getCitation().getAuthors(), "editor.badAuthors");
        Field year = new Field("year", f -> f.getCitation().getYear(), "editor.badYear");
        Field citationTitle = new Field("citationTitle", f -> f.getCitation().getCitationTitle(),
                "editor.fieldNotAccepted");
        Field container = new Field("container", f -> f.getCitation().getContainer(), "editor.fieldNotAccepted");
        Field design = new Field("design", ResourceForm::getDesign, "editor.fieldNotAccepted");
        Field sample = new Field("sample", ResourceForm::getSample, "editor.fieldNotAccepted");
        fields.put("title", List.of(title));
        fields.put("summarized_by", List.of(summarizedBy));
        fields.put("citation", List.of(authors, year, citationTitle, container));
        fields.put("citation.authors", List.of(authors));
        fields.put("citation.year", List.of(year));
        fields.put("citation.title", List.of(citationTitle));
        fields.put("citation.container", List.of(container));
        fields.put("citation.volume", List.of(new Field("volume", f -> f.getCitation().getVolume(),
                "editor.fieldNotAccepted")));
        fields.put("citation.issue", List.of(new Field("issue", f -> f.getCitation().getIssue(),
                "editor.fieldNotAccepted")));
        fields.put("citation.pages", List.of(new Field("pages", f -> f.getCitation().getPages(),
                "editor.fieldNotAccepted")));
        fields.put("citation.doi", List.of(new Field("doi", f -> f.getCitation().getDoi(), "editor.badDoi")));
        fields.put("citation.url", List.of(new Field("url", f -> f.getCitation().getUrl(), "editor.badUrl")));
        // The source summary's boxes: a longer paste is refused with its limit and length, no longer cut at it.
        Field sourceTitle = new Field("sourceTitle", f -> f.getSourceSummary().getTitle(), "editor.fieldNotAccepted");
        Field sourceAuthor = new Field("sourceAuthor", f -> f.getSourceSummary().getAuthor(),
                "editor.fieldNotAccepted");
        Field sourcePublication = new Field("sourcePublication", f -> f.getSourceSummary().getPublication(),
                "editor.fieldNotAccepted");
        Field sourceUrl = new Field("sourceUrl", f -> f.getSourceSummary().getUrl(), "editor.badUrl");
        fields.put("source_summary", List.of(sourceTitle, sourceAuthor, sourcePublication));
        fields.put("source_summary.title", List.of(sourceTitle));
        fields.put("source_summary.author", List.of(sourceAuthor));
        fields.put("source_summary.publication", List.of(sourcePublication));
        fields.put("source_summary.url", List.of(sourceUrl));
        fields.put("evidence", List.of(design, sample));
        fields.put("evidence.design", List.of(design));
        fields.put("evidence.sample", List.of(sample));
        fields.put("summary", List.of(new Field("guideSummary", ResourceForm::getSummary, "editor.fieldNotAccepted")));
        fields.put("based_on", List.of(new Field("basedOn", ResourceForm::getBasedOn, "editor.badBasedOn")));
        fields.put("published", List.of(new Field("published", ResourceForm::getPublished, "editor.badDate")));
        fields.put("translation_of", List.of(new Field("translationOf", ResourceForm::getTranslationOf,
                "editor.unknownTranslation")));
        fields.put("id", List.of(new Field("id", ResourceForm::getId, "editor.badId")));
        return Map.copyOf(fields);
    }
}
