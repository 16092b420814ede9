package org.kmbportal.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.kmbportal.platform.PlainText;

/**
 * The words a whole question is put in that say nothing of its topic: "how can we keep…", "what helps…", "is there a
 * good way to…", « comment aider… », « on a besoin de… ». Function words are stop words already ({@link StopWords});
 * these are the verbs, nouns and adverbs of asking and wanting that the stop lists leave. In a question they are
 * matched like any word, so a text that says "keep" and "help" often rose above one about the question's subject. In
 * a question's word search they weigh {@link #WEIGHT} of a word; a keyword query (a few words) keeps them whole, as
 * the reader typed them to be found. General wording of questions in both languages, not any library's vocabulary.
 */
final class QuestionWords {

    /** What such a word counts for in a question's word search, against 1 for a word of its topic. */
    static volatile float weight = 0.1f;
    /** A question has at least this many words (function words included), or ends with a question mark. */
    static final int QUESTION_WORDS = 5;

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
    /** What a word is written with as the parser gives it ("Honestly," "tips:"), not part of the word. */
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private static final Set<String> ENGLISH = Set.of(
            // asking, wanting, trying
            "help", "helps", "helped", "helping", "keep", "keeps", "kept", "keeping", "make", "makes", "made",
            "making", "need", "needs", "needed", "want", "wants", "wanted", "know", "knows", "knew", "tell", "try",
            "tries", "tried", "trying", "use", "uses", "using", "find", "finds", "found", "give", "gives", "take",
            "takes", "put", "go", "goes", "going", "gone", "come", "comes", "see", "sees", "seem", "seems", "look",
            "looks", "looking", "think", "anyone", "someone", "something", "anything", "everyone", "anybody",
            "somebody",
            // vague nouns and adverbs of a question's frame
            "way", "ways", "best", "good", "really", "actually", "honestly", "thing", "things", "lot", "lots", "kind",
            "sort", "tips", "advice", "ideas", "idea", "example", "examples", "question", "questions", "possible",
            "able", "also", "still", "even", "much", "many", "well", "else", "ever", "always", "often", "sometimes",
            "usually", "already", "maybe", "perhaps", "probably", "anyway", "please", "okay", "ok");

    private static final Set<String> FRENCH = Set.of(
            // demander, vouloir, essayer
            "aider", "aide-t-on", "aident", "aidons", "garder", "gardent", "gardons", "rendre", "besoin", "besoins",
            "vouloir", "voulons", "voulez", "veut", "veux", "veulent", "savoir", "sait", "sais", "savons", "essayer",
            "essayons", "utiliser", "utilisons", "trouver", "trouvons", "donner", "prendre", "mettre", "aller", "va",
            "vont", "allons", "voir", "semble", "semblent", "pense", "pensez", "penser", "quelqu'un", "quelque",
            "quelques", "chose", "choses",
            // les noms et adverbes vagues du cadre d'une question
            "façon", "façons", "manière", "manières", "moyen", "moyens", "meilleur", "meilleure", "meilleurs",
            "meilleures", "bon", "bonne", "bons", "bonnes", "vraiment", "réellement", "honnêtement", "conseil",
            "conseils", "idée", "idées", "exemple", "exemples", "question", "questions", "possible", "capable",
            "bien", "beaucoup", "peu", "toujours", "déjà", "souvent", "parfois", "jamais", "peut-être", "probablement",
            "alors", "donc", "svp", "merci");

    private static final Set<String> BOTH = folded();

    private QuestionWords() {
    }

    private static Set<String> folded() {
        java.util.Set<String> all = new java.util.HashSet<>();
        java.util.stream.Stream.concat(ENGLISH.stream(), FRENCH.stream())
                .forEach(w -> all.add(PlainText.folded(w).toLowerCase(Locale.ROOT).replace('’', '\'')));
        return Set.copyOf(all);
    }

    /** Whether the word (as typed, any case or accents) is one a question is put in, not one of its topic. */
    static boolean isFrame(String word) {
        return word != null && BOTH.contains(PlainText.folded(EDGES.matcher(word).replaceAll(""))
                .toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /**
     * Whether the text is a whole question or problem (a sentence: {@link #QUESTION_WORDS} words or more, or a
     * question mark) with at least one word of its topic besides the frame's, so that weighing the frame down
     * leaves something to search for.
     */
    static boolean isQuestion(String text) {
        if (text == null) {
            return false;
        }
        String[] words = WORDS.split(text.strip());
        if (words.length < QUESTION_WORDS && !text.strip().endsWith("?")) {
            return false;
        }
        return DistinctiveWords.informative(text).stream().anyMatch(w -> !isFrame(w));
    }
}
