package org.kmbportal.curation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.kmbportal.curation.CollectionConflict;
import org.kmbportal.curation.CollectionException;
import org.kmbportal.web.api.AcceptLanguage;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.ApiWords;

/**
 * A collection's refusals through the API, each in English and in French (user session api57: a French caller got
 * "Visibility is private, shared, unlisted or public.", "'order' must be a list." and a stale version in English).
 */
class CollectionRefusalWordsTest {

    private static JsonObject body(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private record Case(String name, Supplier<RuntimeException> refusal, String english, String french) {
    }

    @Test
    void eachBodyRefusalIsSaidInTheCallersLanguage() {
        List<Case> cases = List.of(
                new Case("visibility", () -> assertThrows(ApiException.class, () -> CollectionJson.draft(body(
                        "{\"visibility\": \"secret\"}"), null, Set.of())),
                        "Visibility is private, shared, unlisted or public.",
                        "La visibilité est private, shared, unlisted ou public."),
                new Case("order", () -> assertThrows(ApiException.class, () -> CollectionJson.positions(body(
                        "{\"order\": 3}"), "order")), "'order' must be a list.", "«\u00a0order\u00a0» doit être une"
                                + " liste."),
                new Case("text", () -> assertThrows(ApiException.class, () -> CollectionJson.text(body(
                        "{\"title\": 3}"), "title")), "'title' must be text.", "«\u00a0title\u00a0» doit être du"
                                + " texte."),
                new Case("number", () -> assertThrows(ApiException.class, () -> CollectionJson.number(body(
                        "{\"version\": \"one\"}"), "version", -1)), "'version' must be a whole number.",
                        "«\u00a0version\u00a0» doit être un nombre entier."),
                new Case("ids", () -> assertThrows(ApiException.class, () -> CollectionJson.ids(body(
                        "{\"organizations\": [\"a\"]}"), "organizations")), "'organizations' must list"
                                + " organization ids.",
                        "«\u00a0organizations\u00a0» doit énumérer des identifiants"
                                + " d’organismes."),
                new Case("item", () -> assertThrows(ApiException.class, () -> CollectionJson.draft(body(
                        "{\"items\": [3]}"), null, Set.of())), "Each item is {\"resource\": id, \"note\"} or"
                                + " {\"url\", \"title\", \"note\"}.",
                        "Chaque élément est {\"resource\": id,"
                                + " \"note\"} ou {\"url\", \"title\", \"note\"}."));
        for (Case c : cases) {
            ApiException e = (ApiException) c.refusal().get();
            assertEquals(c.english(), e.message("en"), c.name());
            assertEquals(c.french(), e.message("fr"), c.name());
            assertEquals(c.english(), e.getMessage(), c.name() + ": the log's words stay English");
        }
        ApiException unknown = assertThrows(ApiException.class, () -> CollectionJson.draft(body(
                "{\"titel\": \"x\"}"), null, Set.of()));
        assertTrue(unknown.message("fr").startsWith("«\u00a0titel\u00a0» n’est pas un"
                + " champ d’une collection ("));
    }

    @Test
    void aStaleVersionIsSaidInTheCallersLanguage() {
        String french = CollectionErrors.conflict(new CollectionConflict("lire-ensemble", 4), ApiWords.language(
                AcceptLanguage.of("fr-CA,fr;q=0.9,en;q=0.5")));
        assertEquals("«\u00a0lire-ensemble\u00a0» a été modifiée par quelqu’un d’autre depuis que vous l’avez"
                + " ouverte. Rien n’a été enregistré\u00a0: rechargez-la et refaites votre changement.", french);
        assertEquals("'lire-ensemble' was changed by someone else since you opened it. Nothing was saved: load it"
                + " again and reapply your change.",
                CollectionErrors.conflict(new CollectionConflict(
                        "lire-ensemble", 4), "en"));
    }

    @Test
    void aRefusedSaveSaysItsHeadlineAndEachProblemInTheCallersLanguage() {
        CollectionException join = new CollectionException("curation.unknownCode",
                "No organization has this join code.");
        assertEquals("No organization has this join code.", CollectionErrors.refusalJson(join, "en").message());
        assertEquals("Aucun organisme n’a ce code d’adhésion.", CollectionErrors.refusalJson(join, "fr").message());
        CollectionException order = new CollectionException("curation.badOrder", "The order must list every item's"
                + " position (0 to 2) once.").with(2);
        assertEquals(order.getMessage(), CollectionErrors.refusalJson(order, "en").message());
        assertEquals(ApiWords.get("fr", "api.curation.badOrder", 2),
                CollectionErrors.refusalJson(order, "fr").message());
        assertNotEquals(order.getMessage(), CollectionErrors.refusalJson(order, "fr").message());
    }
}
