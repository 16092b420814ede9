package org.kmbportal.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kmbportal.content.TaxonomyReader;
import org.kmbportal.library.Citation;
import org.kmbportal.library.Effort;
import org.kmbportal.library.Evidence;
import org.kmbportal.library.EvidenceDesign;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceHeader;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.SummarySection;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;

/**
 * A large library like the real one: research summaries of 3 to 4 KB (and one practice guide in ten), about one in
 * five in French, citations spread over five decades, and every vocabulary of {@code taxonomy.yaml} used with a
 * skewed distribution (a few topics are common, most are rarer). Resource {@code i} depends only on the seed and
 * {@code i}, so any part of the library can be made again without the rest.
 */
final class LibraryGenerator {

    static final double FRENCH_SHARE = 0.2;
    static final double GUIDE_SHARE = 0.1;
    private static final Pattern AUTHOR = Pattern.compile("\"([\\p{L}' -]+), ([A-Z]\\.)");
    private static final Pattern CONTAINER = Pattern.compile("\n  container: \"([^\"]+)\"");
    private static final String[] MORE_SURNAMES = ("Smith Johnson Tremblay Gagnon Roy Côté Bouchard Gauthier Morin "
            + "Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque Bergeron Leblanc Paquette Girard Simard "
            + "Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier Lapointe Leclerc Lefebvre Poulin Thibault "
            + "Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson "
            + "Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis "
            + "Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker "
            + "Hall Rivera Campbell Mitchell Carter Roberts Singh Patel Chen Wang Kim Ali Okafor Mensah Kaur")
            .split(" ");

    private final Map<String, TextModel> text;
    private final Taxonomy taxonomy;
    private final long seed;
    private final List<String> surnames;
    private final List<String> containers;
    private final double[] yearCdf;

    private LibraryGenerator(Map<String, TextModel> text, Taxonomy taxonomy, long seed, List<String> surnames,
            List<String> containers) {
        this.text = text;
        this.taxonomy = taxonomy;
        this.seed = seed;
        this.surnames = surnames;
        this.containers = containers;
        this.yearCdf = yearCdf();
    }

