package org.kmbportal.insights;

import java.util.Set;
import java.util.function.Predicate;

/**
 * What is kept of a search, by one rule used when a search is kept and when searches kept earlier are masked again
 * (migration V33): a person's name ({@link PersonalNames}), email addresses and telephone numbers
 * ({@link PersonalData}) become an ellipsis; then the normalized words ({@link SearchQueries#normalize}) and the words
 * as typed ({@link SearchQueries#asTyped}).
 */
public final class KeptSearchWords {

    /** The normalized words (empty: nothing to keep) and the words as typed. */
    public record Kept(String query, String typed) {
    }

    private final Predicate<String> known;

    KeptSearchWords(Predicate<String> known) {
        this.known = known;
    }

    /** Against the words of these texts (the library's taxonomy and titles): a word they use is not a name. */
    public static KeptSearchWords against(Iterable<String> libraryTexts) {
        Set<String> vocabulary = PersonalNames.vocabulary(libraryTexts);
        return new KeptSearchWords(vocabulary::contains);
    }

    /** A search as the reader typed it. */
    Kept of(String typed) {
        String words = typed == null ? null : PersonalNames.mask(typed, known);
        String query = SearchQueries.normalize(words);
        String shown = SearchQueries.asTyped(words);
        return new Kept(query, shown.isEmpty() ? query : shown);
    }

    /** A search kept before, masked again; unchanged when nothing in it reads as personal. */
    public Kept again(String query, String typed) {
        String words = PersonalNames.mask(typed, known);
        if (words.equals(typed)) {
            return new Kept(SearchQueries.normalize(query), SearchQueries.asTyped(typed).isEmpty()
                    ? SearchQueries.normalize(query)
                    : SearchQueries.asTyped(typed));
        }
        return of(typed);
    }
}
