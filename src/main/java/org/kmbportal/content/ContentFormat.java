package org.kmbportal.content;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionFormat;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceFormat;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;

/** The content format, offered to the features below this package (library, curation) by their interfaces. */
@ApplicationScoped
public class ContentFormat implements ResourceFormat, CollectionFormat {

    @Inject
    TaxonomyService taxonomies;

    @Override
    public String write(ResourceContent content) {
        return ContentWriter.write(content);
    }

    @Override
    public String write(CollectionContent content) {
        return ContentWriter.write(content);
    }

    @Override
    public Reading read(String path, String text) {
        return read(taxonomies.current(), path, text);
    }

    /**
     * A collection file read against the taxonomy; a text that is plainly no collection file (a research summary, a
     * guide, a citation, a paragraph) gives the one sentence that says so.
     */
    static Reading read(Taxonomy taxonomy, String path, String text) {
        Optional<Problem> other = ContentReader.hiddenCharacter(path, text).isPresent()
                ? Optional.empty()
                : CollectionFileCheck.notACollection(path, text);
        ContentFile file = other.map(p -> ContentFile.failed(path, "", 1, List.of(p)))
                .orElseGet(() -> new ContentReader(taxonomy).read(path, text));
        var errors = file.problems().stream().filter(Problem::isError).toList();
        return new Reading(file.collection(), file.id(), errors.stream().map(Problem::toString).toList(),
                errors.stream().map(Problem::message).toList(),
                language -> errors.stream().map(p -> p.in(language)).toList(),
                errors.stream().map(Problem::wording).toList());
    }
}
