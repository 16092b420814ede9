package org.kmbportal.library;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A practice guide as the content format holds it: the common header, its one-paragraph summary, its body (free
 * Markdown, steps encouraged), the effort it asks and the research summaries it rests on.
 *
 * @param effort
 *            how much the guide asks of an organization, or null when not stated
 * @param basedOn
 *            the ids of the research summaries behind the guide, stripped, each once, in the order given
 */
public record PracticeGuideContent(ResourceHeader header, String summary, String body, Effort effort,
        List<String> basedOn) implements ResourceContent {

    public PracticeGuideContent {
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        basedOn = basedOn == null
                ? List.of()
                : basedOn.stream().filter(Objects::nonNull).map(PracticeGuideContent::stripped)
                        .filter(id -> !id.isEmpty())
                        .distinct()
                        .toList();
    }

    /** An id without the spaces around it, no-break spaces included (pasted from a page). */
    private static String stripped(String id) {
        return AROUND.matcher(id).replaceAll("");
    }

    private static final Pattern AROUND = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

    /**
     * The ids in {@code basedOn} that are not research summaries (unknown, or another kind of resource): a guide's
     * evidence is research summaries only. The one rule for the edit form, the API and the import.
     *
     * @param typeOf
     *            the kind of a stored resource, empty for an unknown id
     */
    public List<String> notSummaries(Function<String, Optional<ResourceType>> typeOf) {
        return basedOn.stream()
                .filter(id -> typeOf.apply(id).filter(t -> t == ResourceType.RESEARCH_SUMMARY).isEmpty()).toList();
    }

    @Override
    public ResourceType type() {
        return ResourceType.PRACTICE_GUIDE;
    }

    @Override
    public Integer year() {
        return header.published() == null ? null : header.published().getYear();
    }

    @Override
    public List<String> authors() {
        return List.of();
    }

    @Override
    public String teaser() {
        return summary;
    }

    @Override
    public PracticeGuideContent withHeader(ResourceHeader newHeader) {
        return new PracticeGuideContent(newHeader, summary, body, effort, basedOn);
    }
}
