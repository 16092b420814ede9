package org.kmbportal.editorial.web;

import java.util.ArrayList;
import java.util.List;

import org.kmbportal.library.SummarySection;
import org.kmbportal.web.MarkdownRenderer;
import org.kmbportal.web.Messages;

/** The edit page's preview of the body: the same renderer and sanitizer as the published page, so what the editor sees is what readers get. */
public final class EditPreview {

    /** A section of the preview: its heading in the reader's language and its safe HTML. */
    public record Section(String heading, String html) {
    }

    private EditPreview() {
    }

    /** The body as readers will see it: the same renderer and sanitizer as the published page. */
    static List<Section> of(ResourceForm form, Messages bundle) {
        List<Section> preview = new ArrayList<>();
        if (form.isResearchSummary()) {
            for (SummarySection s : SummarySection.values()) {
                String text = form.getSections().getOrDefault(s.key(), "");
                if (text != null && !text.isBlank()) {
                    preview.add(new Section(bundle.get("section." + s.key()),
                            MarkdownRenderer.toHtml(text, form.getLanguage())));
                }
            }
        } else {
            preview.add(new Section(bundle.get("field.summary"),
                    MarkdownRenderer.toHtml(form.getSummary(), form.getLanguage())));
            preview.add(
                    new Section(bundle.get("field.body"), MarkdownRenderer.toHtml(form.getBody(), form.getLanguage())));
        }
        return preview;
    }
}
