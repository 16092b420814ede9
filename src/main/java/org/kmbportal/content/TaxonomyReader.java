package org.kmbportal.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.kmbportal.library.Label;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyParser;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads {@code taxonomy.yaml}: every top-level key other than {@code context}, {@code capacities} and {@code synonyms}
 * is a vocabulary that describes resources (and names the front-matter field that uses it); {@code context} holds the
 * facets organizations describe themselves by; {@code capacities} (optional) what a partner organization may want to
 * build in a partnership; {@code synonyms} the search synonym groups per language; {@code descriptions} (optional)
 * what terms of the vocabularies and context facets cover, per vocabulary and term, in both languages.
 */
@ApplicationScoped
public class TaxonomyReader implements TaxonomyParser {

    static final String FILE_NAME = "taxonomy.yaml";
    private static final Pattern TERM_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern VOCABULARY_KEY = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final String CONTEXT = "context";
    private static final String SYNONYMS = "synonyms";
    private static final String CAPACITIES = "capacities";
    private static final String DESCRIPTIONS = "descriptions";

    /** The taxonomy, or the problems that stop it from being used. */
    public record Result(Optional<Taxonomy> taxonomy, List<Problem> problems) {
    }

    @Override
    public Taxonomy parse(String yaml) {
        Result result = read(FILE_NAME, yaml);
        return result.taxonomy().orElseThrow(() -> new IllegalArgumentException(
                result.problems().stream().filter(Problem::isError).findFirst().map(Problem::toString)
                        .orElse("invalid")));
    }

