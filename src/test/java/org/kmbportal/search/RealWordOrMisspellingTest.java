package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;

/**
 * What a practitioner expects of the spelling correction: a typed word that is no word of English or French and is
 * close to a library word is corrected and searched ("Showing results for"), whether it is a keyboard slip or a
 * phonetic misspelling ("cultral competance", "sustainibility"); a real word of either language is never searched
 * instead of (at most "did you mean"), even an inflected form the library lacks ("retraités", "intervenante",
 * "accompagnaient", "supported"). The real words are generated from common words of both languages and their regular
 * inflections, the misspellings from the library's own words (vowels confused, consonants doubled or undoubled,
 * letters dropped or swapped). Shipped library.
 */
class RealWordOrMisspellingTest {

    /** French verbs whose forms are all regular (no -ger, -cer, e/è alternation). */
    private static final List<String> FRENCH_VERBS = List.of("accompagner", "aider", "chercher", "trouver", "parler",
            "donner", "travailler", "écouter", "former", "recruter", "jumeler", "préparer", "organiser", "proposer",
            "demander", "expliquer", "présenter", "développer", "continuer", "participer", "motiver", "respecter",
            "rencontrer", "animer", "financer", "planifier", "signaler", "consulter", "améliorer", "retrouver",
            "quitter", "raconter", "inviter", "visiter", "imaginer", "valoriser", "soutenir", "réussir", "assister",
            "accepter", "adapter", "évaluer", "terminer", "apporter", "montrer", "durer", "gagner", "habiter",
            "informer", "mériter", "observer", "oublier", "penser", "profiter", "rester", "sembler", "tomber");
    private static final List<String> FRENCH_VERB_ENDINGS = List.of("e", "es", "ent", "ez", "é", "ée", "és", "ées",
            "ais", "ait", "aient", "iez", "erai", "era", "erons", "eront", "erait", "eraient", "ant", "èrent", "âmes");
    /** French adjectives and nouns whose feminine and plurals add -e, -s, -es. */
    private static final List<String> FRENCH_REGULAR = List.of("retraité", "engagé", "isolé", "motivé", "formé",
            "intervenant", "étudiant", "enseignant", "participant", "habitant", "représentant", "surveillant",
            "important", "intelligent", "patient", "prudent", "content", "récent", "grand", "petit", "fort", "lent",
            "avocat", "employé", "salarié", "bénévol", "délégué", "invité", "marié", "déterminé", "expérimenté",
            "qualifié", "diplômé", "spécialisé", "handicapé", "âgé", "associé", "allié", "apprenti", "ami", "voisin",
            "cousin", "marchand", "suivant", "précédent", "indépendant", "différent", "absent", "présent");
    private static final List<String> FRENCH_IF = List.of("actif", "positif", "négatif", "créatif", "sportif",
            "attentif", "productif", "collectif", "éducatif", "qualitatif", "quantitatif", "préventif", "significatif",
            "administratif", "communicatif", "informatif", "participatif", "évaluatif");
    private static final List<String> FRENCH_EUX = List.of("heureux", "dangereux", "nombreux", "sérieux", "curieux",
            "généreux", "chaleureux", "précieux", "ambitieux", "anxieux", "respectueux", "courageux", "silencieux",
            "vigoureux", "harmonieux");
    private static final List<String> FRENCH_IEN = List.of("musicien", "technicien", "gardien", "ancien",
            "quotidien", "citoyen", "moyen", "canadien", "européen", "praticien", "mécanicien", "comédien",
            "historien", "pharmacien", "électricien");

