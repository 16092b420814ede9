package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parts of an organization's paragraph that state a problem or a need ("our mentors quit after a few months",
 * « nous avons du mal à recruter », a question), apart from those that describe it ("we run group mentoring in two
 * schools", « nous offrons du mentorat de groupe »). A reason may say a topic was named as a challenge only when such a
 * part names it. Read clause by clause: a sentence, or the half of it after "but" or « mais ».
 */
final class StatedNeeds {

    private static final Pattern CLAUSES = Pattern.compile(
            "(?<=[.!?;:\\n])|(?=\\b(?:but|however|although|though|whereas|mais|cependant|pourtant|toutefois|alors que|"
                    + "tandis que)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Words that state a lack, a difficulty, a wish or a worry, in English and French (accents optional). */
    private static final Pattern NEED = Pattern.compile("\\b(?:"
            + "needs?|needed|struggl\\w*|hard(?:er)?|difficult\\w*|challeng\\w*|problems?|issues?|lack\\w*|short\\w*"
            + "|enough|too|few|fewer|no|not|none|nobody|nothing|\\w+n't|cannot|never|unable|fail\\w*|drop\\w*|leav\\w*"
            + "|left|quit\\w*|lose|loses|losing|lost|worr\\w*|concern\\w*|wants?|wanted|wish\\w*|hope\\w*|how|trouble\\w*"
            + "|burn\\w*|stress\\w*|fad\\w*|drift\\w*|stop\\w*|miss|missed|misses|missing|cancel\\w*|disengag\\w*|wary"
            + "|distrust\\w*|mistrust\\w*|poor\\w*|weak\\w*|gaps?|barriers?|risks?|asked|must|pressure\\w*|unclear"
            + "|unsure|overwhelm\\w*|overstretch\\w*|stretched|without|rarely|decline\\w*|falling|fall|falls|end early"
            + "|besoins?|difficil\\w*|mal|manqu\\w*|peine|probl[eè]m\\w*|d[eé]fis?|enjeux?|aucun\\w*|peu|pas|jamais|sans"
            + "|personne|rien|perd\\w*|quitt\\w*|abandon\\w*|d[eé]croch\\w*|partent|partis?|comment|inqui[eè]t\\w*"
            + "|souhait\\w*|voulons|voudrions|aimerions|cherch\\w*|faut|devons|doit|doivent|risqu\\w*|faibl\\w*"
            + "|[eé]puis\\w*|essouffl\\w*|annul\\w*|m[eé]fi\\w*|s'effrit\\w*|baiss\\w*|trop|insuffisan\\w*|lutt\\w*"
            + "|demand\\w*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private StatedNeeds() {
    }

    /** The clauses of the text that state a problem or a need, in order, each ending a sentence; empty for none. */
    static String in(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String clause : CLAUSES.split(text)) {
            String plain = clause.strip();
            if (!plain.isEmpty() && (plain.endsWith("?") || NEED.matcher(plain.toLowerCase(Locale.ROOT)
                    .replace('’', '\'')).find())) {
                kept.add(plain.endsWith(".") || plain.endsWith("?") || plain.endsWith("!") ? plain : plain + ".");
            }
        }
        return String.join(" ", kept);
    }
}
