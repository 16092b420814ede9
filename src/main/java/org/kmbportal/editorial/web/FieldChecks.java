package org.kmbportal.editorial.web;

import java.util.List;
import java.util.Map;

import org.kmbportal.editorial.EditorialService;
import org.kmbportal.editorial.Revision;
import org.kmbportal.library.Doi;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.platform.WebLinks;
import org.kmbportal.web.FacesMessages;

/**
 * The edit form's boxes checked before anything is saved, each problem said beside its box: the form's own checks
 * (dates, a hidden character, a heading in a section), addresses, the translation's id, a guide's evidence.
 */
final class FieldChecks {

    private FieldChecks() {
    }

    /**
     * Whether the form can be saved as far as its boxes tell: when not, each problem is said beside its box (in the
     * page's language) and "fix the fields" at the top, nothing saved. The save's {@code note} too: a longer one than
     * a revision keeps is said beside its box with its length and kept (the box cut a paste at 1,000 silently).
     */
    static boolean passed(ResourceForm form, String note, PublicationStatus status, FacesMessages messages,
            EditorialService editorial) {
        boolean valid = !messages.tooLong("edit:note", note, Revision.NOTE_MAX);
        for (Map.Entry<String, String> p : form.problems().entrySet()) {
            messages.fieldError("edit:" + p.getKey(), p.getValue(), HiddenCharacters.argumentsOf(form, p.getKey()));
            valid = false;
        }
        if (form.isResearchSummary()) {
            String doi = form.getCitation().getDoi().strip();
            if (!doi.isEmpty() && !Doi.valid(doi)) {
                messages.fieldError("edit:doi", "editor.badDoi");
                valid = false;
            }
            String url = form.getCitation().getUrl().strip();
            if (!url.isEmpty() && !WebLinks.isHttp(url)) {
                messages.fieldError("edit:url", "editor.badUrl");
                valid = false;
            }
            String sourceUrl = form.getSourceSummary().getUrl().strip();
            if (!sourceUrl.isEmpty() && !WebLinks.isHttp(sourceUrl)) {
                messages.fieldError("edit:sourceUrl", "editor.badUrl");
                valid = false;
            }
        }
        String translation = form.getTranslationOf().strip();
        if (!translation.isEmpty() && editorial.open(translation).isEmpty()) {
            messages.fieldError("edit:translationOf", "editor.unknownTranslation");
            valid = false;
        }
        if (!form.isResearchSummary() && valid) {
            List<String> notSummaries = editorial.notSummaries(form.toContent(status));
            if (!notSummaries.isEmpty()) {
                messages.fieldError("edit:basedOn", "editor.basedOnNotSummaries", String.join(", ", notSummaries));
                valid = false;
            }
        }
        if (!valid) {
            messages.error("editor.fixFields");
        }
        return valid;
    }
}
