package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.kmbportal.web.MarkdownRenderer;

/**
 * The baseline search relevance is measured against: the same documents in one field, Lucene's standard analyzer,
 * BM25, no field weights, no stemming, no synonyms, no spelling correction.
 */
final class PlainBm25Baseline {

    private final IndexSearcher searcher;

    PlainBm25Baseline(List<IndexEntry> entries) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (IndexEntry e : entries) {
                    Document doc = new Document();
                    doc.add(new StringField("id", e.id(), Field.Store.YES));
                    doc.add(new TextField("all", String.join("\n", e.title(), String.join(", ", e.authors()),
                            e.citation(), MarkdownRenderer.toPlainText(e.notes()),
                            MarkdownRenderer.toPlainText(e.body())), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> search(String text, int k) {
        try {
            Query query = new SimpleQueryParser(new StandardAnalyzer(), "all").parse(text);
            List<String> ids = new ArrayList<>();
            if (query == null) {
                return ids;
            }
            for (ScoreDoc hit : searcher.search(query, k).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
