package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * How the library writes a word: the spelling field holds words lower-cased and without accents ("benevoles"), and a
 * correction is shown as the library writes the word ("bénévoles"), its accents kept.
 */
final class LibrarySpelling {

    /** How many documents holding the word are read to see how they write it. */
    private static final int DOCUMENTS = 20;

    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source,
                    new LowerCaseFilter(new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES)));
        }
    };

    private LibrarySpelling() {
    }

    /**
     * The most common way the library's texts in the language write a word of the spelling field (in the other
     * language's texts when those never do); the word itself when no stored text does.
     *
     * @param typed
     *            the word as the reader typed it: typed with accents, it is shown with the library's accents
     * @param analysis
     *            when given, only documents whose texts hold the word are read (not those where only a label or a
     *            citation holds it)
     */
    static String written(String folded, String typed, IndexReader reader, String language, Analysis analysis)
            throws IOException {
        Forms forms = forms(folded, reader, language, analysis, false);
        // Typed with accents, the word is meant with them ("évalution": "évaluation", not English "evaluation").
        if (!fold(typed).equals(typed)) {
            java.util.Optional<String> accented = most(forms.inLanguage(), true)
                    .or(() -> most(forms.elsewhere(), true));
            if (accented.isPresent()) {
                return accented.get();
            }
        }
        return most(forms.inLanguage(), false).or(() -> most(forms.elsewhere(), false)).orElse(folded);
    }

    /**
     * How the language's texts write a word typed without accents, when they always write it with some ("benevoles":
     * "bénévoles"); empty when they also write it as typed ("a" and "à", "ou" and "où") or never use it.
     */
    static java.util.Optional<String> accented(String folded, IndexReader reader, String language, Analysis analysis)
            throws IOException {
        Map<String, Integer> inLanguage = forms(folded, reader, language, analysis, true).inLanguage();
        return inLanguage.containsKey(folded) ? java.util.Optional.empty() : most(inLanguage, true);
    }

    /** The ways the texts write a word, counted in the language's texts and in the other's. */
    private record Forms(Map<String, Integer> inLanguage, Map<String, Integer> elsewhere) {
    }

    /**
     * @param onlyLanguage
     *            read only the language's documents (else the documents holding the word most, in either language)
     */
    private static Forms forms(String folded, IndexReader reader, String language, Analysis analysis,
            boolean onlyLanguage) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.SPELL, folded)), BooleanClause.Occur.MUST);
        if (onlyLanguage) {
            query.add(org.apache.lucene.document.SortedDocValuesField.newSlowExactQuery(Fields.LANGUAGE,
                    new org.apache.lucene.util.BytesRef(language)), BooleanClause.Occur.FILTER);
        }
        if (analysis != null) {
            BooleanQuery.Builder inText = new BooleanQuery.Builder();
            for (String textLanguage : List.of("en", "fr")) {
                for (String field : List.of("title", "notes", "body")) {
                    for (String term : Speller.terms(analysis.index(), Fields.text(field, textLanguage), folded)) {
                        inText.add(new TermQuery(new Term(Fields.text(field, textLanguage), term)),
                                BooleanClause.Occur.SHOULD);
                    }
                }
            }
            query.add(inText.build(), BooleanClause.Occur.MUST);
        }
        Map<String, Integer> inLanguage = new LinkedHashMap<>();
        Map<String, Integer> elsewhere = new LinkedHashMap<>();
        for (ScoreDoc hit : searcher.search(query.build(), DOCUMENTS).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            List<String> texts = new ArrayList<>();
            texts.add(doc.get(Fields.TITLE_STORED));
            for (String textLanguage : List.of("en", "fr")) {
                texts.add(doc.get(Fields.text("notes", textLanguage)));
                texts.add(doc.get(Fields.text("body", textLanguage)));
            }
            for (String text : texts) {
                if (text != null) {
                    count(text, folded, language.equals(doc.get(Fields.LANGUAGE)) ? inLanguage : elsewhere);
                }
            }
        }
        return new Forms(inLanguage, elsewhere);
    }

    private static java.util.Optional<String> most(Map<String, Integer> forms, boolean accentedOnly) {
        return forms.entrySet().stream().filter(e -> !accentedOnly || !fold(e.getKey()).equals(e.getKey()))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static void count(String text, String folded, Map<String, Integer> forms) throws IOException {
        try (TokenStream tokens = WORDS.tokenStream(Fields.SPELL, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (fold(word).equals(folded)) {
                    forms.merge(word, 1, Integer::sum);
                }
            }
            tokens.end();
        }
    }

    private static String fold(String word) {
        char[] out = new char[word.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
        return new String(out, 0, length);
    }
}
