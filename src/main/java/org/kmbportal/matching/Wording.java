package org.kmbportal.matching;

import java.util.List;
import java.util.Locale;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.web.Messages;

/** The sentences of match reasons, in the profile's language, with the taxonomy's labels. */
final class Wording {

    private final Taxonomy taxonomy;
    private final String language;
    private final Locale locale;

    Wording(Taxonomy taxonomy, String language) {
        this.taxonomy = taxonomy;
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
    }

    String say(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    /** The facet's name: the taxonomy's label for a context facet, the bundle's for a vocabulary. */
    String facet(String facet) {
        String own = taxonomy.vocabulary(facet).map(v -> v.label().in(language)).orElse("");
        return own.isEmpty() ? say("vocabulary." + facet) : own;
    }

    /** Labels of values, joined the way the language lists alternatives ("Small or Medium"). */
    String values(String facet, List<String> keys) {
        List<String> labels = keys.stream().map(k -> inSentence(taxonomy.label(facet, k, language))).toList();
        if (labels.size() <= 1) {
            return labels.isEmpty() ? "" : labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " " + say("match.or") + " "
                + labels.get(labels.size() - 1);
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
