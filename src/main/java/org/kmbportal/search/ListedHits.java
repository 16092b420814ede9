package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * A page of a search's results as the reader sees them: each resource once, in the reader's language where only the
 * other language's version matched, with its snippet, its other version named, and whether it is a strong match.
 */
final class ListedHits {

    private ListedHits() {
    }

    static List<SearchResult.Hit> of(IndexSearcher searcher, Analysis analysis, Query text, TopDocs top,
            SearchRequest request, long strong) throws IOException {
        int from = Math.min(top.scoreDocs.length, (request.page() - 1) * request.size());
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        int[] docIds = java.util.Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        StoredFields stored = searcher.storedFields();
        // Where only the other language's version matched, the reader's version takes its place.
        List<Document> shown = new ArrayList<>();
        List<Document> alsoIn = new ArrayList<>();
        // The documents read here, by the place of their number in docIds: the highlighter takes their texts.
        Document[] read = new Document[page.length];
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc);
            List<Document> others = Translations.otherVersions(searcher, doc);
            // Not when the query asks for exact words (an excluded word, a phrase): the reader's version may not
            // say them, or say what was excluded.
            Optional<Document> readers = request.readerLanguage().equals(doc.get(Fields.LANGUAGE))
                    || HybridRanking.asksForExactWords(request.query())
                    || !request.filters().getOrDefault(Fields.LANGUAGE, List.of(request.readerLanguage()))
                            .contains(request.readerLanguage())
                                    ? Optional.empty()
                                    : Translations.versionIn(others, request.readerLanguage());
            if (readers.isPresent()) {
                docIds[i] = docId(searcher, readers.get().get(Fields.ID), docIds[i]);
                alsoIn.add(doc);
                shown.add(readers.get());
            } else {
                alsoIn.add(others.isEmpty() ? null : others.get(0));
                shown.add(doc);
                read[i] = doc;
            }
        }
        String[] snippets = Snippets.forHits(searcher, analysis.index(), text, docIds, read);
        List<SearchResult.Hit> hits = new ArrayList<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (int i = 0; i < page.length; i++) {
            if (!listed.add(shown.get(i).get(Fields.ID))) {
                continue;
            }
            hits.add(hit(shown.get(i), Float.isNaN(page[i].score) ? 0f : page[i].score, snippets[i],
                    alsoIn.get(i)).asStrong(from + i < strong));
        }
        return hits;
    }

    private static int docId(IndexSearcher searcher, String id, int otherwise) throws IOException {
        TopDocs found = searcher.search(new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(Fields.ID, id)), 1);
        return found.scoreDocs.length == 0 ? otherwise : found.scoreDocs[0].doc;
    }

    static SearchResult.Hit hit(Document doc, float score, String snippet, Document translation) {
        SearchResult.Hit hit = hit(doc, score, snippet);
        if (translation == null) {
            return hit;
        }
        return new SearchResult.Hit(hit.id(), hit.type(), hit.title(), hit.language(), hit.year(), hit.score(),
                hit.snippet(), translation.get(Fields.ID), translation.get(Fields.LANGUAGE));
    }

    static SearchResult.Hit hit(Document doc, float score, String snippet) {
        Number year = doc.getField(Fields.YEAR) == null ? null : doc.getField(Fields.YEAR).numericValue();
        return new SearchResult.Hit(doc.get(Fields.ID), doc.get(Fields.TYPE), doc.get(Fields.TITLE_STORED),
                doc.get(Fields.LANGUAGE), year == null ? null : year.intValue(), score, snippet);
    }
}
