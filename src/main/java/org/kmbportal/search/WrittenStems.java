package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.kmbportal.platform.PlainText;

/**
 * A text's words as an analyzer reads them, each stem with the words of the text it came from as written and where it
 * stands, for {@link NamedTopics}: which label word a text says, and whether it says it or only a word the stemmer
 * cuts alike.
 */
final class WrittenStems {

    private WrittenStems() {
    }

    /** What ends a sentence between two words. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?;\\n]");

    /** Marks a stem that a synonym of the text's words gave, before the words it stands for. */
    static final String SYNONYM = "\u0000synonym";

    /**
     * Whether a word of the text is one of the label's words or a form of it: beyond what they share, the longer has
     * an ending of a few letters ("evaluate", "evaluation"), not a longer one ("responsible", "responsiveness").
     */
    static boolean formOf(String word, Set<String> labelWords) {
        if (labelWords == null) {
            return false;
        }
        for (String label : labelWords) {
            int common = 0;
            while (common < Math.min(word.length(), label.length()) && word.charAt(common) == label.charAt(common)) {
                common++;
            }
            if (common >= Math.max(word.length(), label.length()) - ENDING) {
                return true;
            }
        }
        return false;
    }

    /** A word as written, compared without case, accents or an elided article ("l'Évaluation" gives "evaluation"). */
    static String plain(String written) {
        String word = written.substring(Math.max(written.lastIndexOf('\''), written.lastIndexOf('’')) + 1);
        return PlainText.folded(word);
    }

    /** How many letters the longer of two forms of a word may have after what they share. */
    static final int ENDING = 4;

    /**
     * The text's words as the language's analyzer indexes them, prefixed by the language, each with the words of the
     * text it came from as written (lower case), or {@link #SYNONYM} and those words for a synonym the
     * analyzer added.
     */
    static Map<String, Set<String>> stems(Analyzer analyzer, String language, String text) {
        return stems(analyzer, language, text, new HashMap<>());
    }

    /** @param positions receives each stem's positions in the text (in words, as the analyzer counts them) */
    static Map<String, Set<String>> stems(Analyzer analyzer, String language, String text,
            Map<String, List<Integer>> positions) {
        Map<String, Set<String>> stems = new HashMap<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        try (TokenStream tokens = analyzer.tokenStream(Fields.text("title", language), text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            int lastEnd = 0;
            while (tokens.incrementToken()) {
                position += increment.getPositionIncrement();
                // A sentence's end puts its words out of reach of the next sentence's: "among their peers. Our
                // mentees" is not "peer mentees".
                if (offset.startOffset() > lastEnd && SENTENCE_END.matcher(text.substring(lastEnd,
                        offset.startOffset())).find()) {
                    position += NamedTopics.PAIR_DISTANCE + 1;
                }
                lastEnd = Math.max(lastEnd, offset.endOffset());
                if (term.length() > 2) {
                    positions.computeIfAbsent(language + ":" + term, k -> new ArrayList<>()).add(position);
                    String span = plain(text.substring(offset.startOffset(), offset.endOffset()));
                    String written = type.type().equals("SYNONYM") ? SYNONYM + span : span;
                    stems.computeIfAbsent(language + ":" + term, k -> new HashSet<>()).add(written);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}
