package org.kmbportal.content;

import org.kmbportal.platform.WebLinks;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.kmbportal.library.Doi;
import org.kmbportal.library.Citation;
import org.kmbportal.library.Evidence;
import org.kmbportal.library.EvidenceDesign;
import org.kmbportal.library.SourceSummary;

/**
 * The fields only a research summary has: its citation, who summarized it, the summary it builds on, and its
 * evidence.
 */
record SummaryFields(Citation citation, String summarizedBy, SourceSummary sourceSummary, Evidence evidence) {

    private static final Pattern AUTHOR = Pattern.compile("[^,]+,\\s*\\S.*|et al\\.?");

    static SummaryFields read(FieldReader fields) {
        Citation citation = citation(fields);
        String summarizedBy = fields.text("summarized_by", true, 300);
        SourceSummary sourceSummary = sourceSummary(fields);
        Evidence evidence = null;
        Optional<YamlNode> evidenceNode = fields.node("evidence");
        if (evidenceNode.isEmpty() || !evidenceNode.get().isMapping()) {
            fields.error(fields.lineOf("evidence"), "'evidence' is required, with a 'design' and a 'sample'",
                    "content.error.evidence");
        } else {
            FieldReader e = fields.nested(evidenceNode.get(), "evidence");
            String design = e.choice("design", true, EvidenceDesign.keys(), "");
            String sample = e.text("sample", false, 1000);
            if (sample.isEmpty()) {
                e.warning(e.line(), "'evidence.sample' is empty: readers like to know who was studied");
            }
            e.warnUnknownFields(List.of("design", "sample"));
            evidence = EvidenceDesign.fromKey(design).map(d -> new Evidence(d, sample)).orElse(null);
        }
        return new SummaryFields(citation, summarizedBy, sourceSummary, evidence);
    }

    /** Optional; when present, readers must be able to tell whose summary it is and where it appeared. */
    private static SourceSummary sourceSummary(FieldReader fields) {
        Optional<YamlNode> node = fields.node("source_summary");
        if (node.isEmpty() || (node.get().isScalar() && node.get().text().isBlank())) {
            return SourceSummary.NONE;
        }
        if (!node.get().isMapping()) {
            fields.error(node.get().line(),
                    "'source_summary' must be a mapping with a title, an author, a publication and an optional url",
                    "content.error.sourceSummary");
            return SourceSummary.NONE;
        }
        FieldReader s = fields.nested(node.get(), "source_summary");
        String title = s.text("title", true, 1000);
        String author = s.text("author", true, 300);
        String publication = s.text("publication", true, 500);
        String url = s.text("url", false, 2000);
        if (!url.isEmpty() && !WebLinks.isHttp(url)) {
            s.error(s.lineOf("url"), "'source_summary.url' must be an http or https address",
                    "content.error.fieldNotHttp", "source_summary.url");
            url = "";
        }
        s.warnUnknownFields(ResourceFields.SOURCE_SUMMARY);
        return new SourceSummary(title, author, publication, url);
    }

    private static Citation citation(FieldReader fields) {
        Optional<YamlNode> node = fields.node("citation");
        if (node.isEmpty() || !node.get().isMapping()) {
            fields.error(fields.lineOf("citation"), "'citation' is required, with authors, year, title and container",
                    "content.error.citation");
            return new Citation(List.of(), null, "", "", "", "", "", "", "");
        }
        FieldReader c = fields.nested(node.get(), "citation");
        List<String> authors = c.texts("authors", 300);
        if (authors.isEmpty()) {
            c.error(c.line(), "'citation.authors' needs at least one author, written \"Family, I.\"",
                    "content.error.authors");
        }
        for (String author : authors) {
            if (!AUTHOR.matcher(author).matches()) {
                c.warning(c.lineOf("authors"), "author '" + author + "' should be written \"Family, I.\"");
            }
        }
        Integer year = c.integer("year", true, 1800, Year.now().getValue() + 1).orElse(null);
        String title = c.text("title", true, 1000);
        String container = c.text("container", true, 500);
        String volume = c.text("volume", false, 50);
        String issue = c.text("issue", false, 50);
        String pages = c.text("pages", false, 50);
        String doi = c.text("doi", false, 300);
        if (!doi.isEmpty() && !Doi.valid(doi)) {
            c.error(c.lineOf("doi"), "'" + doi + "' is not a DOI: write it as 10.xxxx/xxxx, without https://doi.org/",
                    "content.error.doi", doi);
            doi = "";
        }
        String url = c.text("url", false, 2000);
        if (!url.isEmpty() && !WebLinks.isHttp(url)) {
            c.error(c.lineOf("url"), "'citation.url' must be an http or https address", "content.error.fieldNotHttp",
                    "citation.url");
            url = "";
        }
        c.warnUnknownFields(ResourceFields.CITATION);
        return new Citation(authors, year, title, container, volume, issue, pages, doi, url);
    }
}