    static LibraryGenerator fromContent(Path contentDir, long seed) {
        try {
            Taxonomy taxonomy = new TaxonomyReader().parse(Files.readString(contentDir.resolve("taxonomy.yaml")));
            Set<String> surnames = new TreeSet<>(List.of(MORE_SURNAMES));
            Set<String> containers = new TreeSet<>();
            try (Stream<Path> files = Files.walk(contentDir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    String raw = Files.readString(file);
                    for (Matcher m = AUTHOR.matcher(raw); m.find();) {
                        surnames.add(m.group(1));
                    }
                    for (Matcher m = CONTAINER.matcher(raw); m.find();) {
                        containers.add(m.group(1));
                    }
                }
            }
            return new LibraryGenerator(TextModel.fromContent(contentDir), taxonomy, seed, List.copyOf(surnames),
                    List.copyOf(containers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }

    List<String> surnames() {
        return surnames;
    }

    /** Resource number {@code i} (0-based). */
    ResourceContent resource(int i) {
        Random random = random(seed, i);
        String language = random.nextDouble() < FRENCH_SHARE ? "fr" : "en";
        boolean guide = random.nextDouble() < GUIDE_SHARE;
        TextModel words = text.get(language);
        String title = words.title(random);
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (Vocabulary vocabulary : taxonomy.facets()) {
            int most = vocabulary.key().equals("topics") ? 4 : 3;
            int least = vocabulary.key().equals("topics") || vocabulary.key().equals("audiences") ? 1 : 0;
            List<String> picked = pick(vocabulary, least + random.nextInt(most - least + 1), random);
            if (!picked.isEmpty()) {
                terms.put(vocabulary.key(), picked);
            }
        }
        Map<String, List<String>> appliesWhen = new LinkedHashMap<>();
        for (Vocabulary facet : taxonomy.contextFacets()) {
            if (random.nextDouble() < 0.15) {
                appliesWhen.put(facet.key(), pick(facet, 1 + random.nextInt(2), random));
            }
        }
        LocalDate published = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(14 * 365));
        if (guide) {
            String id = slug(title, "guide", i);
            String body = "## Why it matters\n\n" + words.paragraph(random, 600 + random.nextInt(300))
                    + "\n\n## Steps\n\n" + words.bullets(random, 1400 + random.nextInt(500))
                    + "\n\n## What to watch for\n\n" + words.paragraph(random, 500 + random.nextInt(300));
            return new PracticeGuideContent(header(id, title, language, published, terms, appliesWhen),
                    words.paragraph(random, 400 + random.nextInt(200)), body,
                    Effort.values()[random.nextInt(Effort.values().length)], List.of());
        }
        int year = year(random);
        List<String> authors = new ArrayList<>();
        int authorCount = 1 + random.nextInt(5);
        for (int a = 0; a < authorCount; a++) {
            authors.add(surnames.get(random.nextInt(surnames.size())) + ", " + (char) ('A' + random.nextInt(26))
                    + ".");
        }
        String id = slug(authors.get(0).replaceAll(",.*", "") + " " + year, title, i);
        Map<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
        sections.put(SummarySection.NOTES_OF_INTEREST, words.paragraph(random, 450 + random.nextInt(200)));
        sections.put(SummarySection.INTRODUCTION, words.paragraph(random, 900 + random.nextInt(300)));
        sections.put(SummarySection.IMPLICATIONS, words.bullets(random, 700 + random.nextInt(300)));
        sections.put(SummarySection.KEY_FINDINGS, words.bullets(random, 700 + random.nextInt(300)));
        sections.put(SummarySection.LIMITATIONS, words.paragraph(random, 250 + random.nextInt(150)));
        Citation citation = new Citation(authors, year, words.title(random),
                containers.get(random.nextInt(containers.size())), String.valueOf(1 + random.nextInt(60)),
                String.valueOf(1 + random.nextInt(6)), (1 + random.nextInt(300)) + "-" + (301 + random.nextInt(300)),
                random.nextBoolean() ? "10." + (1000 + random.nextInt(9000)) + "/bench." + i : "", "");
        Evidence evidence = new Evidence(EvidenceDesign.values()[random.nextInt(EvidenceDesign.values().length)],
                (20 + random.nextInt(2000))
                        + (language.equals("fr") ? " jeunes et leurs mentors" : " youth and mentors"));
        return new ResearchSummaryContent(header(id, title, language, published, terms, appliesWhen), citation,
                "KMb Portal editorial team", null, evidence, sections);
    }

    private static ResourceHeader header(String id, String title, String language, LocalDate published,
            Map<String, List<String>> terms, Map<String, List<String>> appliesWhen) {
        return ResourceHeader.builder(id).title(title).language(language).published(published)
                .status(PublicationStatus.PUBLISHED).terms(terms).appliesWhen(appliesWhen).build();
    }

    /** A generator for resource i: seeds are mixed, as java.util.Random's first outputs for close seeds are alike. */
    static Random random(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    /** Distinct terms of a vocabulary, the first terms of its list more often than the last (rank^-1). */
    private static List<String> pick(Vocabulary vocabulary, int count, Random random) {
        List<Term> terms = vocabulary.terms();
        double[] cdf = TextModel.zipfCdf(terms.size(), 1.0);
        Set<String> picked = new LinkedHashSet<>();
        for (int tries = 0; picked.size() < Math.min(count, terms.size()) && tries < 50; tries++) {
            int index = java.util.Arrays.binarySearch(cdf, random.nextDouble());
            picked.add(terms.get(Math.min(terms.size() - 1, index < 0 ? -index - 1 : index)).key());
        }
        return List.copyOf(picked);
    }

    /** Study years from 1965 to 2025, more of them recent: every decade is represented. */
    private int year(Random random) {
        int index = java.util.Arrays.binarySearch(yearCdf, random.nextDouble());
        return 1965 + Math.min(60, index < 0 ? -index - 1 : index);
    }

    private static double[] yearCdf() {
        double[] cdf = new double[61];
        double sum = 0;
        for (int i = 0; i <= 60; i++) {
            sum += Math.exp(i / 15.0);
            cdf[i] = sum;
        }
        for (int i = 0; i <= 60; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    static String slug(String lead, String title, int i) {
        String words = (lead + " " + title).toLowerCase(Locale.ROOT);
        words = java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String[] parts = words.split("-");
        String shortened = String.join("-", java.util.Arrays.copyOf(parts, Math.min(parts.length, 6)));
        return shortened + "-" + i;
    }
}
