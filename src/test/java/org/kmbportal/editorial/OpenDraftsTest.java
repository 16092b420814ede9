package org.kmbportal.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.PracticeGuide;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.Resource;
import org.kmbportal.library.Slugs;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * The open drafts of a page's many titles, looked up at once, are the ones each title's own look-up finds (the draft
 * "start a draft" would open): on generated libraries where titles of both languages, odd characters and titles that
 * differ only in case share ids and their numbered ids, among published, archived and other titles' drafts.
 */
class OpenDraftsTest {

    private static final List<PublicationStatus> STATES = List.of(PublicationStatus.values());

    /** The library in memory; the batched queries match titles loosely, as a case-blind collation would. */
    private static final class Library extends LibraryService {
        final Map<String, Resource> bySlug = new HashMap<>();
        int batches;

        @Override
        public Optional<Resource> find(String slug) {
            return Optional.ofNullable(bySlug.get(slug));
        }

        @Override
        public List<Resource> openDraftsTitled(Collection<String> titles) {
            batches++;
            return bySlug.values().stream()
                    .filter(r -> r.getStatus() == PublicationStatus.DRAFT
                            || r.getStatus() == PublicationStatus.IN_REVIEW)
                    .filter(r -> titles.stream().anyMatch(t -> t.equalsIgnoreCase(r.getTitle()))).toList();
        }
    }

    private static EditorialService editorial(Library library) {
        EditorialService editorial = new EditorialService();
        editorial.library = library;
        editorial.guard = new Guard() {
            @Override
            public Caller require(Role role) {
                return new Caller(1, "editor@kmb.test", "Éditrice", Set.of(Role.EDITOR), null);
            }
        };
        return editorial;
    }

    private static void put(Library library, String slug, String title, PublicationStatus status) {
        PracticeGuide guide = new PracticeGuide();
        guide.apply(EditorialService.newGuide(slug, title, title.hashCode() % 2 == 0 ? "en" : "fr", "Summary.",
                "Notes.").withStatus(status));
        library.bySlug.put(slug, guide);
    }

    /** The title with other capitals: as typed, first letter up, all up, all down. */
    private static String otherCase(String title, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> title.toUpperCase(Locale.ROOT);
            case 1 -> title.toLowerCase(Locale.ROOT);
            case 2 -> title.isEmpty()
                    ? title
                    : Character.toString(title.codePointAt(0)).toUpperCase(Locale.FRENCH)
                            + title.substring(Character.charCount(title.codePointAt(0)));
            default -> title;
        };
    }

    @Test
    void theOpenDraftsOfManyTitlesAtOnceAreTheOnesEachTitleFindsAlone() {
        Random random = new Random(Gen.seed() * 31 + "open-drafts".hashCode());
        Gen<String> titles = Gen.oneOf(GeneratedText.libraryWords(120), GeneratedText.shortText(8, 120));
        int found = 0;
        for (int round = 0; round < 60; round++) {
            Library library = new Library();
            List<String> asked = new ArrayList<>();
            for (int t = 0, n = 1 + random.nextInt(25); t < n; t++) {
                String title = titles.next(random);
                asked.add(title);
                String base = Slugs.base(title, "new-guide");
                // The title's id and numbered ids, some taken by anything, some by its drafts, some left free.
                for (int k = 1, chain = random.nextInt(7); k <= chain; k++) {
                    String slug = k == 1 ? base : base + "-" + k;
                    if (random.nextInt(8) == 0 || library.bySlug.containsKey(slug)) {
                        continue;
                    }
                    String holder = random.nextInt(3) == 0 ? titles.next(random) : otherCase(title, random);
                    put(library, slug, holder, STATES.get(random.nextInt(STATES.size())));
                }
                if (random.nextInt(3) == 0) {
                    asked.add(otherCase(title, random));
                }
            }
            EditorialService editorial = editorial(library);
            Map<String, String> alone = new HashMap<>();
            for (String title : asked) {
                Optional.ofNullable(editorial.openDrafts(List.of(title)).get(title)).ifPresent(id -> alone.put(title,
                        id));
            }
            library.batches = 0;
            assertEquals(alone, editorial.openDrafts(asked), "titles " + asked + " in " + library.bySlug.keySet());
            assertTrue(library.batches <= 1, library.batches + " look-ups for " + asked.size() + " titles");
            found += alone.size();
        }
        assertTrue(found > 20, "the generated libraries hold open drafts to find: " + found);
    }

    /**
     * A draft is found by its title whatever its id: one started before the id rule changed (a long title's id was
     * cut inside a word, "…-in-r"), or numbered while the title's own id was taken by something since deleted.
     */
    @Test
    void aDraftIsFoundByItsTitleWhateverItsId() {
        for (String title : Gen.tries("draft titles", 40, GeneratedText.libraryWords(200)).toList()) {
            Library library = new Library();
            String base = Slugs.base(title, "new-guide");
            String oldId = base.length() > 3 ? base.substring(0, base.length() - 2) + "-r" : "x-" + base;
            put(library, oldId, title, PublicationStatus.DRAFT);
            put(library, base + "-7", title + " (2)", PublicationStatus.IN_REVIEW);
            EditorialService editorial = editorial(library);
            assertEquals(Optional.of(oldId), Optional.ofNullable(editorial.openDrafts(List.of(title)).get(title)),
                    title);
            assertEquals(Map.of(title, oldId), editorial.openDrafts(List.of(title, title + " (3)")), title);
        }
    }
}
