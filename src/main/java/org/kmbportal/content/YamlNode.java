package org.kmbportal.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A read-only view of a composed YAML node that remembers where each value sits in the file, so every problem can name
 * its line. Scalars are kept as text; the readers decide what a value means.
 */
final class YamlNode {

    private final Node node;
    private final int lineOffset;

    YamlNode(Node node, int lineOffset) {
        this.node = node;
        this.lineOffset = lineOffset;
    }

    /** 1-based line of this node in the file. */
    int line() {
        return node.getStartMark().map(m -> m.getLine() + 1 + lineOffset).orElse(lineOffset + 1);
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The scalar's text, or empty for a null scalar ({@code ~} or nothing). */
    String text() {
        if (node instanceof ScalarNode scalar) {
            String tag = scalar.getTag().getValue();
            return tag.endsWith(":null") ? "" : scalar.getValue();
        }
        return "";
    }

    /** Keys (as text) to values, in file order; a repeated key keeps its first value (the reader reports it). */
    Map<String, YamlNode> fields() {
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = new YamlNode(tuple.getKeyNode(), lineOffset).text();
                fields.putIfAbsent(key, new YamlNode(tuple.getValueNode(), lineOffset));
            }
        }
        return fields;
    }

    /** Keys that appear more than once, with the line of the repetition. */
    Map<String, Integer> repeatedKeys() {
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Integer> repeated = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                YamlNode key = new YamlNode(tuple.getKeyNode(), lineOffset);
                if (seen.putIfAbsent(key.text(), key.line()) != null) {
                    repeated.put(key.text(), key.line());
                }
            }
        }
        return repeated;
    }

    Optional<YamlNode> get(String key) {
        return Optional.ofNullable(fields().get(key));
    }

    List<YamlNode> items() {
        List<YamlNode> items = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                items.add(new YamlNode(item, lineOffset));
            }
        }
        return items;
    }
}
