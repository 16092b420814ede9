package org.kmbportal.curation.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.curation.CollectionService;
import org.kmbportal.web.LocaleBean;

/**
 * The language a collection's title is written in, for the {@code lang} of pages that link to a collection by its id
 * (a plan item's links). The page's language for an unknown id.
 */
@Named("collectionTitleLanguage")
@RequestScoped
public class CollectionTitleLanguages {

    @Inject
    CollectionService collections;

    @Inject
    LocaleBean locale;

    private final Map<String, String> known = new HashMap<>();

    public String of(String slug) {
        if (slug == null || slug.isEmpty()) {
            return locale.getLanguage();
        }
        return known.computeIfAbsent(slug, s -> collections.find(s).map(c -> c.getLanguage())
                .filter(l -> l != null && !l.isEmpty()).orElseGet(locale::getLanguage));
    }
}
