package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;

/**
 * Every indexed item's matching features, gathered from doc values when a searcher is opened (on refresh, off the
 * request path), so ranking a profile against the whole library needs no disk access. Segments never change once
 * written, so what was read from one is kept for the next searchers (one catalog per index generation): a refresh
 * after a change reads only the new segments, and drops the deleted documents of the others.
 */
final class Catalog {

    /** Per segment (its core), the entries by document number; null where a document has none. */
    private final Map<Object, CatalogEntry[]> segments = new HashMap<>();
    private final Map<String, String> interned = new HashMap<>();

    /**
     * What a searcher keeps of its reader: every live entry, and each segment's entries by document number (indexed
     * as the reader's leaves, a leaf's {@code ord}; null where a document has none, deleted ones included).
     */
    record Read(List<CatalogEntry> entries, CatalogEntry[][] byLeaf) {
    }

    synchronized List<CatalogEntry> read(IndexReader reader) throws IOException {
        return readAll(reader).entries();
    }

    synchronized Read readAll(IndexReader reader) throws IOException {
        List<CatalogEntry> entries = new ArrayList<>(reader.numDocs());
        CatalogEntry[][] byLeaf = new CatalogEntry[reader.leaves().size()][];
        Map<Object, CatalogEntry[]> current = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader segment = leaf.reader();
            IndexReader.CacheHelper core = segment.getCoreCacheHelper();
            Object key = core == null ? segment : core.getKey();
            CatalogEntry[] byDoc = segments.get(key);
            if (byDoc == null) {
                byDoc = readSegment(segment);
            }
            current.put(key, byDoc);
            byLeaf[leaf.ord] = byDoc;
            Bits live = segment.getLiveDocs();
            for (int doc = 0; doc < byDoc.length; doc++) {
                if (byDoc[doc] != null && (live == null || live.get(doc))) {
                    entries.add(byDoc[doc]);
                }
            }
        }
        segments.keySet().retainAll(current.keySet());
        segments.putAll(current);
        return new Read(entries, byLeaf);
    }

    private CatalogEntry[] readSegment(LeafReader segment) throws IOException {
        CatalogEntry[] byDoc = new CatalogEntry[segment.maxDoc()];
        SortedDocValues ids = segment.getSortedDocValues(Fields.ID);
        SortedDocValues types = segment.getSortedDocValues(Fields.TYPE);
        SortedDocValues languages = segment.getSortedDocValues(Fields.LANGUAGE);
        SortedDocValues groups = segment.getSortedDocValues(Fields.TRANSLATION_GROUP);
        SortedDocValues designs = segment.getSortedDocValues(Fields.DESIGN);
        NumericDocValues years = segment.getNumericDocValues(Fields.YEAR);
        NumericDocValues published = segment.getNumericDocValues(Fields.PUBLISHED);
        SortedSetDocValues terms = segment.getSortedSetDocValues(Fields.TERM);
        SortedSetDocValues conditions = segment.getSortedSetDocValues(Fields.CONDITION);
        SortedSetDocValues cautions = segment.getSortedSetDocValues(Fields.CAUTION);
        if (ids == null) {
            return byDoc;
        }
        for (int doc = 0; doc < segment.maxDoc(); doc++) {
            if (!ids.advanceExact(doc)) {
                continue;
            }
            String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            byDoc[doc] = new CatalogEntry(id, value(types, doc, interned), value(languages, doc, interned),
                    years != null && years.advanceExact(doc) ? (int) years.longValue() : null,
                    published != null && published.advanceExact(doc) ? published.longValue() : 0,
                    pairs(terms, doc, interned), pairs(conditions, doc, interned), pairs(cautions, doc, interned),
                    value(designs, doc, interned), group(groups, doc, id));
        }
        return byDoc;
    }

    /**
     * The document's translation group: its own id (the same string, so that search's test for "is a translation"
     * is a comparison of references for the untranslated majority) or the id of the original it names.
     */
    private static String group(SortedDocValues groups, int doc, String id) throws IOException {
        if (groups == null || !groups.advanceExact(doc)) {
            return id;
        }
        String group = groups.lookupOrd(groups.ordValue()).utf8ToString();
        return group.equals(id) ? id : group;
    }

    private static String value(SortedDocValues values, int doc, Map<String, String> interned)
            throws IOException {
        if (values == null || !values.advanceExact(doc)) {
            return "";
        }
        String value = values.lookupOrd(values.ordValue()).utf8ToString();
        return interned.computeIfAbsent(value, v -> v);
    }

    /** "key=value" doc values grouped by key. */
    private static Map<String, List<String>> pairs(SortedSetDocValues values, int doc, Map<String, String> interned)
            throws IOException {
        if (values == null || !values.advanceExact(doc)) {
            return Map.of();
        }
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < values.docValueCount(); i++) {
            String pair = values.lookupOrd(values.nextOrd()).utf8ToString();
            int equals = pair.indexOf('=');
            String key = interned.computeIfAbsent(pair.substring(0, equals), k -> k);
            String value = interned.computeIfAbsent(pair.substring(equals + 1), v -> v);
            grouped.computeIfAbsent(key, k -> new ArrayList<>(2)).add(value);
        }
        return grouped;
    }
}
