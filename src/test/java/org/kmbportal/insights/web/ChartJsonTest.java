package org.kmbportal.insights.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The insights' bar charts keep every row's label readable at phone width (360 px): a label of up to 60 characters on
 * one line took the whole width and was cut off. Each label comes on up to three short lines, broken between words,
 * nothing of it lost, and no row's label is skipped.
 */
class ChartJsonTest {

    private static final List<String> WORDS = List.of("bénévoles", "mentorat", "jumelage", "«", "»", "l’école",
            "évaluation", "volunteer", "supervision", "🙂", "é", "x", "recrutement-et-présélection",
            "ChildAndYouthProgramEvaluationCapacityBuildingStrategies", "O'Brien", "100 %", "2019");

    @Test
    void everyBarLabelComesOnShortLinesAndKeepsAllItsWords() {
        Random random = new Random(3888);
        for (int round = 0; round < 200; round++) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(10); i++) {
                StringBuilder label = new StringBuilder();
                for (int w = 0; w < 1 + random.nextInt(9); w++) {
                    label.append(w == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
                }
                labels.add(label.toString());
            }
            JsonObject chart = Json.createReader(new StringReader(ChartJson.bars(labels, random.nextBoolean(),
                    new ChartJson.Series("n", labels.stream().map(l -> 1).toList(), ChartJson.BLUE)))).readObject();
            JsonArray shown = chart.getJsonObject("data").getJsonArray("labels");
            assertEquals(labels.size(), shown.size());
            for (int i = 0; i < labels.size(); i++) {
                List<String> lines = shown.get(i).getValueType() == JsonValue.ValueType.STRING
                        ? List.of(((JsonString) shown.get(i)).getString())
                        : shown.getJsonArray(i).getValuesAs(JsonString.class).stream().map(JsonString::getString)
                                .toList();
                String label = labels.get(i);
                String expected = label.codePointCount(0, label.length()) > 60
                        ? label.substring(0, label.offsetByCodePoints(0, 59)) + "…"
                        : label;
                assertTrue(lines.size() <= 5, "a few lines (three for words of everyday length): " + lines);
                for (String line : lines) {
                    assertTrue(line.codePointCount(0, line.length()) <= ChartJson.LINE, "a short line: " + line);
                    assertFalse(line.isBlank(), "no empty line: " + lines);
                }
                assertEquals(expected.replace(" ", ""), String.join("", lines).replace(" ", ""),
                        "every character kept, in order");
            }
            assertFalse(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getJsonObject(
                    "ticks").getBoolean("autoSkip"), "no row's label skipped");
        }
    }
}
