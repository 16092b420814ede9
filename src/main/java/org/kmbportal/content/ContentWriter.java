package org.kmbportal.content;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionEntry;
import org.kmbportal.library.Citation;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SummarySection;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Writes resources and collections in the content format, always in the same layout (fields in the format's order,
 * empty fields left out), so that an export imported and exported again gives identical files. The YAML itself is
 * emitted by SnakeYAML from a node tree, which takes care of quoting.
 */
public final class ContentWriter {

    /** The escape \_ (U+00A0), after an even number of backslashes (so not an escaped backslash then "_"). */
    private static final java.util.regex.Pattern NO_BREAK_ESCAPE = java.util.regex.Pattern
            .compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\_");
    private static final DumpSettings SETTINGS = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
            .setWidth(100_000).setSplitLines(false).setIndent(2).setUseUnicodeEncoding(true).build();

    private ContentWriter() {
    }

    public static String write(ResourceContent r) {
        Fields f = new Fields();
        common(f, r.id(), r.type().key(), r.title(), r.language(), r.translationOf(), r.published(), r.status().key(),
                r.terms());
        contexts(f, "applies_when", r.appliesWhen());
        contexts(f, "cautions_when", r.cautionsWhen());
        StringBuilder body = new StringBuilder();
        switch (r) {
            case ResearchSummaryContent s -> summary(f, body, s);
            case PracticeGuideContent g -> guide(f, body, g);
        }
        return document(f, body.toString());
    }

    private static void summary(Fields f, StringBuilder body, ResearchSummaryContent r) {
        f.put("citation", citation(r.citation()));
        f.text("summarized_by", r.summarizedBy());
        if (!r.sourceSummary().isEmpty()) {
            Fields source = new Fields();
            source.text("title", r.sourceSummary().title());
            source.text("author", r.sourceSummary().author());
            source.text("publication", r.sourceSummary().publication());
            source.text("url", r.sourceSummary().url());
            f.put("source_summary", source.node());
        }
        if (r.evidence() != null) {
            Fields evidence = new Fields();
            evidence.plain("design", r.evidence().design().key());
            evidence.text("sample", r.evidence().sample());
            f.put("evidence", evidence.node());
        }
        for (SummarySection section : SummarySection.values()) {
            String text = r.section(section);
            if (!text.isEmpty()) {
                body.append(body.isEmpty() ? "" : "\n").append("## ").append(section.heading()).append("\n\n")
                        .append(text).append('\n');
            }
        }
    }

    private static void guide(Fields f, StringBuilder body, PracticeGuideContent r) {
        f.text("summary", r.summary());
        f.keys("based_on", r.basedOn());
        if (r.effort() != null) {
            f.plain("effort", r.effort().key());
        }
        if (!r.body().isEmpty()) {
            body.append(r.body()).append('\n');
        }
    }

    public static String write(CollectionContent c) {
        Fields f = new Fields();
        common(f, c.id(), ContentReader.COLLECTION_TYPE, c.title(), c.language(), "", c.published(), "published",
                c.terms());
        if (c.curatorTranslated().isEmpty()) {
            f.text("curator", c.curator());
        } else {
            // Both names, English first, as the taxonomy writes its labels.
            Fields names = new Fields();
            names.text(c.language(), c.curator());
            names.text("fr".equals(c.language()) ? "en" : "fr", c.curatorTranslated());
            names.tuples.sort(java.util.Comparator.comparing(t -> ((ScalarNode) t.getKeyNode()).getValue()));
            f.put("curator", new MappingNode(Tag.MAP, names.tuples, FlowStyle.FLOW));
        }
        f.text("description", c.description());
        f.plain("visibility", c.visibility().key());
        List<Node> items = new ArrayList<>();
        for (CollectionEntry entry : c.items()) {
            Fields item = new Fields();
            if (entry.isResource()) {
                item.plain("resource", entry.resource());
            } else {
                item.text("url", entry.url());
                item.text("title", entry.title());
            }
            item.text("note", entry.note());
            items.add(item.node());
        }
        if (!items.isEmpty()) {
            f.put("items", new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK));
        }
        return document(f, "");
    }

    private static void common(Fields f, String id, String type, String title, String language, String translationOf,
            java.time.LocalDate published, String status, Map<String, List<String>> terms) {
        f.plain("id", id);
        f.plain("type", type);
        f.text("title", title);
        f.plain("language", language);
        f.plain("translation_of", translationOf);
        f.plain("published", published == null ? "" : published.toString());
        f.plain("status", status);
        terms.forEach(f::keys);
    }

    private static void contexts(Fields f, String key, Map<String, List<String>> contexts) {
        if (!contexts.isEmpty()) {
            Fields facets = new Fields();
            contexts.forEach(facets::keys);
            f.put(key, facets.node());
        }
    }

    private static Node citation(Citation c) {
        Fields f = new Fields();
        f.put("authors", new SequenceNode(Tag.SEQ,
                c.authors().stream().map(a -> (Node) new ScalarNode(Tag.STR, a, ScalarStyle.DOUBLE_QUOTED)).toList(),
                FlowStyle.FLOW));
        if (c.year() != null) {
            f.put("year", new ScalarNode(Tag.INT, c.year().toString(), ScalarStyle.PLAIN));
        }
        f.text("title", c.title());
        f.text("container", c.container());
        f.text("volume", c.volume());
        f.text("issue", c.issue());
        f.text("pages", c.pages());
        f.text("doi", c.doi());
        f.text("url", c.url());
        return f.node();
    }

    private static String document(Fields fields, String body) {
        StringWriter out = new StringWriter();
        new Dump(SETTINGS).dumpNode(fields.node(), new StreamDataWriter() {
            @Override
            public void write(String text) {
                out.write(text);
            }

            @Override
            public void write(String text, int offset, int length) {
                out.write(text, offset, length);
            }
        });
        // The YAML library escapes U+00A0 as \_ in quoted text: French titles (« jumelage : … ») are written with the
        // no-break space itself, so exports and the history's differences read as the text was written.
        return "---\n" + NO_BREAK_ESCAPE.matcher(out.toString()).replaceAll("$1\u00a0") + "---\n" + body;
    }

    /** A YAML mapping under construction; empty values are left out. */
    private static final class Fields {
        private final List<NodeTuple> tuples = new ArrayList<>();

        void put(String key, Node value) {
            tuples.add(new NodeTuple(new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN), value));
        }

        void plain(String key, String value) {
            if (value != null && !value.isEmpty()) {
                put(key, new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN));
            }
        }

        void text(String key, String value) {
            if (value != null && !value.isEmpty()) {
                put(key, new ScalarNode(Tag.STR, value, ScalarStyle.DOUBLE_QUOTED));
            }
        }

        void keys(String key, List<String> values) {
            if (!values.isEmpty()) {
                put(key, new SequenceNode(Tag.SEQ,
                        values.stream().map(v -> (Node) new ScalarNode(Tag.STR, v, ScalarStyle.PLAIN)).toList(),
                        FlowStyle.FLOW));
            }
        }

        Node node() {
            return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
        }
    }
}
