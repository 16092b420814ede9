package org.kmbportal.editorial.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kmbportal.editorial.ContentChecks;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.Taxonomy;

/** The content format's problems with a form, put beside the form's fields in the bundle's words. */
class FormProblemsTest {

    @Test
    void aMissingFieldIsMarkedRequiredBesideTheFieldThatHoldsIt() {
        ResourceForm form = new ResourceForm();
        form.setType("research-summary");
        form.setId("form-problems-2024-test");
        form.setTitle("A summary without its author");
        form.getCitation().setAuthors("Lachance, L.");
        form.getCitation().setYear("2019");
        form.getCitation().setCitationTitle("A study");
        form.getCitation().setContainer("A journal");
        form.setDesign("qualitative");
        form.setSample("Twelve programs");
        form.getSections().put("notes_of_interest", "Something worth knowing.");
        List<String> errors = ContentChecks.errors(ContentChecks.problems(form.toContent(PublicationStatus.DRAFT),
                Taxonomy.EMPTY));
        assertEquals(List.of("'summarized_by' is required"), errors, "the content format names its key");

        FormProblems.Placed placed = FormProblems.place(errors, form);
        assertEquals(Map.of("summarizedBy", "field.required"), placed.fields());
        assertEquals(List.of(), placed.others());
    }

    @Test
    void aWholeMissingCitationMarksEachEmptyCitationFieldAndUnknownProblemsStayGeneral() {
        ResourceForm form = new ResourceForm();
        form.setType("research-summary");
        form.getCitation().setYear("2019");
        FormProblems.Placed placed = FormProblems.place(List.of(
                "'citation' is required, with authors, year, title and container",
                "a research summary needs a '## Notes of interest' section", "'x' in 'based_on' is not a valid id",
                "something the form does not know"), form);
        assertEquals(Map.of("authors", "field.required", "citationTitle", "field.required", "container",
                "field.required", "basedOn", "field.required"), placed.fields());
        assertEquals(List.of("editor.notesRequired", "editor.problem"), placed.others().stream()
                .map(FormProblems.Global::key).toList());
    }
}