    /** English verbs whose forms are regular (-s, -ed, -ing; a final e dropped before -ing). */
    private static final List<String> ENGLISH_VERBS = List.of("help", "work", "learn", "support", "train", "recruit",
            "match", "mentor", "listen", "walk", "talk", "open", "visit", "answer", "report", "suggest", "expect",
            "attend", "invite", "connect", "collect", "protect", "respect", "invest", "assist", "accept", "adapt",
            "consider", "deliver", "develop", "discover", "engage", "explain", "follow", "gather", "improve",
            "include", "limit", "measure", "mention", "offer", "perform", "reach", "record", "remain", "request",
            "return", "share", "start", "succeed", "suffer", "transform", "want", "wonder", "encourage", "motivate",
            "evaluate", "educate", "celebrate", "complete", "create", "decide", "describe", "examine", "graduate",
            "imagine", "involve", "manage", "prepare", "produce", "provide", "receive", "reduce", "remove", "welcome");
    private static final List<String> ENGLISH_NOUNS = List.of("teacher", "student", "parent", "volunteer",
            "neighbour", "neighbor", "counsellor", "counselor", "worker", "partner", "leader", "friend", "brother",
            "sister", "daughter", "teenager", "classroom", "playground", "weekend", "holiday", "birthday",
            "conversation", "experience", "opportunity", "difficulty", "activity", "community", "relationship",
            "apprentice", "graduate", "employer", "employee", "grandparent", "grandmother", "grandfather", "elder",
            "advocate", "caregiver", "coach", "tutor", "guardian", "stranger", "roommate", "colleague", "journalist");
    private static final List<String> ENGLISH_ADJECTIVES = List.of("strong", "young", "quick", "bright", "calm",
            "clean", "clear", "cold", "deep", "fair", "great", "hard", "high", "kind", "light", "long", "loud",
            "neat", "poor", "quiet", "rich", "short", "slow", "smart", "soft", "tall", "thick", "tight", "warm",
            "weak", "fresh", "sharp", "sweet", "rough", "proud", "brave", "wise", "fierce", "gentle", "humble");

