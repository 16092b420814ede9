package org.kmbportal.library.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kmbportal.web.MarkdownRenderer;
import org.kmbportal.library.Citation;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceCard;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SummarySection;

/** The JSON of a resource: its fields as the content format names them, plus its body as Markdown and safe HTML. */
final class ResourceJson {

    private ResourceJson() {
    }

    static Map<String, Object> of(ResourceContent r, List<ResourceCard> translations) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("type", r.type().key());
        json.put("title", r.title());
        json.put("language", r.language());
        putIfPresent(json, "translation_of", r.translationOf());
        json.put("published", r.published() == null ? null : r.published().toString());
        json.put("status", r.status().key());
        json.put("year", r.year());
        r.terms().forEach(json::put);
        if (!r.appliesWhen().isEmpty()) {
            json.put("applies_when", r.appliesWhen());
        }
        if (!r.cautionsWhen().isEmpty()) {
            json.put("cautions_when", r.cautionsWhen());
        }
        if (r instanceof ResearchSummaryContent summary) {
            json.put("citation", citation(summary.citation()));
            json.put("summarized_by", summary.summarizedBy());
            if (!summary.sourceSummary().isEmpty()) {
                Map<String, Object> source = new LinkedHashMap<>();
                putIfPresent(source, "title", summary.sourceSummary().title());
                putIfPresent(source, "author", summary.sourceSummary().author());
                putIfPresent(source, "publication", summary.sourceSummary().publication());
                putIfPresent(source, "url", summary.sourceSummary().url());
                json.put("source_summary", source);
            }
            if (summary.evidence() != null) {
                json.put("evidence",
                        Map.of("design", summary.evidence().design().key(), "sample", summary.evidence().sample()));
            }
            Map<String, Object> sections = new LinkedHashMap<>();
            StringBuilder body = new StringBuilder();
            StringBuilder html = new StringBuilder();
            for (SummarySection section : SummarySection.values()) {
                String text = summary.section(section);
                if (!text.isEmpty()) {
                    String rendered = MarkdownRenderer.toHtml(text);
                    sections.put(section.key(), Map.of("heading", section.heading(), "markdown", text, "html",
                            rendered));
                    body.append(body.isEmpty() ? "" : "\n\n").append("## ").append(section.heading()).append("\n\n")
                            .append(text);
                    html.append("<h2>").append(section.heading()).append("</h2>\n").append(rendered);
                }
            }
            json.put("sections", sections);
            json.put("body", body.toString());
            json.put("html", html.toString());
        } else if (r instanceof PracticeGuideContent guide) {
            json.put("summary", guide.summary());
            json.put("based_on", guide.basedOn());
            putIfPresent(json, "effort", guide.effort() == null ? "" : guide.effort().key());
            json.put("body", guide.body());
            json.put("html", MarkdownRenderer.toHtml(guide.body()));
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (ResourceCard t : translations) {
            links.add(Map.of("id", t.id(), "language", t.language(), "title", t.title()));
        }
        json.put("translations", links);
        return json;
    }

    private static Map<String, Object> citation(Citation c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("authors", c.authors());
        json.put("year", c.year());
        json.put("title", c.title());
        json.put("container", c.container());
        putIfPresent(json, "volume", c.volume());
        putIfPresent(json, "issue", c.issue());
        putIfPresent(json, "pages", c.pages());
        putIfPresent(json, "doi", c.doi());
        putIfPresent(json, "url", c.url());
        return json;
    }

    static Map<String, Object> hit(ResourceCard card) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", card.id());
        json.put("type", card.type().key());
        json.put("title", card.title());
        json.put("language", card.language());
        json.put("year", card.year());
        json.put("published", card.published() == null ? null : card.published().toString());
        json.put("topics", card.topics());
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, String value) {
        if (value != null && !value.isEmpty()) {
            json.put(key, value);
        }
    }
}
