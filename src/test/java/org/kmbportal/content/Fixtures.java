package org.kmbportal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kmbportal.library.Taxonomy;

/** A small taxonomy and well-formed files that tests change one thing at a time. */
final class Fixtures {

    static final String TAXONOMY = """
            topics:
              match-closure: {en: Match closure, fr: Fin des jumelages}
              mentor-training: {en: Mentor training, fr: Formation des mentors}
            audiences:
              program-staff: {en: Program staff, fr: Personnel}
            program_models:
              one-to-one: {en: One-to-one, fr: Individuel}
              group: {en: Group, fr: Groupe}
            context:
              organization_size:
                en: Organization size
                fr: Taille
                values:
                  small: {en: Small, fr: Petite}
                  large: {en: Large, fr: Grande}
            synonyms:
              en: ["mentoring, mentorship"]
            """;

    static final String SUMMARY = """
            ---
            id: spencer-2007-its-not-what-i-expected
            type: research-summary
            title: "Why some mentoring relationships fail early"
            language: en
            published: 2025-01-20
            topics: [match-closure]
            audiences: [program-staff]
            applies_when:
              organization_size: [small]
              program_models: [one-to-one]
            citation:
              authors: ["Spencer, R."]
              year: 2007
              title: "It's not what I expected: A qualitative study of youth mentoring relationship failures"
              container: "Journal of Adolescent Research"
              volume: "22"
              issue: "4"
              pages: "331-354"
              doi: "10.1177/0743558407301915"
            summarized_by: "KMb Portal editorial team"
            evidence:
              design: qualitative
              sample: "Interviews with mentors and youth from 20 failed matches"
            ---
            ## Notes of interest

            Early endings follow a few recognisable patterns.

            ## Introduction

            Interviews with both sides of matches that ended early.

            ## Implications

            - Prepare mentors for what youth can give.
            - Support matches in their first months.
            """;

    static final String GUIDE = """
            ---
            id: closing-a-match-well
            type: practice-guide
            title: "Closing a match well"
            language: en
            published: 2025-02-01
            topics: [match-closure]
            summary: "Plan endings so that young people are not left wondering."
            based_on: [spencer-2007-its-not-what-i-expected]
            effort: low
            ---
            ## Steps

            1. Talk about the ending early.
            2. Hold a closing meeting.
            """;

    private Fixtures() {
    }

    static Taxonomy taxonomy() {
        return new TaxonomyReader().parse(TAXONOMY);
    }

    static ContentFile read(String path, String text) {
        return new ContentReader(taxonomy()).read(path, text);
    }

    static String shippedFile(String relative) {
        try {
            return Files.readString(contentDir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readShipped(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped library's taxonomy (content/taxonomy.yaml), read once. */
    static synchronized Taxonomy taxonomyOfShippedLibrary() {
        if (shippedTaxonomy == null) {
            shippedTaxonomy = new TaxonomyReader().parse(shippedFile("taxonomy.yaml"));
        }
        return shippedTaxonomy;
    }

    private static Taxonomy shippedTaxonomy;

    static Path contentDir() {
        return Path.of(System.getProperty("kmb.content.dir", "content"));
    }
}
