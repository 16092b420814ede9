package org.kmbportal.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.kmbportal.library.Taxonomy;

/**
 * Which topics of the taxonomy a text in an organization's own words names. A topic is named only when the text says
 * something specific to it: a word of its label that is its own (in no other topic's label, not one of the library's
 * most common words, not a word the taxonomy uses only beside another of the label's words, as "system" beside
 * "justice"), written in the text or given by a one-word synonym ("assessment" for "evaluation"); or two words of its
 * label that together are its alone ("match" and "support"). Generic words ("program", "mentors", "youth", "system",
 * "support") name nothing by themselves, nor does a word of a multi-word synonym ("attendance" gives "academic
 * achievement"), nor an everyday word of a label said of something else ("fin" of a pilot project, the teens'
 * "peers"; {@link #EVERYDAY}). Reasons then name the topic by its label, never by the text's own words.
 */
final class NamedTopics {
    // Safe for requests at once: once built, its maps are only read, but the common words it remembers (concurrent).

    /** A word in the labels of this many topics or more says nothing of which one is meant. */
    static final int SHARED_BY = 3;

    /**
     * How far apart (in words) two label words may be to name their topic together: in one phrase ("match support",
     * "soutien aux jumelages"), not one here and one three sentences on.
     */
    static final int PAIR_DISTANCE = 4;

    /** Each topic's label words (stems), with the weight each adds (1 divided by the topics whose label has it). */
    private final Map<String, Map<String, Double>> cues = new LinkedHashMap<>();
    /** Each topic's words that name it alone. */
    private final Map<String, Set<String>> specific = new HashMap<>();
    /**
     * Each topic's words that name it with another of its label's words of the same language: its label words that
     * are neither common nor bound, its own or shared by two labels ("match"; {@link #partnered}), with any other of
     * its label words, common or bound ones included ("support"; {@link #paired}).
     */
    private final Map<String, Set<String>> partnered = new HashMap<>();
    private final Map<String, Set<String>> paired = new HashMap<>();
    /** The stems of one-word synonyms: a synonym that is a whole word stands for it; a piece of a phrase does not. */
    private final Set<String> wholeSynonyms = new HashSet<>();
    /**
     * By each one-word synonym (folded), the stems of the phrases of its group that are no topic's label:
     * "coordinator" gives "match support specialist", whose "match" and "support" name no match support.
     */
    private final Map<String, Set<String>> phrasePieces = new HashMap<>();
    /** The words of the labels as written (lower case), by the stem they reduce to. */
    private final Map<String, Set<String>> labelWords = new HashMap<>();
    /** Each topic's label words (stems) in both languages, all of them, shared and common ones included. */
    private final Map<String, Set<String>> labels = new HashMap<>();
    /**
     * Each topic's label words that say where mentoring happens: a word of a setting's label when the topic's label
     * holds no setting's label with it whole ("school" of "School-based" in "School engagement and academic
     * outcomes", not in "School-based mentoring"; "justice" of "Justice system" is whole in "Youth in contact with
     * the justice system"). Such a word names its topic only beside one of the label's own words.
     */
    private final Map<String, Set<String>> places = new HashMap<>();
    /**
     * Each topic's label words that belong to a setting's label it holds whole, with that setting label's other
     * words: « milieu » of « En milieu scolaire » in « Mentorat en milieu scolaire », "based" of "School-based". Such
     * an everyday word ({@link #EVERYDAY}) names its topic only beside the place's own word (« scolaire », "school"):
     * « mentorat en milieu rural » and "community-based mentoring" speak of another place, not of school-based
     * mentoring, though "mentoring" is beside them.
     */
    private final Map<String, Map<String, Set<String>>> placePartners = new HashMap<>();
    /** The French label words made from a verb, by their root ({@link VerbsAndNouns}): « form » gives « formation ». */
    private final Map<String, String> frenchNouns = new HashMap<>();
    private final Analysis analysis;
    private final LibraryCommonWords commonWords;

    NamedTopics(Taxonomy taxonomy, Analysis analysis) {
        this(taxonomy, analysis, null);
    }

