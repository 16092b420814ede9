package org.kmbportal.search;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.facet.range.LongRange;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Vocabulary;

/** The facet dimensions of a library and the words readers see for their values. */
final class FacetLabels {

    static final String YEAR = "year";

    private final Taxonomy taxonomy;
    private final String language;

    FacetLabels(Taxonomy taxonomy, String language) {
        this.taxonomy = taxonomy;
        this.language = language;
    }

    /** Every dimension that can be counted and filtered, in the order pages show them. */
    List<String> dimensions() {
        List<String> dims = new ArrayList<>(List.of(Fields.TYPE));
        taxonomy.facets().forEach(v -> dims.add(Fields.dimension(v.key())));
        dims.add(Fields.DESIGN);
        dims.add(Fields.LANGUAGE);
        return dims;
    }

    String label(String dimension, String key) {
        if (dimension.equals(Fields.TYPE)) {
            return SearchMessages.get(language, "type." + key);
        }
        if (dimension.equals(Fields.DESIGN)) {
            return SearchMessages.get(language, "design." + key);
        }
        if (dimension.equals(Fields.LANGUAGE)) {
            return SearchMessages.get(language, "language." + key);
        }
        for (Vocabulary vocabulary : taxonomy.facets()) {
            if (Fields.dimension(vocabulary.key()).equals(dimension)) {
                return taxonomy.label(vocabulary.key(), key, language);
            }
        }
        return key;
    }

    /** The vocabulary a dimension counts, if it is one (for ordering its values as the taxonomy does). */
    Vocabulary vocabulary(String dimension) {
        return taxonomy.facets().stream().filter(v -> Fields.dimension(v.key()).equals(dimension)).findFirst()
                .orElse(null);
    }

    /** Decades back from this one: what readers filter publication years by. */
    static List<LongRange> yearRanges() {
        int decade = Year.now().getValue() / 10 * 10;
        List<LongRange> ranges = new ArrayList<>();
        ranges.add(new LongRange(decade + "-", decade, true, Long.MAX_VALUE, true));
        for (int start = decade - 10; start >= decade - 30; start -= 10) {
            ranges.add(new LongRange(start + "-" + (start + 9), start, true, start + 9, true));
        }
        int before = decade - 30;
        ranges.add(new LongRange("-" + (before - 1), Long.MIN_VALUE, true, before - 1, true));
        return ranges;
    }

    String yearLabel(String key) {
        if (key.endsWith("-")) {
            return SearchMessages.get(language, "search.year.since", key.substring(0, key.length() - 1));
        }
        if (key.startsWith("-")) {
            return SearchMessages.get(language, "search.year.before",
                    String.valueOf(Integer.parseInt(key.substring(1)) + 1));
        }
        return key.replace('-', '–');
    }
}