    private static SearchFixture library() {
        return SearchFixture.sharedShippedLibrary();
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static SearchResult search(String query, String reader) {
        return library().search.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                1, 10, reader));
    }

    /** The library's words, lower-cased, accents folded, and those each language's texts use. */
    private static Set<String> libraryWords() {
        return library().index.withSearcher(searcher -> {
            Set<String> words = new HashSet<>();
            try {
                for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                    for (var field : searcher.storedFields().document(doc)) {
                        if (field.stringValue() != null) {
                            Arrays.stream(field.stringValue().split("[^\\p{L}]+")).map(w -> fold(w))
                                    .forEach(words::add);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return words;
        });
    }

    /** Whether the spell checker finds a library word close enough to correct the (folded) word into. */
    private static boolean closeToALibraryWord(String word) {
        return library().index.withSearcher(searcher -> {
            DirectSpellChecker checker = new DirectSpellChecker();
            checker.setMinQueryLength(5);
            checker.setMaxEdits(word.length() >= 8 ? 2 : 1);
            try {
                return checker.suggestSimilar(new Term(Fields.SPELL, word), 5, searcher.getIndexReader(),
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX).length > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every generated form of the common words of both languages, with its language. */
    private static List<String[]> realWordForms() {
        List<String[]> forms = new ArrayList<>();
        for (String verb : FRENCH_VERBS) {
            if (verb.endsWith("er")) {
                String stem = verb.substring(0, verb.length() - 2);
                FRENCH_VERB_ENDINGS.forEach(e -> forms.add(new String[]{stem + e, "fr"}));
            } else {
                String stem = verb.substring(0, verb.length() - 2);
                if (verb.equals("réussir")) {
                    List.of("issons", "issez", "issent", "issait", "issaient", "issant", "irons", "iraient")
                            .forEach(e -> forms.add(new String[]{"réuss" + e.substring(1), "fr"}));
                } else {
                    List.of("ons", "ez", "ait", "aient", "ant", "u", "ue", "us", "ues")
                            .forEach(e -> forms.add(new String[]{stem + e, "fr"}));
                }
            }
        }
        for (String word : FRENCH_REGULAR) {
            String base = word.equals("bénévol") ? "bénévole" : word;
            List.of("", "s", "e", "es").forEach(e -> forms.add(new String[]{base + (base.endsWith("e") && e
                    .startsWith("e") ? e.substring(1) : e), "fr"}));
        }
        for (String word : FRENCH_IF) {
            String stem = word.substring(0, word.length() - 1);
            List.of("f", "fs", "ve", "ves", "vement").forEach(e -> forms.add(new String[]{stem + e, "fr"}));
        }
        for (String word : FRENCH_EUX) {
            String stem = word.substring(0, word.length() - 1);
            List.of("x", "se", "ses", "sement").forEach(e -> forms.add(new String[]{stem + e, "fr"}));
        }
        for (String word : FRENCH_IEN) {
            List.of("", "s", "ne", "nes").forEach(e -> forms.add(new String[]{word + e, "fr"}));
        }
        for (String verb : ENGLISH_VERBS) {
            boolean e = verb.endsWith("e");
            String stem = e ? verb.substring(0, verb.length() - 1) : verb;
            String third = verb.endsWith("ch") || verb.endsWith("sh") ? verb + "es" : verb + "s";
            List.of(verb, third, e ? verb + "d" : verb + "ed", stem + "ing")
                    .forEach(f -> forms.add(new String[]{f, "en"}));
        }
        for (String noun : ENGLISH_NOUNS) {
            String plural = noun.endsWith("y") && !noun.endsWith("ay")
                    ? noun.substring(0, noun.length() - 1) + "ies"
                    : noun.endsWith("ch") ? noun + "es" : noun + "s";
            forms.add(new String[]{noun, "en"});
            forms.add(new String[]{plural, "en"});
        }
        for (String adjective : ENGLISH_ADJECTIVES) {
            String stem = adjective.endsWith("e") ? adjective.substring(0, adjective.length() - 1) : adjective;
            List.of(stem + "er", stem + "est", adjective + "ness", adjective.endsWith("le")
                    ? stem.substring(0, stem.length() - 1) + "ly"
                    : adjective + "ly").forEach(f -> forms.add(new String[]{f, "en"}));
        }
        return forms;
    }

    /**
     * Real words the library lacks but the spell checker finds a library word close to (so a correction is at hand),
     * typed with or without accents, capitalised or not, alone or after a few words.
     */
    static Stream<Arguments> realWords() {
        Set<String> library = libraryWords();
        Random random = new Random(Gen.seed());
        Set<String> seen = new TreeSet<>();
        List<Arguments> cases = new ArrayList<>();
        for (String[] form : realWordForms()) {
            String word = form[0];
            String folded = fold(word);
            if (folded.length() < 5 || library.contains(folded) || !seen.add(word) || !closeToALibraryWord(
                    folded)) {
                continue;
            }
            String typed = random.nextInt(4) == 0 ? folded : word;
            typed = random.nextInt(3) == 0 ? Character.toUpperCase(typed.charAt(0)) + typed.substring(1) : typed;
            String context = "fr".equals(form[1])
                    ? Gen.of("", "", "les ", "aide aux ", "programme de ").next(random)
                    : Gen.of("", "", "the ", "how to ", "mentoring for ").next(random);
            cases.add(Arguments.of(context + typed, Gen.of("fr", "en").next(random)));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("realWords")
    void aRealWordIsNeverSearchedInsteadOf(String query, String reader) {
        SearchResult found = search(query, reader);
        assertFalse(found.corrected(), reader + ": the real word(s) \"" + query + "\" were searched as \""
                + found.suggestion() + "\"");
        assertNoOtherWordOffered(query, reader, found);
    }

    /** Nor offered as "did you mean" another word ("Vouliez-vous dire aidés"); the library's accents may be. */
    private static void assertNoOtherWordOffered(String query, String reader, SearchResult found) {
        assertTrue(found.suggestion() == null || fold(found.suggestion()).equals(fold(query)), reader + ": \""
                + query + "\" was offered \"" + found.suggestion() + "\"");
    }

    /** The real words of the user session that were replaced by other library words. */
    @Test
    void theSessionsRealWordsAreSearchedAsTyped() {
        for (String query : List.of("aînés", "mentors retraités", "sécurité en ligne", "intervenante jeunesse",
                "AINES", "mentors retraites", "securite en ligne", "Intervenantes jeunesse")) {
            for (String reader : List.of("fr", "en")) {
                SearchResult found = search(query, reader);
                assertFalse(found.corrected(), reader + ": \"" + query + "\" was searched as \"" + found.suggestion()
                        + "\"");
                assertNoOtherWordOffered(query, reader, found);
            }
        }
    }

    /**
     * Misspellings of the library's words of one language's texts, 6 letters or more, as people misspell rather than
     * mistype: a vowel confused with another, a consonant doubled or undoubled, a vowel dropped, two letters swapped.
     * A misspelling that happens to be a word of English or French is another word (the test above); one that is a
     * library word or an inflection searched with its family is not a misspelling.
     */
    static Stream<Arguments> misspellings() {
        Set<String> library = libraryWords();
        Random random = new Random(Gen.seed() + 7);
        Map<String, List<String>> byLanguage = new HashMap<>();
        library().index.withSearcher(searcher -> {
            LanguageWords words = LanguageWords.of(searcher.getIndexReader());
            for (String language : List.of("en", "fr")) {
                String other = "fr".equals(language) ? "en" : "fr";
                byLanguage.put(language, library.stream()
                        .filter(w -> w.length() >= 6 && w.length() <= 14 && w.chars().allMatch(c -> c >= 'a'
                                && c <= 'z') && words.count(w, language) >= 3 && words.count(w, other) == 0)
                        .sorted().toList());
            }
            return null;
        });
        List<Arguments> cases = new ArrayList<>();
        String vowels = "aei";
        for (String language : List.of("en", "fr")) {
            List<String> words = byLanguage.get(language);
            int wanted = cases.size() + 70;
            for (int tries = 0; tries < 4000 && cases.size() < wanted; tries++) {
                String word = words.get(random.nextInt(words.size()));
                int at = 1 + random.nextInt(word.length() - 2);
                char c = word.charAt(at);
                boolean vowel = "aeiouy".indexOf(c) >= 0;
                String misspelt = switch (random.nextInt(5)) {
                    case 0 -> vowels.indexOf(c) >= 0
                            ? word.substring(0, at) + vowels.charAt((vowels.indexOf(c) + 1 + random.nextInt(2)) % 3)
                                    + word.substring(at + 1)
                            : null;
                    case 1 -> !vowel && word.charAt(at - 1) != c && word.charAt(at + 1) != c
                            ? word.substring(0, at) + c + word.substring(at)
                            : null;
                    case 2 -> word.charAt(at + 1) == c ? word.substring(0, at) + word.substring(at + 1) : null;
                    case 3 -> vowel ? word.substring(0, at) + word.substring(at + 1) : null;
                    default -> word.substring(0, at) + word.charAt(at + 1) + c + word.substring(at + 2);
                };
                if (misspelt == null || misspelt.equals(word) || library.contains(misspelt)
                        || RealWords.english(misspelt) || WordForms.isWord(misspelt) || isInflection(misspelt)
                        || beginsALibraryWord(misspelt, library)
                        || !closeToALibraryWord(misspelt)) {
                    continue;
                }
                cases.add(Arguments.of(misspelt, word, language));
            }
        }
        return cases.stream();
    }

    /**
     * Whether the word is a library word without its last letter: a word still being typed, searched as the beginning
     * of the words it begins and its correction offered ("jumelag"; {@link PartialWord}).
     */
    private static boolean beginsALibraryWord(String word, Set<String> library) {
        return "abcdefghijklmnopqrstuvwxyz".chars().anyMatch(c -> library.contains(word + (char) c));
    }

    private static boolean isInflection(String word) {
        return library().index.withSearcher(searcher -> {
            try {
                return !Inflections.of(word, searcher.getIndexReader()).isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("misspellings")
    void aMisspellingOfALibraryWordIsCorrectedAndSearched(String misspelt, String word, String language) {
        SearchResult found = search(misspelt, language);
        assertNotNull(found.suggestion(), language + ": \"" + misspelt + "\" (" + word + ") was not corrected");
        assertTrue(found.corrected(), language + ": \"" + misspelt + "\" (" + word + ") was only offered as \""
                + found.suggestion() + "\"");
    }

    /** The phonetic misspellings of the tuning set's queries are searched corrected, for readers of both languages. */
    @Test
    void phoneticMisspellingsAreSearchedCorrected() {
        for (String query : List.of("cultral competance in matching", "sustainibility of funding",
                "recrutement des benevols", "mentorship programe evaluaton")) {
            for (String reader : List.of("fr", "en")) {
                SearchResult found = search(query, reader);
                assertTrue(found.corrected(), reader + ": \"" + query + "\" was not searched corrected: "
                        + found.suggestion());
            }
        }
    }
}
