package org.kmbportal.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.web.Messages;

/** The sentences of match reasons, in the profile's language, with the taxonomy's labels. */
final class Wording {

    private final Taxonomy taxonomy;
    private final String language;
    private final Locale locale;
    /** The words the taxonomy's descriptions write with a capital inside a sentence: names, such as "Indigenous". */
    private final Set<String> names;

    Wording(Taxonomy taxonomy, String language) {
        this.taxonomy = taxonomy;
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.names = names(taxonomy, language);
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…]\\s+");

    /**
     * The names the taxonomy's descriptions in the language write after a sentence's first word: each run of words
     * with a capital and small letters ("Indigenous", "First Nations", « Premières Nations »). A label that begins
     * with one of them, whole, keeps its capitals inside a sentence; « Premières années » is no name.
     */
    static Set<String> names(Taxonomy taxonomy, String language) {
        Set<String> names = new HashSet<>();
        taxonomy.descriptions().values().forEach(terms -> terms.values().forEach(description -> {
            for (String sentence : SENTENCE_END.split(description.in(language))) {
                String[] words = sentence.strip().split("[\\s,()«»\"“”]+");
                StringBuilder name = new StringBuilder();
                for (int i = 1; i <= words.length; i++) {
                    if (i < words.length && isName(words[i])) {
                        name.append(name.isEmpty() ? "" : " ").append(words[i]);
                    } else if (!name.isEmpty()) {
                        names.add(name.toString());
                        name.setLength(0);
                    }
                }
            }
        }));
        return names;
    }

    private static boolean isName(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.substring(1).chars().anyMatch(
                Character::isLowerCase) && word.substring(1).chars().noneMatch(Character::isUpperCase);
    }

    /**
     * The bundle's sentence; in French with no-break spaces inside guillemets and before « ; : ! ? » where the words put
     * in it (a label, a quoted phrase) left ordinary ones: « alone ended a reason's line on a phone (user session us57).
     */
    String say(String key, Object... arguments) {
        String said = Messages.format(locale, key, arguments);
        return "fr".equals(language) ? org.kmbportal.web.FrenchSpaces.inText(said) : said;
    }

    /** The facet's name: the taxonomy's label for a context facet, the bundle's for a vocabulary. */
    String facet(String facet) {
        String own = taxonomy.vocabulary(facet).map(v -> v.label().in(language)).orElse("");
        return own.isEmpty() ? say("vocabulary." + facet) : own;
    }

    /** Labels of values, joined the way the language lists alternatives ("Small or Medium"). */
    String values(String facet, List<String> keys) {
        List<String> labels = keys.stream().map(k -> inText(taxonomy.label(facet, k, language))).toList();
        if (labels.size() <= 1) {
            return labels.isEmpty() ? "" : labels.get(0);
        }
        // A label that holds "and" itself is set apart by a comma: "children (6 to 11), or newcomer and refugee
        // youth", not "children (6 to 11) or newcomer and refugee youth".
        String and = " " + say("match.and") + " ";
        boolean joined = labels.stream().anyMatch(l -> l.contains(and));
        return String.join(", ", labels.subList(0, labels.size() - 1)) + (joined ? ", " : " ") + say("match.or")
                + " " + labels.get(labels.size() - 1);
    }

    /**
     * The bundle's sentence about labels of values; in French, where it quotes them, each label in guillemets of its
     * own: « jeunes autochtones » ou « jeunes nouveaux arrivants et réfugiés », never two labels in one quotation
     * that reads as one label.
     */
    String sayValues(String key, String facet, List<String> keys) {
        String marker = "\u0000";
        String open = "«\u00a0";
        String close = "\u00a0»";
        if (keys.size() < 2 || !Messages.format(locale, key, marker).contains(open + marker + close)) {
            return say(key, values(facet, keys));
        }
        List<String> labels = keys.stream().map(k -> inText(taxonomy.label(facet, k, language))).toList();
        return say(key, String.join(close + ", " + open, labels.subList(0, labels.size() - 1)) + close + " " + say(
                "match.or") + " " + open + labels.get(labels.size() - 1));
    }

    /** A label as it reads inside a sentence, a name at its start kept as written ("Indigenous youth"). */
    String inText(String label) {
        for (String name : names) {
            if (label.startsWith(name) && (label.length() == name.length() || !Character.isLetterOrDigit(label
                    .charAt(name.length())))) {
                return label;
            }
        }
        return inSentence(label);
    }

    String design(String design) {
        return inSentence(say("design." + design));
    }

    /**
     * A label as it reads inside a sentence: "Group mentoring" becomes "group mentoring", "E-mentoring"
     * "e-mentoring"; "2SLGBTQ+ youth" stays.
     */
    static String inSentence(String label) {
        String first = label.split("\\s", 2)[0];
        if (first.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(
                first.charAt(first.charAt(1) == '-' && first.length() > 2 ? 2 : 1))
                && first.substring(1).chars().noneMatch(Character::isUpperCase)) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }
}