    public Result read(String path, String yaml) {
        List<Problem> problems = new ArrayList<>();
        YamlNode root;
        try {
            Optional<YamlNode> composed = FrontMatterFile.compose(path, yaml).map(n -> new YamlNode(n, 0));
            if (composed.isEmpty() || !composed.get().isMapping()) {
                problems.add(Problem.error(path, 1, "the taxonomy must be a YAML mapping of vocabularies"));
                return new Result(Optional.empty(), problems);
            }
            root = composed.get();
        } catch (YamlEngineException e) {
            problems.add(Problem.error(path, FrontMatterFile.yamlLine(e, 0),
                    "not valid YAML: " + FrontMatterFile.reason(e)));
            return new Result(Optional.empty(), problems);
        }
        root.repeatedKeys()
                .forEach((key, line) -> problems.add(Problem.error(path, line, "'" + key + "' appears twice")));

        List<Vocabulary> vocabularies = new ArrayList<>();
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        Map<String, Map<String, Label>> descriptions = new LinkedHashMap<>();
        root.fields().forEach((key, node) -> {
            if (key.equals(DESCRIPTIONS)) {
                readDescriptions(path, node, descriptions, problems);
            } else if (key.equals(SYNONYMS)) {
                readSynonyms(path, node, synonyms, problems);
            } else if (key.equals(CONTEXT)) {
                readContext(path, node, vocabularies, problems);
            } else if (key.equals(CAPACITIES)) {
                vocabularies.add(new Vocabulary(key, Vocabulary.Kind.CAPACITY, new Label("", ""),
                        readTerms(path, key, node, problems)));
            } else if (!VOCABULARY_KEY.matcher(key).matches() || ResourceFields.ALL.contains(key)) {
                problems.add(Problem.error(path, node.line(), "'" + key + "' cannot name a vocabulary: use lower-case"
                        + " words joined by '_' that are not already a field of the content format"));
            } else {
                vocabularies.add(new Vocabulary(key, Vocabulary.Kind.FACET, new Label("", ""),
                        readTerms(path, key, node, problems)));
            }
        });
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Result(Optional.empty(), problems);
        }
        descriptions.forEach((vocabulary, terms) -> {
            Optional<Vocabulary> described = vocabularies.stream().filter(v -> v.key().equals(vocabulary)).findFirst();
            terms.keySet().stream().filter(term -> described.flatMap(v -> v.term(term)).isEmpty()).forEach(
                    term -> problems.add(Problem.warning(path, 1, "the description of '" + vocabulary + "." + term
                            + "' describes no term of the taxonomy")));
        });
        return new Result(Optional.of(new Taxonomy(vocabularies, synonyms, descriptions)), problems);
    }

    private static void readDescriptions(String path, YamlNode node, Map<String, Map<String, Label>> descriptions,
            List<Problem> problems) {
        if (!node.isMapping()) {
            problems.add(Problem.error(path, node.line(),
                    "'descriptions' must map each vocabulary to its terms' {en: ..., fr: ...}"));
            return;
        }
        node.fields().forEach((vocabulary, terms) -> {
            if (!terms.isMapping()) {
                problems.add(Problem.error(path, terms.line(), "the descriptions of '" + vocabulary
                        + "' must map each term key to {en: ..., fr: ...}"));
                return;
            }
            Map<String, Label> byTerm = new LinkedHashMap<>();
            terms.fields().forEach((term, text) -> byTerm.put(term, label(path, vocabulary + "." + term, text,
                    problems)));
            descriptions.put(vocabulary, byTerm);
        });
    }

    private static void readContext(String path, YamlNode node, List<Vocabulary> vocabularies, List<Problem> problems) {
        if (!node.isMapping()) {
            problems.add(Problem.error(path, node.line(), "'context' must map each facet to its labels and values"));
            return;
        }
        node.fields().forEach((facet, facetNode) -> {
            if (!VOCABULARY_KEY.matcher(facet).matches()) {
                problems.add(Problem.error(path, facetNode.line(), "context facet '" + facet
                        + "' must be lower-case words joined by '_'"));
                return;
            }
            Optional<YamlNode> values = facetNode.get("values");
            if (values.isEmpty()) {
                problems.add(Problem.error(path, facetNode.line(), "context facet '" + facet + "' has no 'values'"));
                return;
            }
            Label label = label(path, facet, facetNode, problems);
            vocabularies.add(new Vocabulary(facet, Vocabulary.Kind.CONTEXT, label,
                    readTerms(path, facet, values.get(), problems)));
        });
    }

    private static List<Term> readTerms(String path, String vocabulary, YamlNode node, List<Problem> problems) {
        List<Term> terms = new ArrayList<>();
        if (!node.isMapping()) {
            problems.add(Problem.error(path, node.line(),
                    "'" + vocabulary + "' must map each term key to {en: ..., fr: ...}"));
            return terms;
        }
        node.repeatedKeys().forEach((key, line) -> problems.add(Problem.error(path, line,
                "term '" + key + "' appears twice in '" + vocabulary + "'")));
        node.fields().forEach((key, termNode) -> {
            if (!TERM_KEY.matcher(key).matches()) {
                problems.add(Problem.error(path, termNode.line(), "term key '" + key
                        + "' must be lower-case letters and digits joined by '-'"));
            } else {
                // {en: A, B, fr: C, D} reads as en "A" and fr "C" (a flow mapping splits at each comma): say so.
                termNode.fields().keySet().stream().filter(k -> !k.equals("en") && !k.equals("fr"))
                        .forEach(k -> problems.add(Problem.error(path, termNode.line(), "term '" + key
                                + "' has '" + k + "' besides 'en' and 'fr': put a label holding a comma in quotes")));
                terms.add(new Term(key, label(path, key, termNode, problems)));
            }
        });
        if (terms.isEmpty()) {
            problems.add(Problem.error(path, node.line(), "'" + vocabulary + "' has no terms"));
        }
        return terms;
    }

    private static Label label(String path, String key, YamlNode node, List<Problem> problems) {
        String en = node.get("en").map(YamlNode::text).orElse("");
        String fr = node.get("fr").map(YamlNode::text).orElse("");
        if (en.isBlank() || fr.isBlank()) {
            problems.add(Problem.error(path, node.line(), "'" + key + "' needs both an 'en' and an 'fr' label"));
        }
        return new Label(en, fr);
    }

    private static void readSynonyms(String path, YamlNode node, Map<String, List<String>> synonyms,
            List<Problem> problems) {
        Set<String> languages = Set.of("en", "fr");
        node.fields().forEach((language, groups) -> {
            if (!languages.contains(language)) {
                problems.add(Problem.error(path, groups.line(), "synonyms are given per language: 'en' or 'fr', not '"
                        + language + "'"));
                return;
            }
            List<String> lines = new ArrayList<>();
            for (YamlNode group : groups.items()) {
                List<String> words = List.of(group.text().split(",")).stream().map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                if (words.size() < 2) {
                    problems.add(Problem.warning(path, group.line(), "a synonym group needs at least two terms"));
                } else {
                    lines.add(String.join(", ", words));
                }
            }
            synonyms.put(language, lines);
        });
    }
}
