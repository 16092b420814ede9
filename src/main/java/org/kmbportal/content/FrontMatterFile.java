package org.kmbportal.content;

import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A content file split into its YAML front matter (composed, with lines) and its Markdown body.
 *
 * @param bodyFirstLine
 *            1-based line of the file where the body starts
 */
record FrontMatterFile(YamlNode frontMatter, String body, int bodyFirstLine) {

    private static final String FENCE = "---";

    /** Splits and composes the file, or reports why it cannot. */
    static Parsed parse(String path, String text) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = normalized.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            return Parsed
                    .failure(Problem.error(path, 1, "the file must start with a '---' line opening the front matter")
                            .worded("content.error.noFrontMatter"));
        }
        int closing = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            return Parsed.failure(
                    Problem.error(path, 1, "the front matter opened on line 1 is never closed by a '---' line")
                            .worded("content.error.frontMatterNotClosed"));
        }
        String yaml = String.join("\n", lines.subList(1, closing));
        String body = String.join("\n", lines.subList(closing + 1, lines.size()));
        try {
            Optional<Node> node = compose(path, yaml);
            if (node.isEmpty()) {
                return Parsed.failure(
                        Problem.error(path, 2, "the front matter is empty").worded("content.error.frontMatterEmpty"));
            }
            YamlNode root = new YamlNode(node.get(), 1);
            if (!root.isMapping()) {
                return Parsed.failure(
                        Problem.error(path, root.line(), "the front matter must be a set of 'field: value' lines")
                                .worded("content.error.frontMatterNotFields"));
            }
            return new Parsed(Optional.of(new FrontMatterFile(root, body, closing + 2)), Optional.empty());
        } catch (YamlEngineException e) {
            return Parsed
                    .failure(Problem.error(path, yamlLine(e, 1), "the front matter is not valid YAML: " + reason(e))
                            .worded(yamlKey(e), reason(e)));
        }
    }

    /** Composes one YAML document (the taxonomy file uses this too); an empty text gives nothing. */
    static Optional<Node> compose(String label, String yaml) {
        LoadSettings settings = LoadSettings.builder().setLabel(label).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(10).setCodePointLimit(5 * 1024 * 1024).build();
        Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
        Optional<Node> node = composer.getSingleNode();
        return node;
    }

    static int yamlLine(YamlEngineException e, int offset) {
        if (e instanceof MarkedYamlEngineException marked) {
            return marked.getProblemMark().or(marked::getContextMark).map(m -> m.getLine() + 1 + offset)
                    .orElse(offset + 1);
        }
        return offset + 1;
    }

    /**
     * The bundle's key that explains the YAML reader's complaint in the reader's language (its own sentence is
     * English only); {@code content.error.notYaml} for one it does not know.
     */
    static String yamlKey(YamlEngineException e) {
        String reason = reason(e);
        if (reason.contains("mapping values are not allowed")) {
            return "content.error.yaml.colon";
        }
        if (reason.contains("could not find expected ':'") || reason.contains("while scanning a simple key")) {
            return "content.error.yaml.noColon";
        }
        if (reason.contains("found unexpected end of stream") || reason.contains("quoted scalar")) {
            return "content.error.yaml.unclosedQuote";
        }
        if (reason.contains("flow sequence") || reason.contains("flow mapping") || reason.contains("expected ','")) {
            return "content.error.yaml.unclosedBracket";
        }
        if (reason.contains("alias") || reason.contains("anchor")) {
            return "content.error.yaml.alias";
        }
        if (reason.contains("'\\t'") || reason.contains("'\t'") || reason.contains("tab")) {
            return "content.error.yaml.tab";
        }
        if (reason.contains("cannot start any token")) {
            return "content.error.yaml.reserved";
        }
        if (reason.contains("expected <block end>") || reason.contains("did not find expected")
                || reason.contains("block mapping") || reason.contains("block collection")) {
            return "content.error.yaml.indent";
        }
        return "content.error.notYaml";
    }

    static String reason(YamlEngineException e) {
        if (e instanceof MarkedYamlEngineException marked) {
            String problem = marked.getProblem() == null ? "" : marked.getProblem();
            String context = marked.getContext() == null ? "" : marked.getContext() + ", ";
            return (context + problem).strip();
        }
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Either a split file or the problem that prevented it. */
    record Parsed(Optional<FrontMatterFile> file, Optional<Problem> problem) {
        static Parsed failure(Problem problem) {
            return new Parsed(Optional.empty(), Optional.of(problem));
        }
    }
}
