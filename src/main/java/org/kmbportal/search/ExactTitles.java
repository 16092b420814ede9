package org.kmbportal.search;

import org.kmbportal.platform.PlainText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.QueryBuilder;

/**
 * A query that is an item's exact title (or its title before the subtitle), in either language, puts that item
 * first: the reader's version of it, with "also in" the other. Typed in the other language, such a title found the
 * reader's version only by the few words the two titles share, since only the reader's version of a resource takes
 * part in a search, so an exact French title on the English page ranked its resource fourth or tenth. Case, accents
 * and punctuation do not count; a title of a single word is not taken as exact (it is an ordinary query).
 */
final class ExactTitles {

    private static final int CANDIDATES = 10;
    private static final int MIN_WORDS = 2;

    private ExactTitles() {
    }

    /**
     * The documents to show first for the query, in the reader's language where the item has a version in it, that
     * the filter (the request's facets and years, no words) accepts; empty for most queries.
     */
    static List<Integer> of(IndexSearcher searcher, String normalized, Analysis analysis, String readerLanguage,
            Query filter) throws IOException {
        String key = key(normalized);
        if (key.split(" ").length < MIN_WORDS) {
            return List.of();
        }
        BooleanQuery.Builder phrases = new BooleanQuery.Builder();
        QueryBuilder builder = new QueryBuilder(analysis.index());
        boolean any = false;
        for (String language : List.of("en", "fr")) {
            String field = Fields.text("title", language);
            Query phrase = builder.createPhraseQuery(field, normalized);
            if (phrase != null) {
                phrases.add(phrase, BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        if (!any) {
            return List.of();
        }
        Set<Integer> shown = new LinkedHashSet<>();
        for (ScoreDoc hit : searcher.search(phrases.build(), CANDIDATES).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            if (!matches(key, doc.get(Fields.TITLE_STORED))) {
                continue;
            }
            List<Integer> versions = new ArrayList<>();
            for (Document other : Translations.otherVersions(searcher, doc)) {
                if (readerLanguage.equals(other.get(Fields.LANGUAGE))) {
                    versions.add(docOf(searcher, other.get(Fields.ID)));
                }
            }
            versions.add(hit.doc);
            for (int version : versions) {
                if (version >= 0 && accepted(searcher, version, filter)) {
                    shown.add(version);
                    break;
                }
            }
        }
        return List.copyOf(shown);
    }

    /**
     * The ranking with these documents first (and the other versions of their items left out); the total counts
     * those that were not in it.
     */
    static TopDocs first(IndexSearcher searcher, TopDocs ranking, List<Integer> docs) throws IOException {
        if (docs.isEmpty()) {
            return ranking;
        }
        Set<String> groups = new java.util.HashSet<>();
        for (int doc : docs) {
            groups.add(Translations.version(searcher, doc).group());
        }
        float top = ranking.scoreDocs.length == 0 ? 1 : ranking.scoreDocs[0].score;
        List<ScoreDoc> ordered = new ArrayList<>();
        for (int doc : docs) {
            ordered.add(new ScoreDoc(doc, top));
        }
        int dropped = 0;
        for (ScoreDoc hit : ranking.scoreDocs) {
            if (groups.contains(Translations.version(searcher, hit.doc).group())) {
                dropped++;
            } else {
                ordered.add(hit);
            }
        }
        long total = Math.max(ordered.size(), ranking.totalHits.value() - dropped + docs.size());
        return new TopDocs(new TotalHits(total, ranking.totalHits.relation()), ordered.toArray(ScoreDoc[]::new));
    }

    /** Whether the query is the title, or the title before its subtitle ("… : …", "…? …"). */
    static boolean matches(String key, String title) {
        if (title == null) {
            return false;
        }
        if (key.equals(key(title))) {
            return true;
        }
        int cut = title.indexOf(':');
        return cut > 0 && key.equals(key(title.substring(0, cut)));
    }

    /** Lower-cased, accents folded, every run of marks and spaces one space. */
    static String key(String text) {
        String folded = PlainText.folded(text == null ? "" : text);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static int docOf(IndexSearcher searcher, String id) throws IOException {
        ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1).scoreDocs;
        return hits.length == 0 ? -1 : hits[0].doc;
    }

    private static boolean accepted(IndexSearcher searcher, int doc, Query filter) throws IOException {
        String id = searcher.storedFields().document(doc).get(Fields.ID);
        Query one = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER).build();
        return searcher.count(one) > 0;
    }
}
