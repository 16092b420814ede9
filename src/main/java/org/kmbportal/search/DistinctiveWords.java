package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The words that tell most about a long text, picked as More-Like-This picks a document's terms: each informative
 * word weighs how often the text uses it times how rare it is in the library (BM25's idf, over titles, notes and
 * bodies in both languages, its synonyms included), and the best few are kept. A word the library holds in no form
 * cannot match anything and is left out. Lucene's {@code MoreLikeThis} returns analyzed terms, but the query parser
 * needs the words as written (to add their synonyms and the other language's), hence this small version of it.
 */
final class DistinctiveWords {

    /** As many words as More-Like-This keeps by default. */
    static final int MAX_WORDS = 25;

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[-'’]+|[-'’]+$");
    private static final List<String> FIELDS = List.of("title", "notes", "body");
    private static final CharArraySet STOP = StopWords.bothLanguages();

    private DistinctiveWords() {
    }

    /**
     * The text's words without function words or operators, in the order written (repeats kept, so they count):
     * letters and digits, with inner apostrophes and hyphens.
     */
    static List<String> informative(String text) {
        List<String> kept = new ArrayList<>();
        if (text == null) {
            return kept;
        }
        for (String word : SPLIT.split(text)) {
            String clean = EDGE_MARKS.matcher(word).replaceAll("");
            if (clean.length() > 1 && !STOP.contains(clean.toLowerCase(Locale.ROOT))) {
                kept.add(clean);
            }
        }
        return kept;
    }

    /**
     * At most {@code max} distinct words, the most distinctive first (ties: the first written). Without a reader (no
     * statistics), the first {@code max} distinct words.
     */
    static List<String> pick(List<String> words, IndexReader reader, Analyzer analyzer, int max) {
        Map<String, Candidate> byWord = new LinkedHashMap<>();
        for (String word : words) {
            byWord.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new Candidate(word, byWord.size())).uses++;
        }
        if (reader == null) {
            return byWord.values().stream().limit(max).map(c -> c.word).toList();
        }
        int documents = Math.max(1, reader.numDocs());
        List<Candidate> found = new ArrayList<>();
        for (Candidate candidate : byWord.values()) {
            long frequency = documentFrequency(candidate.word, reader, analyzer);
            if (frequency > 0) {
                candidate.weight = candidate.uses * Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
                found.add(candidate);
            }
        }
        found.sort(Comparator.comparingDouble((Candidate c) -> c.weight).reversed()
                .thenComparingInt(c -> c.position));
        return found.stream().limit(max).map(c -> c.word).toList();
    }

    /**
     * In how many documents the word, or one of its synonyms, appears (the most of any field and language). A
     * language's fields share its analyzer, so the word is analyzed once per language.
     */
    private static long documentFrequency(String word, IndexReader reader, Analyzer analyzer) {
        long most = 0;
        try {
            for (String language : List.of("en", "fr")) {
                List<BytesRef> terms = terms(analyzer, Fields.text(FIELDS.get(0), language), word);
                for (String field : FIELDS) {
                    String name = Fields.text(field, language);
                    for (BytesRef term : terms) {
                        most = Math.max(most, reader.docFreq(new Term(name, term)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return most;
    }

    /**
     * The share of the documents in the language that hold the word or one of its synonyms (in the title, notes or
     * body); 0 when the library has no document in the language.
     */
    static double share(String word, String language, IndexReader reader, Analyzer analyzer) {
        try {
            long documents = 0;
            long most = 0;
            for (String field : FIELDS) {
                String name = Fields.text(field, language);
                documents = Math.max(documents, reader.getDocCount(name));
                for (BytesRef term : terms(analyzer, Fields.text(FIELDS.get(0), language), word)) {
                    most = Math.max(most, reader.docFreq(new Term(name, term)));
                }
            }
            return documents == 0 ? 0 : (double) most / documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<BytesRef> terms(Analyzer analyzer, String field, String text) throws IOException {
        List<BytesRef> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
            }
            stream.end();
        }
        return terms;
    }

    private static final class Candidate {
        final String word;
        final int position;
        int uses;
        double weight;

        Candidate(String word, int position) {
            this.word = word;
            this.position = position;
        }
    }
}
