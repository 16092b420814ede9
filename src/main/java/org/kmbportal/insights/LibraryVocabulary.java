package org.kmbportal.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.library.Label;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;

/**
 * The words the library uses, against which {@link PersonalNames} tells a name from a topic: the taxonomy's labels,
 * descriptions and synonyms in both languages, and the titles of the published resources. Read again at most every
 * {@value #REFRESH_MINUTES} minutes, off the reader's thread (searches are kept in the background).
 */
@ApplicationScoped
public class LibraryVocabulary {

    static final int REFRESH_MINUTES = 10;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    LibraryService library;

    private volatile Set<String> words;
    private volatile Instant readAt = Instant.EPOCH;

    /** Whether the word (as {@link PersonalNames#key} writes it) is one the library uses. */
    public boolean knows(String word) {
        Set<String> current = words;
        if (current == null || readAt.plus(Duration.ofMinutes(REFRESH_MINUTES)).isBefore(Instant.now())) {
            current = PersonalNames.vocabulary(texts(taxonomies.current(), library.publishedTitles()));
            words = current;
            readAt = Instant.now();
        }
        return current.contains(word);
    }

    static List<String> texts(Taxonomy taxonomy, List<String> titles) {
        List<String> texts = new ArrayList<>(titles);
        for (Vocabulary vocabulary : taxonomy.vocabularies()) {
            add(texts, vocabulary.label());
            for (Term term : vocabulary.terms()) {
                add(texts, term.label());
            }
            taxonomy.descriptions(vocabulary.key()).values().forEach(label -> add(texts, label));
        }
        taxonomy.synonyms().values().forEach(texts::addAll);
        return texts;
    }

    private static void add(List<String> texts, Label label) {
        texts.add(label.en());
        texts.add(label.fr());
    }
}
