package org.kmbportal.library;

import java.util.Optional;

/**
 * Narrows a listing of published resources; an empty part does not narrow.
 *
 * @param vocabulary
 *            with {@code term}: only resources described with that term (for instance topics / match-closure)
 */
public record BrowseFilter(Optional<ResourceType> type, Optional<String> vocabulary, Optional<String> term,
        Optional<String> language) {

    public static final BrowseFilter ALL = new BrowseFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public static BrowseFilter ofType(ResourceType type) {
        return new BrowseFilter(Optional.of(type), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean hasTerm() {
        return vocabulary.isPresent() && term.isPresent();
    }
}