    /** @param library the library's index, to tell its most common words; null to leave them in */
    NamedTopics(Taxonomy taxonomy, Analysis analysis, IndexReader library) {
        this.analysis = analysis;
        this.commonWords = new LibraryCommonWords(analysis, library);
        Map<String, Set<String>> byTopic = new LinkedHashMap<>();
        Map<String, Integer> topicsPerWord = new HashMap<>();
        taxonomy.vocabulary("topics").ifPresent(v -> v.terms().forEach(term -> {
            Set<String> words = new HashSet<>();
            for (String language : List.of("en", "fr")) {
                Map<String, Set<String>> written = WrittenStems.stems(analysis.index(), language,
                        term.label().in(language));
                words.addAll(written.keySet());
                written.forEach((stem, surface) -> labelWords.computeIfAbsent(stem, k -> new HashSet<>())
                        .addAll(surface));
            }
            byTopic.put(term.key(), words);
            labels.put(term.key(), words);
            words.forEach(w -> topicsPerWord.merge(w, 1, Integer::sum));
        }));
        labelWords.forEach((stem, written) -> {
            if (stem.startsWith("fr:")) {
                written.stream().map(VerbsAndNouns::nounRoot).filter(java.util.Objects::nonNull).forEach(
                        root -> frenchNouns.put(root, stem));
            }
        });
        // What the taxonomy writes, as sets of stems: every label of every vocabulary, every synonym group.
        List<Set<String>> entries = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            taxonomy.vocabularies()
                    .forEach(v -> v.terms().forEach(term -> entries.add(WrittenStems.stems(analysis.index(),
                            language, term.label().in(language)).keySet())));
            List<String> groups = new ArrayList<>(taxonomy.synonyms(language));
            groups.addAll(Glossary.groups());
            for (String group : groups) {
                Set<String> entry = new HashSet<>();
                Set<String> pieces = new HashSet<>();
                List<String> ones = new ArrayList<>();
                for (String member : group.split(",")) {
                    Set<String> memberStems = WrittenStems.stems(analysis.index(), language, member).keySet();
                    entry.addAll(memberStems);
                    if (memberStems.size() == 1) {
                        wholeSynonyms.addAll(memberStems);
                        ones.add(WrittenStems.plain(member.strip().toLowerCase(java.util.Locale.ROOT)));
                    } else if (labels.values().stream().noneMatch(l -> l.containsAll(memberStems))) {
                        // A phrase that is a topic's label ("fin du jumelage") is said by its one-word synonyms
                        // (« rupture »); another phrase, a job's title, is not.
                        pieces.addAll(memberStems);
                    }
                }
                ones.forEach(one -> phrasePieces.computeIfAbsent(one, k -> new HashSet<>()).addAll(pieces));
                entries.add(entry);
            }
        }
        List<Set<String>> settings = new ArrayList<>();
        taxonomy.vocabulary("settings").ifPresent(v -> v.terms().forEach(term -> {
            for (String language : List.of("en", "fr")) {
                settings.add(WrittenStems.stems(analysis.index(), language, term.label().in(language)).keySet());
            }
        }));
        byTopic.forEach((topic, words) -> {
            Set<String> place = new HashSet<>();
            settings.forEach(setting -> setting.stream().filter(words::contains).forEach(place::add));
            Map<String, Set<String>> partners = new HashMap<>();
            settings.stream().filter(words::containsAll).forEach(setting -> {
                place.removeAll(setting);
                setting.forEach(w -> setting.stream().filter(other -> !other.equals(w)).forEach(other -> partners
                        .computeIfAbsent(w, k -> new HashSet<>()).add(other)));
            });
            places.put(topic, place);
            placePartners.put(topic, partners);
            Map<String, Double> own = new HashMap<>();
            Set<String> alone = new HashSet<>();
            Set<String> two = new HashSet<>();
            // A word bound in one language's label is bound in the other's too when written alike ("système",
            // "system"; "contact"): one label says one thing in both languages.
            Set<String> bound = new HashSet<>();
            words.stream().filter(w -> bound(w, words, topicsPerWord, library, entries)).forEach(bound::add);
            Set<String> boundWritten = new HashSet<>();
            bound.forEach(b -> boundWritten.addAll(labelWords.getOrDefault(b, Set.of())));
            Set<String> strong = new HashSet<>();
            for (String w : words) {
                int shared = topicsPerWord.get(w);
                if (shared >= SHARED_BY) {
                    continue;
                }
                own.put(w, 1.0 / shared);
                boolean tied = bound.contains(w) || labelWords.getOrDefault(w, Set.of()).stream()
                        .anyMatch(written -> WrittenStems.formOf(written, boundWritten));
                if (LibraryCommonWords.common(library, w) || tied || place.contains(w)) {
                    two.add(w);
                } else {
                    strong.add(w);
                    if (shared == 1) {
                        alone.add(w);
                    }
                }
            }
            cues.put(topic, own);
            specific.put(topic, alone);
            paired.put(topic, two);
            partnered.put(topic, strong);
        });
    }

    /**
     * Whether the taxonomy writes the word only beside another word of the same label, one that it also writes
     * without it ("system" is always "justice system", "justice" is also "juvenile justice"): the word then says the
     * topic only with that other word. Not for a word beside one many labels have ("group mentoring").
     */
    private static boolean bound(String word, Set<String> label, Map<String, Integer> topicsPerWord,
            IndexReader library, List<Set<String>> entries) {
        List<Set<String>> with = entries.stream().filter(e -> e.contains(word)).toList();
        for (String other : label) {
            if (other.equals(word) || topicsPerWord.get(other) >= SHARED_BY
                    || LibraryCommonWords.common(library, other)) {
                continue;
            }
            boolean always = with.stream().allMatch(e -> e.contains(other));
            boolean alsoWithout = entries.stream().anyMatch(e -> e.contains(other) && !e.contains(word));
            if (always && alsoWithout) {
                return true;
            }
        }
        return false;
    }

    /**
     * Topic keys the text names, the most named first (ties in the taxonomy's order), each with the sum of its label
     * words found, a word counting 1 divided by the number of topics whose label has it. A topic is named only by a
     * word of its own or by two of its label's words, as the class says.
     */
    Map<String, Double> in(String text) {
        return in(text, List.of("en", "fr"));
    }

    /**
     * The topics the text names in the reader's language only: an English "supervision" does not name a topic by
     * its French label.
     */
    Map<String, Double> in(String text, String language) {
        return in(text, List.of("fr".equals(language) ? "fr" : "en"));
    }

    private Map<String, Double> in(String text, List<String> languages) {
        Said said = said(text, languages);
        List<Map.Entry<String, Double>> named = new ArrayList<>();
        cues.forEach((topic, own) -> {
            boolean saysIt = specific.get(topic).stream().anyMatch(w -> said.telling.contains(w)
                    && said.saying.get(w).stream().anyMatch(written -> !commonWords.common(written)
                            && (!EVERYDAY.contains(written) || besideItsLabel(topic, w, said.positions))))
                    || pair(topic, said.telling, said.words, said.positions);
            if (!saysIt) {
                return;
            }
            named.add(Map.entry(topic, weight(own, said.words)));
        });
        named.sort(Map.Entry.<String, Double> comparingByValue().reversed());
        Map<String, Double> ordered = new LinkedHashMap<>();
        named.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /**
     * Every topic whose label's own words the text uses in the reader's language, named or not, the most used first:
     * a word of that label alone, said as the topic's ({@link #distinctive}); never a topic through a word several
     * labels share ("mentoring", "youth", "program", « mentors »), a place ("school" for school engagement) or a
     * common word.
     */
    Map<String, Double> used(String text, String language) {
        Said said = said(text, List.of("fr".equals(language) ? "fr" : "en"));
        List<Map.Entry<String, Double>> used = new ArrayList<>();
        cues.forEach((topic, own) -> {
            double found = own.entrySet().stream().filter(e -> e.getValue() == 1.0 && distinctive(topic, e
                    .getKey(), said)).mapToDouble(Map.Entry::getValue).sum();
            if (found > 0) {
                used.add(Map.entry(topic, found));
            }
        });
        used.sort(Map.Entry.<String, Double> comparingByValue().reversed());
        Map<String, Double> ordered = new LinkedHashMap<>();
        used.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /**
     * Whether the text says the stem as a word of the topic's own: not one of the library's most common words, not a
     * place ({@link #places}), not an everyday word ({@link #EVERYDAY}) away from the label's other words.
     */
    private boolean distinctive(String topic, String stem, Said said) {
        return said.telling.contains(stem) && !places.get(topic).contains(stem) && said.saying.get(stem).stream()
                .anyMatch(
                        written -> !commonWords.common(written) && (!EVERYDAY.contains(written) || besideItsLabel(topic,
                                stem, said.positions)));
    }

    /** A word of one topic's label alone says more than a word two labels share. */
    private static double weight(Map<String, Double> own, Set<String> words) {
        return own.entrySet().stream().filter(e -> words.contains(e.getKey())).mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /**
     * The label words a text uses: every one ({@code words}), those it says with a word that is not among the
     * library's most common ({@code telling}), the text's words (as written, or the word a synonym stands for) that
     * say each, and where.
     */
    private record Said(Set<String> words, Set<String> telling, Map<String, List<String>> saying,
            Map<String, List<Integer>> positions) {
    }

    private Said said(String written, List<String> languages) {
        String text = WordsSaidOfAnother.without(StudyGroups.without(written), languages, analysis, cues, labels);
        // The label words the text uses, and those of them it says with a word that is not among the library's
        // most common (in either language, or through a synonym or translation: "soutien" is "support").
        Set<String> words = new HashSet<>();
        Set<String> telling = new HashSet<>();
        Map<String, List<String>> sayingAll = new HashMap<>();
        Map<String, List<Integer>> positions = new HashMap<>();
        for (String language : languages) {
            WrittenStems.stems(analysis.query(), language, text, positions).forEach((stem, surface) -> {
                // A stem names a label's word when the text's word is that word or a form of it, or a one-word
                // synonym of a word of the text; not when the stemmer merely cuts two words alike ("responsible"
                // and "responsiveness" both give "respons"), nor when it is a piece of a phrase a synonym gave.
                List<String> saying = new ArrayList<>();
                for (String w : surface) {
                    // A task said as a verb ("the same person recruits, screens and supports", « recrute, filtre
                    // ») names no topic: it says what someone does, not what the organization is about.
                    if (w.startsWith(WrittenStems.SYNONYM)
                            ? wholeSynonyms.contains(stem) && !pieceOf(w.substring(WrittenStems.SYNONYM.length()), stem)
                            : WrittenStems.formOf(w, labelWords.get(stem))
                                    && !VerbsAndNouns.task(w, language, labelWords.get(stem), commonWords.common(w))) {
                        saying.add(w.startsWith(WrittenStems.SYNONYM) ? w.substring(WrittenStems.SYNONYM.length()) : w);
                    }
                }
                if (!saying.isEmpty()) {
                    words.add(stem);
                    sayingAll.computeIfAbsent(stem, k -> new ArrayList<>()).addAll(saying);
                    if (saying.stream().anyMatch(w -> !commonWords.common(w))) {
                        telling.add(stem);
                    }
                }
            });
            if (language.equals("fr")) {
                VerbsAndNouns.labelNounsSaid(text, frenchNouns, labelWords, commonWords::common,
                        new VerbsAndNouns.Said(words,
                                telling, sayingAll, positions));
            }
        }
        return new Said(words, telling, sayingAll, positions);
    }

    /** Whether the stem came from a phrase that the written word (or its singular) has as a synonym. */
    private boolean pieceOf(String written, String stem) {
        String one = written.endsWith("s") ? written.substring(0, written.length() - 1) : written;
        return phrasePieces.getOrDefault(written, Set.of()).contains(stem) || phrasePieces.getOrDefault(one, Set
                .of()).contains(stem);
    }

    /**
     * Everyday words of labels, folded, that say of anything how it ends or went, where it is or who is beside whom:
     * "fin" of a pilot project, « réussite » or "success" of a program, the teens' "peers", "cross"-cultural, a
     * program "based" in a town, « en ligne », « milieu », the "results", "impact" or "outcomes" of anything. Such a word names its topic only beside another word of the
     * topic's label, in the same phrase: « fin des jumelages », « réussite scolaire », "peer mentoring", "cross-age".
     */
    static final Set<String> EVERYDAY = Set.of("end", "ends", "ending", "endings", "success", "successes",
            "successful", "peer", "peers", "cross", "base", "based", "well", "fin", "fins", "reussite", "reussites",
            "pair", "pairs", "milieu", "milieux", "ligne", "lignes", "bien", "etre", "outcome", "outcomes", "result",
            "results", "impact", "impacts", "effect", "effects", "resultat", "resultats", "effet", "effets");

    /**
     * Whether the text says the stem beside another word of the topic's label in its language (any of them; for a
     * word of a place the label holds, a word of that place's label: {@link #placePartners}).
     */
    private boolean besideItsLabel(String topic, String stem, Map<String, List<Integer>> positions) {
        String language = stem.substring(0, stem.indexOf(':') + 1);
        Set<String> partners = placePartners.get(topic).getOrDefault(stem, labels.get(topic));
        return partners.stream().anyMatch(other -> !other.equals(stem) && other.startsWith(language)
                && near(positions.get(stem), positions.get(other)));
    }

    /**
     * Whether the words hold two of the topic's label words of one language, one of them its own or shared by two
     * labels only, not a common or bound one ("match support" names match support; "youth system" nothing).
     */
    private boolean pair(String topic, Set<String> telling, Set<String> words,
            Map<String, List<Integer>> positions) {
        for (String strong : partnered.get(topic)) {
            if (!telling.contains(strong)) {
                continue;
            }
            String language = strong.substring(0, strong.indexOf(':') + 1);
            boolean other = java.util.stream.Stream.concat(partnered.get(topic).stream(), paired.get(topic).stream())
                    .anyMatch(w -> !w.equals(strong) && w.startsWith(language) && words.contains(w)
                            && near(positions.get(strong), positions.get(w)));
            if (other) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(List<Integer> these, List<Integer> those) {
        if (these == null || those == null) {
            return false;
        }
        for (int a : these) {
            for (int b : those) {
                if (Math.abs(a - b) <= PAIR_DISTANCE) {
                    return true;
                }
            }
        }
        return false;
    }

}
