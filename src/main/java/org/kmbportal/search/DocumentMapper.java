package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.kmbportal.web.MarkdownRenderer;
import org.kmbportal.library.Taxonomy;

/**
 * Maps an {@link IndexEntry} to a Lucene document: a pure function of the entry and the taxonomy. Text goes to the
 * fields of its language; the labels of its terms go in both languages, so a French query finds an English resource
 * about the same subject and the other way round.
 */
final class DocumentMapper {

    /**
     * The version of this mapping. An index built by another version is rebuilt at start-up: a new field, a changed
     * analyzer or doc-values layout reaches every document, not just those edited since.
     */
    static final String VERSION = "10";

    private static final FieldType SNIPPET_TEXT = snippetText();
    /** Spelling only needs which words occur, in how many documents: no frequencies, positions or norms. */
    private static final FieldType WORDS_ONLY = wordsOnly();
    private static final String BUNDLE = "org.kmbportal.web.messages";

    private final Taxonomy taxonomy;
    private final FacetsConfig facets;

    DocumentMapper(Taxonomy taxonomy, FacetsConfig facets) {
        this.taxonomy = taxonomy;
        this.facets = facets;
    }

    /** The entry's document, its sentence embedding encoded here (tests and the benchmark's reference). */
    Document map(IndexEntry entry) {
        return map(entry, SentenceEncoder.embed(meaningText(entry)));
    }

    /** The entry's document with the given sentence embedding (null: indexed by its words alone). */
    Document map(IndexEntry entry, float[] meaning) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, entry.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(entry.id())));
        doc.add(new NumericDocValuesField(Fields.VERSION, entry.version()));
        doc.add(new StoredField(Fields.TITLE_STORED, entry.title()));
        doc.add(new StoredField(Fields.TYPE, entry.type()));
        doc.add(new SortedDocValuesField(Fields.TYPE, new BytesRef(entry.type())));
        doc.add(new StoredField(Fields.LANGUAGE, entry.language()));
        doc.add(new SortedDocValuesField(Fields.LANGUAGE, new BytesRef(entry.language())));
        String group = entry.translationOf().isEmpty() ? entry.id() : entry.translationOf();
        doc.add(new StringField(Fields.TRANSLATION_GROUP, group, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.TRANSLATION_GROUP, new BytesRef(group)));
        if (!entry.design().isEmpty()) {
            doc.add(new SortedDocValuesField(Fields.DESIGN, new BytesRef(entry.design())));
        }
        if (entry.year() != null) {
            doc.add(new IntPoint(Fields.YEAR, entry.year()));
            doc.add(new NumericDocValuesField(Fields.YEAR, entry.year()));
            doc.add(new StoredField(Fields.YEAR, entry.year()));
        }
        doc.add(new NumericDocValuesField(Fields.PUBLISHED,
                entry.published() == null ? 0 : entry.published().toEpochDay()));

        String language = entry.language();
        doc.add(new TextField(Fields.text("title", language), entry.title(), Field.Store.NO));
        doc.add(new TextField(Fields.text("citation", language), entry.citation(), Field.Store.NO));
        // Each text is rendered once (the Markdown rendering was a tenth of a rebuild's mapping and indexing) and
        // serves its own field and the spelling field alike.
        String notes = MarkdownRenderer.toPlainText(entry.notes());
        doc.add(new Field(Fields.text("notes", language), notes, SNIPPET_TEXT));
        String body = MarkdownRenderer.toPlainText(entry.body());
        doc.add(new Field(Fields.text("body", language), body, SNIPPET_TEXT));
        // A collection's curator is a person shown on the collection (read from the collection itself), not words it
        // is about: "Marcel Mentor" made his thin collection the first hit for "mentor burnout". A resource's authors
        // stay searchable ("Rhodes 2006").
        List<String> authors = "collection".equals(entry.type()) ? List.of() : entry.authors();
        for (String author : authors) {
            doc.add(new TextField(Fields.AUTHORS, author, Field.Store.YES));
        }
        String labelsEn = labels(entry, "en");
        String labelsFr = labels(entry, "fr");
        doc.add(new TextField(Fields.text("terms", "en"), labelsEn, Field.Store.NO));
        doc.add(new TextField(Fields.text("terms", "fr"), labelsFr, Field.Store.NO));
        doc.add(new Field(Fields.SPELL, String.join(" ", entry.title(), entry.citation(), String.join(" ",
                authors), notes, body, labelsEn, labelsFr), WORDS_ONLY));
        if (meaning != null) {
            doc.add(new KnnFloatVectorField(Fields.MEANING, meaning, VectorSimilarityFunction.COSINE));
        }
        for (String item : entry.items()) {
            doc.add(new StoredField(Fields.ITEM, item));
        }
        doc.add(new TextField(Fields.SUGGEST, entry.title() + " " + String.join(" ", authors), Field.Store.NO));

        doc.add(new SortedSetDocValuesFacetField(Fields.TYPE, entry.type()));
        doc.add(new SortedSetDocValuesFacetField(Fields.LANGUAGE, language));
        if (!entry.design().isEmpty()) {
            doc.add(new SortedSetDocValuesFacetField(Fields.DESIGN, entry.design()));
        }
        entry.terms().forEach((vocabulary, keys) -> {
            for (String key : keys) {
                doc.add(new SortedSetDocValuesFacetField(Fields.dimension(vocabulary), key));
                doc.add(new StringField(Fields.TERM, vocabulary + "=" + key, Field.Store.YES));
                doc.add(new SortedSetDocValuesField(Fields.TERM, new BytesRef(vocabulary + "=" + key)));
            }
        });
        entry.conditions().forEach((facet, values) -> {
            doc.add(new StringField(Fields.CONDITION_FACET, facet, Field.Store.NO));
            for (String value : values) {
                doc.add(new StringField(Fields.CONDITION, facet + "=" + value, Field.Store.YES));
                doc.add(new SortedSetDocValuesField(Fields.CONDITION, new BytesRef(facet + "=" + value)));
            }
        });
        entry.cautions().forEach((facet, values) -> {
            for (String value : values) {
                doc.add(new SortedSetDocValuesField(Fields.CAUTION, new BytesRef(facet + "=" + value)));
            }
        });
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the item is about, in the words a reader would use: its title and its notes (a guide's summary). */
    static String meaningText(IndexEntry entry) {
        return entry.title() + ". " + MarkdownRenderer.toPlainText(entry.notes());
    }

    /** The labels of the entry's terms, its type and its design, in one language. */
    private String labels(IndexEntry entry, String language) {
        List<String> labels = new ArrayList<>();
        entry.terms().forEach((vocabulary, keys) -> keys
                .forEach(key -> labels.add(taxonomy.label(vocabulary, key, language))));
        labels.add(message(language, "type." + entry.type()));
        if (!entry.design().isEmpty()) {
            labels.add(message(language, "design." + entry.design()));
        }
        return String.join(". ", labels);
    }

    private static String message(String language, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language)).getString(key);
        } catch (MissingResourceException e) {
            return "";
        }
    }

    private static FieldType snippetText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType wordsOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
