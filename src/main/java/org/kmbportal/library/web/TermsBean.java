package org.kmbportal.library.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.Messages;

/** Vocabulary labels in the reader's language. */
@Named("terms")
@RequestScoped
public class TermsBean {

    @Inject
    TaxonomyService taxonomies;

    @Inject
    LocaleBean locale;

    @Inject
    Messages messages;

    public String label(String vocabulary, String term) {
        return taxonomy().label(vocabulary, term, locale.getLanguage());
    }

    /** The name of a vocabulary: the taxonomy's own label if it gives one, else the bundle's, else its key. */
    public String vocabularyName(String vocabulary) {
        String own = taxonomy().vocabulary(vocabulary).map(v -> v.label().in(locale.getLanguage())).orElse("");
        if (!own.isEmpty()) {
            return own;
        }
        return messages.getOrDefault("vocabulary." + vocabulary, humanize(vocabulary));
    }

    public List<Vocabulary> facets() {
        return taxonomy().facets();
    }

    /** The facets organizations describe themselves by (a resource's {@code applies_when}). */
    public List<Vocabulary> contextFacets() {
        return taxonomy().contextFacets();
    }

    Taxonomy taxonomy() {
        return taxonomies.current();
    }

    static String humanize(String key) {
        String words = key.replace('_', ' ').replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
