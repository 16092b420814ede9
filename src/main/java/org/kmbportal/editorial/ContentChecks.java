package org.kmbportal.editorial;

import java.util.List;

import org.kmbportal.content.ContentFile;
import org.kmbportal.content.ContentReader;
import org.kmbportal.content.ContentWriter;
import org.kmbportal.content.Problem;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.Taxonomy;

/**
 * Checks what an editor wrote by the content format's own rules: the resource is written as a file and read back,
 * so a form, the API and an import accept exactly the same things.
 */
public final class ContentChecks {

    private ContentChecks() {
    }

    /** The file a resource would be exported to, such as {@code summaries/<id>.md}. */
    public static String pathOf(ResourceContent content) {
        return (content.type() == ResourceType.RESEARCH_SUMMARY ? "summaries/" : "guides/") + content.id() + ".md";
    }

    public static ContentFile read(String path, String text, Taxonomy taxonomy) {
        return new ContentReader(taxonomy).read(path, text);
    }

    /** Every problem of the resource as a file; errors make it unsavable. */
    public static List<Problem> problems(ResourceContent content, Taxonomy taxonomy) {
        return read(pathOf(content), ContentWriter.write(content), taxonomy).problems();
    }

    /** The errors as lines for people, with the field or line they concern. */
    public static List<String> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(Problem::message).toList();
    }

    /** The errors with their wordings, to say them in the language of whoever asked (the API, a page). */
    public static List<org.kmbportal.curation.Wording> wordedErrors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(Problem::wording).collect(
                java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }
}
