package org.kmbportal.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Finishes {@code /openapi} (registered as {@code mp.openapi.filter}): the application's version from the build, and
 * schemas cleaned of the keywords Payara fills in from the {@code @Schema} annotation's unset attributes
 * ({@code "maxProperties": 0}, {@code "multipleOf": 0}, {@code "minItems": 2147483647}, an empty example, …), which
 * would make a valid answer fail its own schema. A property missing or null means the same to clients (JSON-B leaves
 * out nulls, except where a record keeps them), so each property's type also allows null.
 */
public class ApiDocumentFilter implements OASFilter {

    /** Keywords and the meaningless values Payara gives them when an annotation leaves them unset. */
    private static final Map<String, List<Object>> UNSET = Map.ofEntries(Map.entry("minLength", List.of(0)),
            Map.entry("maxLength", List.of(Integer.MAX_VALUE)), Map.entry("minItems", List.of(Integer.MAX_VALUE)),
            Map.entry("maxItems", List.of(Integer.MIN_VALUE)), Map.entry("uniqueItems", List.of(false)),
            Map.entry("minProperties", List.of(0)), Map.entry("maxProperties", List.of(0)),
            Map.entry("readOnly", List.of(false)), Map.entry("writeOnly", List.of(false)),
            Map.entry("deprecated", List.of(false)), Map.entry("minContains", List.of(0)),
            Map.entry("maxContains", List.of(Integer.MAX_VALUE)));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ConfigProvider.getConfig().getOptionalValue("kmb.version", String.class)
                .filter(v -> !v.isBlank() && !v.startsWith("@")).ifPresent(v -> openAPI.getInfo().setVersion(v));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ApiDocumentFilter::clean);
        }
    }

    @Override
    public Schema filterSchema(Schema schema) {
        clean(schema);
        return schema;
    }

    static void clean(Schema schema) {
        if (schema == null) {
            return;
        }
        for (Map.Entry<String, List<Object>> unset : UNSET.entrySet()) {
            Object value = schema.getAll().get(unset.getKey());
            if (value != null && unset.getValue().stream().anyMatch(u -> sameNumberOrValue(u, value))) {
                schema.set(unset.getKey(), null);
            }
        }
        Object multipleOf = schema.getAll().get("multipleOf");
        if (multipleOf instanceof Number n && n.doubleValue() <= 0) {
            schema.set("multipleOf", null);
        }
        if (schema.getExamples() != null && schema.getExamples().stream().allMatch(e -> e == null || "".equals(e))) {
            schema.setExamples(null);
        }
        if (schema.getProperties() != null) {
            for (Schema property : schema.getProperties().values()) {
                clean(property);
                allowNull(property);
            }
        }
        clean(schema.getItems());
        clean(schema.getAdditionalPropertiesSchema());
        for (List<Schema> group : new ArrayList<>(java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
                schema.getOneOf()))) {
            if (group != null) {
                group.forEach(ApiDocumentFilter::clean);
            }
        }
    }

    private static void allowNull(Schema property) {
        List<Schema.SchemaType> types = property.getType();
        if (types != null && !types.isEmpty() && !types.contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
    }

    private static boolean sameNumberOrValue(Object unset, Object value) {
        if (unset instanceof Number u && value instanceof Number v) {
            return u.doubleValue() == v.doubleValue();
        }
        return unset.equals(value);
    }
}
