package org.kmbportal.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.kmbportal.library.SummarySection;
import org.kmbportal.library.Vocabulary;

/**
 * Splits a research summary's Markdown body into its sections at the second-level headings (as a Markdown parser sees
 * them, so a '##' inside a code block is not a heading) and checks their names and order.
 */
final class SummaryBody {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private SummaryBody() {
    }

    private record Boundary(int lineIndex, int level, String text) {
    }

    static Map<SummarySection, String> split(String path, String body, int firstLine, List<Problem> problems) {
        List<String> lines = List.of(body.split("\n", -1));
        List<Boundary> headings = headings(body);
        Map<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
        int firstSectionLine = headings.stream().filter(h -> h.level() == 2).mapToInt(Boundary::lineIndex).findFirst()
                .orElse(lines.size());
        for (Boundary h : headings) {
            if (h.level() == 1 && h.lineIndex() < firstSectionLine) {
                problems.add(Problem.error(path, firstLine + h.lineIndex(), "remove the '# " + h.text()
                        + "' heading: the title comes from the front matter").worded("content.error.titleHeading",
                                h.text()));
            }
        }
        if (!String.join("\n", lines.subList(0, firstSectionLine)).isBlank() && problems.stream().noneMatch(
                p -> p.isError() && p.line() < firstLine + firstSectionLine && p.line() >= firstLine)) {
            problems.add(Problem.error(path, firstLine, "the body must start with '## Notes of interest'")
                    .worded("content.error.bodyStart"));
        }
        List<Boundary> sectionHeadings = headings.stream().filter(h -> h.level() == 2).toList();
        SummarySection previous = null;
        for (int i = 0; i < sectionHeadings.size(); i++) {
            Boundary h = sectionHeadings.get(i);
            int line = firstLine + h.lineIndex();
            Optional<SummarySection> section = SummarySection.fromHeading(h.text());
            if (section.isEmpty()) {
                Optional<String> nearest = nearest(h.text());
                Problem problem = Problem.error(path, line, "'## " + h.text()
                        + "' is not a section of a research summary"
                        + nearest.map(n -> " (did you mean '## " + n + "'?)").orElse(""));
                problems.add(nearest.isPresent()
                        ? problem.worded("content.error.notSectionNearest", h.text(), nearest.get())
                        : problem.worded("content.error.notSection", h.text()));
                continue;
            }
            if (sections.containsKey(section.get())) {
                problems.add(Problem.error(path, line, "'## " + section.get().heading() + "' appears twice")
                        .worded("content.error.sectionTwice", section.get().heading()));
                continue;
            }
            if (previous != null && section.get().ordinal() < previous.ordinal()) {
                problems.add(Problem.error(path, line, "'## " + section.get().heading() + "' must come before '## "
                        + previous.heading() + "'").worded("content.error.sectionOrder", section.get().heading(),
                                previous.heading()));
            }
            int end = i + 1 < sectionHeadings.size() ? sectionHeadings.get(i + 1).lineIndex() : lines.size();
            String text = String.join("\n", lines.subList(h.lineIndex() + 1, end)).strip();
            if (text.isEmpty()) {
                problems.add(Problem.warning(path, line, "'## " + section.get().heading() + "' is empty"));
            } else {
                sections.put(section.get(), text);
            }
            previous = section.get();
        }
        if (!sections.containsKey(SummarySection.NOTES_OF_INTEREST) && problems.stream().noneMatch(Problem::isError)) {
            problems.add(Problem.error(path, firstLine, "a research summary needs a '## Notes of interest' section")
                    .worded("content.error.notesOfInterest"));
        }
        return sections;
    }

    /**
     * Whether this text, as one section's body, holds a second-level heading ("## Title", or a line underlined with
     * "---"), which would start another section of the file.
     */
    static boolean startsASection(String sectionText) {
        return headings(sectionText == null ? "" : sectionText).stream().anyMatch(h -> h.level() == 2);
    }

    private static List<Boundary> headings(String body) {
        List<Boundary> found = new ArrayList<>();
        Node document = PARSER.parse(body);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() <= 2 && !heading.getSourceSpans().isEmpty()) {
                found.add(new Boundary(heading.getSourceSpans().get(0).getLineIndex(), heading.getLevel(),
                        text(heading)));
            }
        }
        return found;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else {
                text.append(text(child));
            }
        }
        return text.toString().strip();
    }

    private static Optional<String> nearest(String heading) {
        return Vocabulary.nearest(heading.toLowerCase(java.util.Locale.ROOT),
                java.util.Arrays.stream(SummarySection.values())
                        .map(s -> s.heading().toLowerCase(java.util.Locale.ROOT))
                        .toList())
                .flatMap(lower -> java.util.Arrays.stream(SummarySection.values())
                        .filter(s -> s.heading().equalsIgnoreCase(lower)).findFirst().map(SummarySection::heading));
    }
}
