package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
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
 * The plain baseline issue 11 measures the portal against: Lucene's BM25 with its English analyzer over two fields,
 * the title and the body (what the reader sees of the item: notes or summary, then the rest of its text), each term
 * scored in both fields and summed, with no weights, synonyms, spelling correction or French analysis.
 */
final class EnglishTitleBodyBaseline {

    private static final Map<String, Float> FIELDS = Map.of("title", 1f, "body", 1f);

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;

    EnglishTitleBodyBaseline(List<IndexEntry> entries) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (IndexEntry e : entries) {
                    Document doc = new Document();
                    doc.add(new StringField("id", e.id(), Field.Store.YES));
                    doc.add(new TextField("title", e.title(), Field.Store.NO));
                    doc.add(new TextField("body", MarkdownRenderer.toPlainText(e.notes()) + "\n\n"
                            + MarkdownRenderer.toPlainText(e.body()), Field.Store.NO));
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
            Query query = new SimpleQueryParser(analyzer, FIELDS).parse(text);
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
