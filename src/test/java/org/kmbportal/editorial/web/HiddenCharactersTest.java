package org.kmbportal.editorial.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.kmbportal.content.BatchValidator;
import org.kmbportal.content.ContentBatch;
import org.kmbportal.content.Problem;
import org.kmbportal.content.TaxonomyReader;
import org.kmbportal.editorial.ContentChecks;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SummarySection;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * The edit form says a box holds an invisible or control character exactly when the content format would refuse the
 * resource for it: not a second, stricter rule (a per-line check refused text the format accepts), not a looser one
 * (a control character in the authors, written into the file as a YAML escape, was accepted and reached the
 * citation).
 */
class HiddenCharactersTest {

    private static final Path CONTENT = Path.of(System.getProperty("kmb.content.dir", "content"));
    /** Characters at the edges of the rule: refused ones, line breaks of every kind, spaces, invisible ones kept. */
    private static final List<String> EDGES = List.of("\u0000", "\u0007", "\u000B", "\u000C", "\u001C", "\u001F",
            "\u007F", "\u0085", "\u009B", "\u200B", "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069",
            "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\t", "\r", "\r\n", "\n", " ", "\u00A0", "\u3000");

    @Test
    void aBoxIsSaidToHoldAHiddenCharacterExactlyWhenTheContentFormatRefusesItForOne() throws IOException {
        Random random = new Random(Gen.seed());
        Taxonomy taxonomy = new TaxonomyReader().parse(Files.readString(CONTENT.resolve("taxonomy.yaml")));
        Gen<String> words = GeneratedText.upTo(240);
        int refused = 0;
        int accepted = 0;
        for (ResourceContent resource : BatchValidator.validate(ContentBatch.fromFolder(CONTENT), Taxonomy.EMPTY,
                id -> Optional.empty()).resources()) {
            for (int round = 0; round < 6; round++) {
                ResourceForm form = ResourceForm.of(resource);
                List<String> boxes = boxes(form);
                String box = boxes.get(random.nextInt(boxes.size()));
                // No lone surrogate: a page's form sends UTF-8, which cannot hold one (the YAML writer drops it).
                String text = text(random, words).replaceAll("\\p{Cs}", "");
                setter(box).accept(form, text);
                boolean said = HiddenCharacters.in(form).containsKey(box);
                List<Problem> problems = ContentChecks.problems(form.toContent(PublicationStatus.DRAFT), taxonomy);
                boolean refusedByFormat = problems.stream().anyMatch(p -> p.isError() && p.key() != null && p.key()
                        .startsWith("content.error.invisible"));
                assertEquals(refusedByFormat, said, resource.id() + " " + box + ": " + escaped(text) + "\n"
                        + problems);
                if (said) {
                    refused++;
                } else {
                    accepted++;
                }
            }
        }
        assertTrue(refused > 20 && accepted > 20, "refused " + refused + ", accepted " + accepted);
    }

    /** Generated words with a character of the rule's edges put anywhere: alone on a line, first, last, inside. */
    private static String text(Random random, Gen<String> words) {
        StringBuilder text = new StringBuilder(words.next(random));
        for (int k = random.nextInt(4); k > 0; k--) {
            String edge = EDGES.get(random.nextInt(EDGES.size()));
            int at = switch (random.nextInt(3)) {
                case 0 -> 0;
                case 1 -> text.length();
                default -> random.nextInt(text.length() + 1);
            };
            if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                at--;
            }
            text.insert(at, random.nextBoolean() ? edge : "\n" + edge + "\n");
        }
        return text.toString();
    }

    private static List<String> boxes(ResourceForm form) {
        List<String> boxes = new ArrayList<>(List.of("title"));
        if (form.isResearchSummary()) {
            boxes.addAll(List.of("summarizedBy", "citationTitle", "container", "authors"));
            if (!form.getDesign().isBlank()) {
                boxes.add("sample");
            }
            for (int i = 0; i < SummarySection.values().length; i++) {
                boxes.add("sections:" + i + ":section");
            }
        } else {
            boxes.addAll(List.of("guideSummary", "guideBody", "basedOn"));
        }
        return boxes;
    }

    private static BiConsumer<ResourceForm, String> setter(String box) {
        if (box.startsWith("sections:")) {
            String key = SummarySection.values()[Integer.parseInt(box.split(":")[1])].key();
            return (form, text) -> form.getSections().put(key, text);
        }
        return switch (box) {
            case "title" -> ResourceForm::setTitle;
            case "summarizedBy" -> ResourceForm::setSummarizedBy;
            case "sample" -> ResourceForm::setSample;
            case "citationTitle" -> (form, text) -> form.getCitation().setCitationTitle(text);
            case "container" -> (form, text) -> form.getCitation().setContainer(text);
            case "authors" -> (form, text) -> form.getCitation().setAuthors(text);
            case "guideSummary" -> ResourceForm::setSummary;
            case "guideBody" -> ResourceForm::setBody;
            default -> ResourceForm::setBasedOn;
        };
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E
                ? String.format("\\u%04X", c)
                : Character.toString(c)));
        return out.toString();
    }
}
