package org.kmbportal.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A topic's label word said of another topic's word, for {@link NamedTopics}: training "in evaluation" is
 * evaluation's, not mentor training's.
 */
final class WordsSaidOfAnother {

    private WordsSaidOfAnother() {
    }

    /**
     * A word followed by "in", "on", "about", « en », « sur » and another word, perhaps with a pronoun between:
     * "trained in evaluation", "train us in evaluation", « formation en évaluation », "training on the evaluation".
     */
    private static final Pattern SAID_OF = Pattern.compile(
            "(\\p{L}+)((?:\\s+(?:us|them|me|you|him|her|everyone|nous|vous|les))?\\s+(?:in|on|about|en|sur)\\s+(?:(?:the|our|their|l['’]|la|le|les|des|du|d['’])\\s*)?)(\\p{L}+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * The text without the words of a topic's label said of another topic's word: training "in evaluation" is
     * evaluation's ("trained in evaluation", « formation en évaluation »), not mentor training; such a word names
     * nothing.
     *
     * @param cues each topic's label words (stems) with their weights
     * @param labels each topic's label words (stems) in both languages
     */
    static String without(String text, List<String> languages, Analysis analysis, Map<String, Map<String, Double>> cues,
            Map<String, Set<String>> labels) {
        Matcher m = SAID_OF.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (m.find()) {
            boolean ofAnother = false;
            for (String language : languages) {
                Set<String> word = WrittenStems.stems(analysis.query(), language, m.group(1)).keySet();
                Set<String> then = WrittenStems.stems(analysis.query(), language, m.group(3)).keySet();
                for (var topic : cues.entrySet()) {
                    if (word.stream().anyMatch(topic.getValue()::containsKey)) {
                        ofAnother |= cues.entrySet().stream().anyMatch(other -> !other.getKey().equals(topic.getKey())
                                && then.stream().anyMatch(other.getValue()::containsKey) && word.stream().noneMatch(
                                        labels.get(other.getKey())::contains));
                    }
                }
            }
            m.appendReplacement(kept, Matcher.quoteReplacement((ofAnother ? "…" : m.group(1)) + m
                    .group(2) + m.group(3)));
        }
        m.appendTail(kept);
        return kept.toString();
    }

}
