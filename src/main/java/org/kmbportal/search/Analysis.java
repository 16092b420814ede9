package org.kmbportal.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analyzers. Text is analyzed by the language it is written in: English with possessives removed and Porter
 * stemming, French with elisions removed and light stemming; both lower-cased and accent-folded, so "evaluation"
 * finds "évaluation". The taxonomy's synonym groups apply at query time, per language, so a synonym change needs no
 * reindexing. British and American spellings are one word ({@link SpellingFolding}). Names (authors, containers) are
 * only folded, never stemmed.
 */
public final class Analysis {

    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    /** The readings for an English and a French reader ({@link #forReader}); null in those readings themselves. */
    private final Map<String, Analysis> readers;

    /** @param synonyms language to synonym groups (each a comma-separated line), as in taxonomy.yaml */
    public Analysis(Map<String, List<String>> synonyms) {
        List<String> glossary = Glossary.groups();
        SynonymMap en = synonymMap("en", concat(synonyms.getOrDefault("en", List.of()), glossary));
        SynonymMap fr = synonymMap("fr", concat(synonyms.getOrDefault("fr", List.of()), glossary));
        this.indexAnalyzer = perField(language("en", null), language("fr", null));
        this.queryAnalyzer = perField(language("en", en), language("fr", fr));
        SynonymMap enForFrench = synonymMap("en", concat(synonyms.getOrDefault("en", List.of()), translated("fr")));
        SynonymMap frForEnglish = synonymMap("fr", concat(synonyms.getOrDefault("fr", List.of()), translated("en")));
        this.readers = Map.of(
                "en", new Analysis(indexAnalyzer, perField(language("en", en), language("fr", frForEnglish))),
                "fr", new Analysis(indexAnalyzer, perField(language("en", enForFrench), language("fr", fr))));
    }

    private Analysis(Analyzer index, Analyzer query) {
        this.indexAnalyzer = index;
        this.queryAnalyzer = query;
        this.readers = null;
    }

    /**
     * The analysis of what a reader of the language typed: in the other language's fields, a word of the reader's
     * side of the glossary reaches only its translations, not itself. A French reader's « pairs » (peers) reached
     * English texts' "pair" by its English stem, and « formation » (training) "format" (user session): the glossary's
     * lines were one synonym group in both languages' fields. A word the glossary writes on both sides (« parents »,
     * "évaluation") still reaches itself. The reader's own language's fields read as {@link #query} does, so a word of
     * the other language typed on the reader's page still finds texts in both.
     */
    public Analysis forReader(String language) {
        if (readers == null) {
            return this;
        }
        return readers.get("fr".equals(language) ? "fr" : "en");
    }

    /**
     * The glossary's rules for the fields of the language other than the reader's: each line's words of that
     * language are synonyms of one another, and the reader's words the other side does not write become them.
     */
    private static List<String> translated(String reader) {
        String other = "fr".equals(reader) ? "en" : "fr";
        java.util.Set<String> otherSide = new java.util.HashSet<>();
        Glossary.lines().forEach(line -> otherSide.addAll(line.side(other)));
        List<String> rules = new java.util.ArrayList<>();
        for (Glossary.Line line : Glossary.lines()) {
            String targets = String.join(", ", line.side(other));
            if (line.side(other).size() > 1) {
                rules.add(targets);
            }
            for (String word : line.side(reader)) {
                rules.add(word + " => " + targets + (otherSide.contains(word) ? ", " + word : ""));
            }
        }
        return rules;
    }

    public Analyzer index() {
        return indexAnalyzer;
    }

    public Analyzer query() {
        return queryAnalyzer;
    }

    private static Analyzer perField(Analyzer english, Analyzer french) {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String field : Fields.TEXT_FIELDS) {
            fields.put(field + "_en", english);
            fields.put(field + "_fr", french);
        }
        fields.put(Fields.SUGGEST, suggest());
        return new PerFieldAnalyzerWrapper(plain(), fields);
    }

    /** Words lower-cased and accent-folded, nothing removed: names, the spelling field, suggestion queries. */
    public static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(stream)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Word prefixes from 2 characters, so a few typed letters find a title or a name. */
    static Analyzer suggest() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, new EdgeNGramTokenFilter(stream, 2, 20, true));
            }
        };
    }

    /** The analyzer for text in one language, with that language's synonyms when a map is given (queries). */
    static Analyzer language(String language, SynonymMap synonyms) {
        boolean french = language.equals("fr");
        CharArraySet stopWords = folded(StopWords.bothLanguages());
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                // A query (synonyms given) may be French typed on the English page: "l'évaluation" is read as
                // "évaluation" by the English fields too, as the French ones do, not as a word no text has. English
                // texts have no such elisions, so the index's English analysis stays as it was.
                TokenStream stream = folded(french || synonyms != null, french, source);
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                stream = new StopFilter(stream, stopWords);
                stream = french ? new FrenchLightStemFilter(stream) : new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static TokenStream folded(boolean elisions, boolean french, Tokenizer source) {
        TokenStream stream = elisions ? new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES) : source;
        if (!french) {
            stream = new EnglishPossessiveFilter(stream);
        }
        // Both languages' fields: an English query is read in the French fields too, and "centre", "programme",
        // "organisation" are French words as well; read the same way at index and query time.
        return SpellingFolding.filter(new ASCIIFoldingFilter(new LowerCaseFilter(stream)));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static SynonymMap synonymMap(String language, List<String> groups) {
        if (groups.isEmpty()) {
            return null;
        }
        boolean french = language.equals("fr");
        Analyzer normalizer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                // Read as the queries they serve are read: elisions removed in either language.
                return new TokenStreamComponents(source, folded(true, french, source));
            }
        };
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, normalizer);
            parser.parse(new StringReader(String.join("\n", groups)));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("A synonym group for '" + language + "' cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static CharArraySet folded(CharArraySet words) {
        CharArraySet folded = new CharArraySet(words.size() * 2, true);
        for (Object word : words) {
            char[] chars = (char[]) word;
            char[] out = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
            folded.add(new String(chars));
            folded.add(new String(out, 0, length));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
