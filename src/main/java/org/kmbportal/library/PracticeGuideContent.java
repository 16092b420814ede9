package org.kmbportal.library;

import java.util.List;

/**
 * A practice guide as the content format holds it: the common header, its one-paragraph summary, its body (free
 * Markdown, steps encouraged), the effort it asks and the research summaries it rests on.
 *
 * @param effort
 *            how much the guide asks of an organization, or null when not stated
 * @param basedOn
 *            the ids of the research summaries behind the guide
 */
public record PracticeGuideContent(ResourceHeader header, String summary, String body, Effort effort,
        List<String> basedOn) implements ResourceContent {

    public PracticeGuideContent {
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        basedOn = basedOn == null ? List.of() : List.copyOf(basedOn);
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
