package org.kmbportal.library.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.library.LibraryService;
import org.kmbportal.library.Resource;
import org.kmbportal.web.LocaleBean;

/**
 * The language a resource's title is written in, for the {@code lang} of pages that show titles they hold only by id
 * (plan items, collection editor rows, finders): a screen reader then reads an English title on a French page in
 * English. The page's language for an unknown id.
 */
@Named("titleLanguage")
@RequestScoped
public class TitleLanguages {

    @Inject
    LibraryService library;

    @Inject
    LocaleBean locale;

    private final Map<String, String> known = new HashMap<>();

    public String of(String resourceId) {
        if (resourceId == null || resourceId.isEmpty()) {
            return locale.getLanguage();
        }
        return known.computeIfAbsent(resourceId,
                id -> library.find(id).map(Resource::getLanguage).orElseGet(locale::getLanguage));
    }
}
