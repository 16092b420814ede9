package org.kmbportal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionFormat;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceFormat;
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
        ContentFile file = new ContentReader(taxonomies.current()).read(path, text);
        var errors = file.problems().stream().filter(Problem::isError).toList();
        return new Reading(file.collection(), file.id(), errors.stream().map(Problem::toString).toList(),
                errors.stream().map(Problem::message).toList(),
                language -> errors.stream().map(p -> p.in(language)).toList());
    }
}
