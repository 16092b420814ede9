package org.kmbportal.curation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A collection as a file of the content format (Markdown with front matter). Implemented by the {@code content}
 * package, which sits above curation; curation asks for it by this interface.
 */
public interface CollectionFormat {

    String write(CollectionContent content);

    /** Reads a collection file; the errors found, each as a sentence and with its file and line. */
    Reading read(String path, String text);

    /**
     * @param collection the collection, when the file is one
     * @param errors     each error as "path:line: message"
     * @param messages   the same errors without their place
     * @param errorsIn    the errors with their place, worded in a language ("fr": "collection.md:1 : erreur : …")
     * @param wordings    the errors without their place, to word in the reader's language
     */
    record Reading(Optional<CollectionContent> collection, String id, List<String> errors, List<String> messages,
            Function<String, List<String>> errorsIn, List<Wording> wordings) {

        public boolean valid() {
            return errors.isEmpty() && collection.isPresent();
        }
    }
}
