package org.kmbportal.content;

import java.util.List;
import java.util.Optional;

import org.kmbportal.curation.CollectionContent;
import org.kmbportal.library.ResourceContent;

/**
 * What reading one content file gave: a resource or a collection when the file has no error, and every problem found.
 *
 * @param id
 *            the id the file declares (empty when it declares none), used to report duplicates
 * @param idLine
 *            the line of the id field
 */
public record ContentFile(String path, String id, int idLine, Optional<ResourceContent> resource,
        Optional<CollectionContent> collection, List<Problem> problems) {

    public ContentFile {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    static ContentFile failed(String path, String id, int idLine, List<Problem> problems) {
        return new ContentFile(path, id, idLine, Optional.empty(), Optional.empty(), problems);
    }
}
