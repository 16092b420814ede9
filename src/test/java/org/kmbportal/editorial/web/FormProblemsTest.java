package org.kmbportal.editorial.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.kmbportal.platform.PlainText;
import org.kmbportal.editorial.ContentChecks;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.content.BatchValidator;
import org.kmbportal.content.ContentBatch;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.web.Messages;

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

    /** A field with a length limit in the content format: how the form sets it, and its limit. */
    private record Limited(String id, int max, BiConsumer<ResourceForm, String> set,
            Function<ResourceContent, Boolean> applies) {
    }

    /**
     * Text over a field's limit (generated: the library's words, odd titles, emoji, markup) is refused beside that
     * field with the limit and the length as the content format counts them, in both languages; never "check its
     * length". The form keeps the text (nothing here changes it).
     */
    @Test
    void aValueOverItsLimitIsToldTheLimitAndItsLengthBesideTheField() {
        List<ResourceContent> shipped = BatchValidator.validate(ContentBatch.fromFolder(Path.of(System.getProperty(
                "kmb.content.dir", "content"))), Taxonomy.EMPTY, id -> Optional.empty()).resources();
        List<Limited> limited = List.of(
                new Limited("guideSummary", 4000, ResourceForm::setSummary,
                        r -> r.type() == org.kmbportal.library.ResourceType.PRACTICE_GUIDE),
                new Limited("title", 500, ResourceForm::setTitle, r -> true),
                new Limited("citationTitle", 1000, (f, v) -> f.getCitation().setCitationTitle(v),
                        FormProblemsTest::isSummary),
                new Limited("container", 500, (f, v) -> f.getCitation().setContainer(v), FormProblemsTest::isSummary),
                new Limited("volume", 50, (f, v) -> f.getCitation().setVolume(v), FormProblemsTest::isSummary),
                new Limited("pages", 50, (f, v) -> f.getCitation().setPages(v), FormProblemsTest::isSummary),
                new Limited("sample", 1000, ResourceForm::setSample, FormProblemsTest::isSummary),
                // the source summary's boxes cut a longer paste silently at these limits (user session us48)
                new Limited("sourceTitle", 1000, (f, v) -> f.getSourceSummary().setTitle(v),
                        FormProblemsTest::isSummary),
                new Limited("sourceAuthor", 300, (f, v) -> f.getSourceSummary().setAuthor(v),
                        FormProblemsTest::isSummary),
                new Limited("sourcePublication", 500, (f, v) -> f.getSourceSummary().setPublication(v),
                        FormProblemsTest::isSummary));
        Random random = new Random(Gen.seed());
        List<String> wrong = new ArrayList<>();
        int tries = 0;
        for (int i = 0; i < 60; i++) {
            Limited field = limited.get(i % limited.size());
            List<ResourceContent> fit = shipped.stream().filter(r -> field.applies().apply(r)).toList();
            ResourceContent resource = fit.get(random.nextInt(fit.size()));
            ResourceForm form = ResourceForm.of(resource);
            // Lengths in characters as a reader counts them: the smiley is one (it counted two, as UTF-16 units).
            int over = field.max() + 1 + random.nextInt(field.max() / 2);
            String text = "";
            while (PlainText.length(text.strip()) <= over) {
                text += (random.nextBoolean() ? GeneratedText.libraryWords(400) : GeneratedText.oddTitles(200))
                        .next(random).replace("\n", " ") + " 🙂 ";
            }
            text = text.strip();
            text = text.substring(0, text.offsetByCodePoints(0, over)).strip() + "z";
            field.set().accept(form, text);
            List<String> errors = ContentChecks.errors(ContentChecks.problems(form.toContent(
                    PublicationStatus.DRAFT), Taxonomy.EMPTY));
            FormProblems.Placed placed = FormProblems.place(errors, form);
            tries++;
            if (!"editor.fieldTooLong".equals(placed.fields().get(field.id()))) {
                wrong.add(field.id() + ": " + placed.fields() + " from " + errors);
                continue;
            }
            Object[] arguments = placed.argumentsOf(field.id());
            assertEquals(List.of(field.max(), PlainText.length(text)), List.of(arguments), field.id());
            String en = Messages.format(Locale.ENGLISH, "editor.fieldTooLong", arguments);
            String fr = Messages.format(Locale.FRENCH, "editor.fieldTooLong", arguments);
            String maxEn = String.format(Locale.ENGLISH, "%,d", field.max());
            assertTrue(en.contains("at most " + maxEn + " characters")
                    || en.startsWith("At most " + maxEn + " characters"), en);
            assertTrue(en.contains(String.format(Locale.ENGLISH, "%,d", PlainText.length(text))), en);
            assertTrue(fr.startsWith("Au plus ") && fr.contains("caractères") && fr.replaceAll("\\D", "").contains(
                    String.valueOf(field.max()) + PlainText.length(text)), fr);
        }
        assertEquals(60, tries);
        assertEquals(List.of(), wrong);
    }

    private static boolean isSummary(ResourceContent resource) {
        return resource.type() == org.kmbportal.library.ResourceType.RESEARCH_SUMMARY;
    }
}
