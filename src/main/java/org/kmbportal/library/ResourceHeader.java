package org.kmbportal.library;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every resource of the library has, whatever its kind: the content format's common front matter. Built with
 * {@link #builder(String)}, so no one passes its nine parts in a row.
 *
 * @param terms
 *            vocabulary key (such as {@code topics}) to term keys, in the author's order
 * @param appliesWhen
 *            context facet key to the values for which the resource fits; a missing facet fits any value
 * @param cautionsWhen
 *            context facet key to the values for which the resource still fits, but with a caution the reader sees
 */
public record ResourceHeader(String id, String title, String language, String translationOf, LocalDate published,
        PublicationStatus status, Map<String, List<String>> terms, Map<String, List<String>> appliesWhen,
        Map<String, List<String>> cautionsWhen) {

    public ResourceHeader {
        translationOf = translationOf == null ? "" : translationOf;
        terms = copy(terms);
        appliesWhen = copy(appliesWhen);
        cautionsWhen = copy(cautionsWhen);
    }

    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    public Builder toBuilder() {
        return new Builder().id(id).title(title).language(language).translationOf(translationOf).published(published)
                .status(status).terms(terms).appliesWhen(appliesWhen).cautionsWhen(cautionsWhen);
    }

    public List<String> terms(String vocabulary) {
        return terms.getOrDefault(vocabulary, List.of());
    }

    public ResourceHeader withStatus(PublicationStatus newStatus) {
        return toBuilder().status(newStatus).build();
    }

    public ResourceHeader withPublished(LocalDate date) {
        return toBuilder().published(date).build();
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((key, values) -> {
            if (values != null && !values.isEmpty()) {
                copy.put(key, List.copyOf(values));
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    /** Names each part of a header as it is set; parts left out are empty (no terms, no contexts, no date). */
    public static final class Builder {
        private String id;
        private String title;
        private String language;
        private String translationOf = "";
        private LocalDate published;
        private PublicationStatus status = PublicationStatus.PUBLISHED;
        private Map<String, List<String>> terms = Map.of();
        private Map<String, List<String>> appliesWhen = Map.of();
        private Map<String, List<String>> cautionsWhen = Map.of();

        private Builder() {
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder translationOf(String value) {
            translationOf = value;
            return this;
        }

        public Builder published(LocalDate value) {
            published = value;
            return this;
        }

        public Builder status(PublicationStatus value) {
            status = value;
            return this;
        }

        public Builder terms(Map<String, List<String>> value) {
            terms = value;
            return this;
        }

        public Builder appliesWhen(Map<String, List<String>> value) {
            appliesWhen = value;
            return this;
        }

        public Builder cautionsWhen(Map<String, List<String>> value) {
            cautionsWhen = value;
            return this;
        }

        public ResourceHeader build() {
            return new ResourceHeader(id, title, language, translationOf, published, status, terms, appliesWhen,
                    cautionsWhen);
        }
    }
}
