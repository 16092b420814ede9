package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parts of an organization's paragraph that state a problem or a need ("our mentors quit after a few months",
 * « nous avons du mal à recruter », a question), apart from those that describe it ("we run group mentoring in two
 * schools", « nous offrons du mentorat de groupe »), or that say it is no problem ("funding is not a problem for us",
 * « nous n’avons aucune difficulté à recruter »). A reason may say a topic was named as a challenge only when such a
 * part names it. Read clause by clause: a sentence, a part of it ended by ";", ":" or "…", or the half of it after
 * "but" or « mais ».
 */
final class StatedNeeds {

    private static final Pattern CLAUSES = Pattern.compile(
            "(?<=[.!?;:…\\n])|(?=\\b(?:but|however|although|though|whereas|mais|cependant|pourtant|toutefois|alors que|"
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
            + "|besoins?|difficil\\w*|mal|manqu\\w*|peine|mis[eè]re|probl[eè]m\\w*|d[eé]fis?|enjeux?|soucis?|aucun\\w*|peu|pas|jamais|sans"
            + "|personne|rien|perd\\w*|quitt\\w*|abandon\\w*|d[eé]croch\\w*|partent|partis?|comment|inqui[eè]t\\w*"
            + "|souhait\\w*|voulons|voudrions|aimerions|cherch\\w*|faut|devons|doit|doivent|risqu\\w*|faibl\\w*"
            + "|[eé]puis\\w*|essouffl\\w*|annul\\w*|m[eé]fi\\w*|s'effrit\\w*|baiss\\w*|trop|insuffisan\\w*|lutt\\w*"
            + "|demand\\w*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A problem or need word said not to be one, in English and French: a negation shortly before it ("not a problem",
     * "no trouble", "isn't an issue", "never a concern", "don't need", « n’est pas un problème », « aucune
     * difficulté », « pas besoin », « pas mal de »), or a lack denied (« ne manquons pas de », "never short of"); and
     * what is said to go well ("goes well", "we have plenty of", « ça va bien »), and "too" ending a clause. Such words are taken out of a clause
     * before it is read for a need, so "We have no trouble recruiting mentors" states none.
     */
    private static final Pattern NOT_A_NEED = Pattern.compile("\\b(?:"
            // « plus » only after « ne »/« n’ » (« n’avons plus de souci »): « de plus en plus de problèmes » is one.
            + "(?:no|not|never|nor|without|hardly|\\w+n't|pas|jamais|aucun\\w*|(?<=\\bn[e'] ?[a-zàâäéèêëîïôöùûüç']{1,12} (?:[a-zàâäéèêëîïôöùûüç']{1,12} )?)plus"
            + "|sans|ni|gu[eè]re)"
            // Only small words between the negation and the problem: "not really a big problem", « pas un vrai
            // problème »; not "don't know how to solve the problem", « pas comment régler le problème ».
            + "(?:\\s+(?:a|an|the|any|real|big|major|great|serious|much|particular|really|that|so|very|too|at|all"
            + "|been|be|is|was|are|were|longer|more|ever|of|have|has|had|for|us|with|face|faced|see|seen|un|une|de"
            + "|d'|du|des|le|la|les|vraie?|vraiment|grande?|grosse?|r[eé]el\\w*|[eé]t[eé]|eu|encore|tellement|si"
            + "|tr[eè]s|nous|avec|pose\\w*|repr[eé]sente\\w*|constitue\\w*|est|sont|avons|ont|fait|face)){0,3}"
            + "\\s+(?:d'|l')?(?:problems?|issues?|challeng\\w*|concerns?|concerned|troubles?|difficult\\w*"
            + "|struggl\\w*|worr\\w*|hard|barriers?|obstacles?|need|needs|needed|lack\\w*|short\\w*|probl[eè]m\\w*"
            + "|difficil\\w*|d[eé]fis?|enjeux?|soucis?|mal|peine|inqui[eè]t\\w*|besoins?|manqu\\w*|lutt\\w*"
            + "|risqu\\w*)\\b"
            + "|\\bne\\s+(?:manqu\\w*|risqu\\w*|lutt\\w*|peine\\w*|inqui[eè]t\\w*)\\s+(?:pas|jamais|plus|gu[eè]re)"
            + "|\\b(?:goes|going|went|gone|works?|working|worked|runs?|running|ran)\\s+(?:very\\s+|really\\s+"
            + "|quite\\s+)?(?:well|smoothly|fine)\\b|\\b(?:have|has|had)\\s+(?:plenty|lots|more than enough|enough)"
            + "|\\bplenty of|\\bno shortage of|\\b[cç]a\\s+(?:va|se passe|marche|roule)\\s+(?:tr[eè]s\\s+)?bien"
            + "|\\b(?:va|vont|fonctionne\\w*|marche\\w*|passe\\w*)\\s+(?:tr[eè]s\\s+)?bien\\b"
            + "|\\b(?:avons|a|ont)\\s+(?:assez|suffisamment|beaucoup)\\s+(?:de|d')"
            // "too" that ends a clause is "also" ("we have plenty of trainers too"), not "too few".
            + "|\\btoo(?=\\s*(?:[.!?;:…,]|$)))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private StatedNeeds() {
    }

    /** The clauses of the text that state a problem or a need, in order, each ending a sentence; empty for none. */
    static String in(String text) {
        return String.join(" ", clauses(text));
    }

    /** The clauses of the text that state a problem or a need, in order, each ending a sentence. */
    static List<String> clauses(String text) {
        return read(text, true);
    }

    /**
     * The clauses of the text that say a problem or need is none ("funding is not a problem for us", « aucun souci
     * avec le recrutement »), and state no other, in order, each ending a sentence.
     */
    static List<String> denied(String text) {
        return read(text, false);
    }

    /** The text without the clauses that say a problem or need is none ({@link #denied}), the rest as written. */
    static String withoutDenied(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String clause : CLAUSES.split(text)) {
            if (kind(clause.strip()) != Kind.DENIED) {
                kept.append(clause);
            }
        }
        return kept.toString().strip();
    }

    private enum Kind {
        NEED, DENIED, OTHER
    }

    private static Kind kind(String clause) {
        if (clause.isEmpty()) {
            return Kind.OTHER;
        }
        String lower = clause.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (clause.endsWith("?") || NEED.matcher(NOT_A_NEED.matcher(lower).replaceAll(" ")).find()) {
            return Kind.NEED;
        }
        return NOT_A_NEED.matcher(lower).find() ? Kind.DENIED : Kind.OTHER;
    }

    private static List<String> read(String text, boolean needs) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (String clause : CLAUSES.split(text)) {
            String plain = clause.strip();
            if (kind(plain) == (needs ? Kind.NEED : Kind.DENIED)) {
                kept.add(plain.endsWith(".") || plain.endsWith("?") || plain.endsWith("!") ? plain : plain + ".");
            }
        }
        return kept;
    }
}
