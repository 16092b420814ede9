package org.kmbportal.editorial.web;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.web.MarkdownRenderer;

/**
 * The markup an editor wrote that readers will not see: the text is saved as written, but the page drops a
 * {@code <script>} or a {@code <span>}, and the editor is told which, instead of finding the words gone on the page.
 */
final class RemovedMarkup {

    private RemovedMarkup() {
    }

    /** The removed elements as an editor reads them ({@code <script>, <span>}), or empty when nothing is removed. */
    static Optional<String> of(ResourceContent content) {
        Stream<String> texts = switch (content) {
            case ResearchSummaryContent summary -> summary.sections().values().stream();
            case PracticeGuideContent guide -> Stream.of(guide.summary(), guide.body());
        };
        SortedSet<String> removed = new TreeSet<>();
        texts.forEach(text -> removed.addAll(MarkdownRenderer.removedElements(text)));
        return removed.isEmpty()
                ? Optional.empty()
                : Optional.of(removed.stream().map(name -> "<" + name + ">").collect(Collectors.joining(", ")));
    }
}
