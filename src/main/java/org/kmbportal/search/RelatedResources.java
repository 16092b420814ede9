package org.kmbportal.search;

import org.kmbportal.library.RelatedIds;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Resources related to one: those sharing its topics and other terms, and those whose words are most like its own
 * (more-like-this), leaving out the resource itself and its translations.
 */
@ApplicationScoped
public class RelatedResources implements RelatedIds {

    private static final float TOPIC_WEIGHT = 3f;
    private static final float TERM_WEIGHT = 1f;

    @Inject
    SearchIndex index;

    @Override
    public List<String> resourcesRelatedTo(String id, int size) {
        return related(id, size).orElse(List.of()).stream().filter(h -> !"collection".equals(h.type()))
                .map(SearchResult.Hit::id).toList();
    }

    /** Empty when the id is not in the index (unknown or unpublished). */
    public Optional<List<SearchResult.Hit>> related(String id, int size) {
        return index.withSearcher(searcher -> {
            try {
                TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
                if (self.scoreDocs.length == 0) {
                    return Optional.<List<SearchResult.Hit>> empty();
                }
                int docId = self.scoreDocs[0].doc;
                Document doc = searcher.storedFields().document(docId);
                Query query = query(searcher, docId, doc);
                List<SearchResult.Hit> hits = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, size).scoreDocs) {
                    hits.add(ListedHits.hit(searcher.storedFields().document(hit.doc), hit.score,
                            ""));
                }
                return Optional.of(hits);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Query query(IndexSearcher searcher, int docId, Document doc) throws IOException {
        String language = doc.get(Fields.LANGUAGE);
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        for (String term : doc.getValues(Fields.TERM)) {
            float weight = term.startsWith("topics=") ? TOPIC_WEIGHT : TERM_WEIGHT;
            terms.add(new BoostQuery(new TermQuery(new Term(Fields.TERM, term)), weight), BooleanClause.Occur.SHOULD);
        }
        MoreLikeThis likeThis = new MoreLikeThis(searcher.getIndexReader());
        likeThis.setAnalyzer(index.analysis().index());
        likeThis.setMinTermFreq(1);
        likeThis.setMinDocFreq(2);
        likeThis.setMaxQueryTerms(25);
        likeThis.setBoost(true);
        String notes = Fields.text("notes", language);
        String body = Fields.text("body", language);
        likeThis.setFieldNames(new String[]{notes, body});
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        words.add(likeThis.like(docId), BooleanClause.Occur.SHOULD);
        String title = doc.get(Fields.TITLE_STORED);
        likeThis.setFieldNames(new String[]{Fields.text("title", language)});
        words.add(likeThis.like(Fields.text("title", language), new StringReader(title)), BooleanClause.Occur.SHOULD);

        String group = doc.get(Fields.TRANSLATION_GROUP);
        return new BooleanQuery.Builder().add(terms.build(), BooleanClause.Occur.SHOULD)
                .add(words.build(), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.TRANSLATION_GROUP, group)), BooleanClause.Occur.MUST_NOT)
                .add(new TermQuery(new Term(Fields.ID, group)), BooleanClause.Occur.MUST_NOT)
                .setMinimumNumberShouldMatch(1).build();
    }
}
