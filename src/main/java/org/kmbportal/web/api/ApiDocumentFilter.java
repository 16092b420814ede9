package org.kmbportal.web.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Finishes {@code /openapi} (registered as {@code mp.openapi.filter}): the application's version from the build, and
 * schemas cleaned of the keywords Payara fills in from the {@code @Schema} annotation's unset attributes
 * ({@code "maxProperties": 0}, {@code "multipleOf": 0}, {@code "minItems": 2147483647}, an empty example, …), which
 * would make a valid answer fail its own schema. A property missing or null means the same to clients (JSON-B leaves
 * out nulls, except where a record keeps them), so each property's type also allows null.
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ConfigProvider.getConfig().getOptionalValue("kmb.version", String.class)
                .filter(v -> !v.isBlank() && !v.startsWith("@")).ifPresent(v -> openAPI.getInfo().setVersion(v));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ApiDocumentFilter::clean);
            // A resource's vocabularies are fields named for them (Payara ignores @Schema's additionalProperties).
            Schema resource = openAPI.getComponents().getSchemas().get("Resource");
            if (resource != null) {
                resource.setAdditionalPropertiesSchema(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
            referToNamedItems(openAPI);
        }
        uniqueTags(openAPI);
        jsonRequestBodies(openAPI);
    }

    /**
     * Each tag once (Payara lists a tag again for each class that names it: Accounts three times, Collections five),
     * with the first description given.
     */
    private static void uniqueTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> byName = new LinkedHashMap<>();
        for (var tag : openAPI.getTags()) {
            var first = byName.putIfAbsent(tag.getName(), tag);
            if (first != null && (first.getDescription() == null || first.getDescription().isBlank())) {
                first.setDescription(tag.getDescription());
            }
        }
        openAPI.setTags(new java.util.ArrayList<>(byName.values()));
    }

    /**
     * A JSON request body documented under {@code application/json} with its schema: Payara put the record's schema
     * under {@code *}{@code /*} and left {@code application/json} a bare string.
     */
    private static void jsonRequestBodies(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            var body = operation.getRequestBody();
            if (body == null || body.getContent() == null || body.getContent().getMediaTypes() == null) {
                return;
            }
            var any = body.getContent().getMediaType("*/*");
            var json = body.getContent().getMediaType("application/json");
            if (any != null && any.getSchema() != null && json != null) {
                json.setSchema(any.getSchema());
                if (json.getExample() == null) {
                    json.setExample(any.getExample());
                }
                body.getContent().removeMediaType("*/*");
            }
        }));
    }

    /**
     * An answer that is a list of a named record ({@code @Schema(type = ARRAY, implementation = CheckInJson.class)})
     * gets its items inline from Payara, with the Java names ({@code heldOn}) instead of the JSON-B ones the component
     * has ({@code held_on}): the items refer to the component whose properties they are, in JSON-B's names.
     */
    private static void referToNamedItems(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        java.util.Map<String, Schema> components = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(
                operation -> {
                    if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                        return;
                    }
                    operation.getResponses().getAPIResponses().values().stream()
                            .filter(r -> r.getContent() != null && r.getContent().getMediaTypes() != null)
                            .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                            .map(media -> media.getSchema()).filter(schema -> schema != null
                                    && schema.getItems() != null && schema.getItems().getRef() == null
                                    && schema.getItems().getProperties() != null)
                            .forEach(schema -> {
                                java.util.Set<String> names = new java.util.TreeSet<>();
                                schema.getItems().getProperties().keySet().forEach(n -> names.add(n.replaceAll(
                                        "([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT)));
                                components.entrySet().stream().filter(c -> c.getValue().getProperties() != null
                                        && new java.util.TreeSet<>(c.getValue().getProperties().keySet()).equals(
                                                names)
                                        && !names.equals(new java.util.TreeSet<>(schema.getItems().getProperties()
                                                .keySet())))
                                        .findFirst().ifPresent(c -> schema.setItems(OASFactory.createSchema().ref(c
                                                .getKey())));
                            });
                }));
    }

    /**
     * What every endpoint of a kind answers, added where a method does not say it (Payara ignores the answers
     * annotated on a class once a method annotates its own): 401 and 403 for the session's endpoints, the CSRF token
     * for their changes ({@link CsrfFilter}), and 400 for a body that is not the JSON expected ({@link JsonBodies}).
     */
    @Override
    public PathItem filterPathItem(PathItem path) {
        if (path.getOperations() != null) {
            path.getOperations().forEach((method, operation) -> complete(method, operation));
        }
        return path;
    }

    private static void complete(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        // Errors are always JSON, though Payara files an annotated error under the method's @Produces type.
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getContent() != null
                    && !response.getContent().hasMediaType("application/json")) {
                response.getContent().getMediaTypes().values().stream()
                        .filter(m -> m.getSchema() != null).findFirst()
                        .ifPresent(m -> response.content(OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(m.getSchema()))));
            }
        });
        // The CSRF token is one of a session, so either names an endpoint for signed-in callers.
        boolean session = operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(r -> r.hasScheme(ApiSecurity.SESSION) || r.hasScheme(ApiSecurity.CSRF));
        if (session) {
            error(operation, "401", "Not signed in");
            error(operation, "403", "The caller may not: a role or a membership is missing, or (for a change) the"
                    + " X-CSRF-Token header");
            boolean change = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                    || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.PATCH;
            if (change && operation.getSecurity().stream().noneMatch(r -> r.hasScheme(ApiSecurity.CSRF))) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(ApiSecurity.SESSION)
                        .addScheme(ApiSecurity.CSRF));
            }
        }
        if (operation.getRequestBody() != null) {
            error(operation, "400", "A body that is not the JSON this endpoint expects");
        }
    }

    private static void error(Operation operation, String status, String description) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/ApiError")))));
    }

    /**
     * An annotation's default is written as a string: published as the JSON value of its schema's type, the months
     * between check-ins 3 rather than "3" (task fix59), so a client generated from the document reads a number.
     */
    static void typedDefault(Schema schema) {
        if (!(schema.getDefaultValue() instanceof String given) || schema.getType() == null) {
            return;
        }
        try {
            if (schema.getType().contains(Schema.SchemaType.INTEGER)) {
                schema.setDefaultValue(Long.valueOf(given.strip()));
            } else if (schema.getType().contains(Schema.SchemaType.NUMBER)) {
                schema.setDefaultValue(new java.math.BigDecimal(given.strip()));
            } else if (schema.getType().contains(Schema.SchemaType.BOOLEAN) && given.strip().matches("true|false")) {
                schema.setDefaultValue(Boolean.valueOf(given.strip()));
            }
        } catch (NumberFormatException e) {
            // not a number after all: left as written, and the contract test names it
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
        dropUnset(schema);
        typedDefault(schema);
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.OBJECT)
                && ("date".equals(schema.getFormat()) || "date-time".equals(schema.getFormat()))) {
            // A java.time value: JSON-B writes it as an ISO string.
            schema.setType(List.of(Schema.SchemaType.STRING));
        }
        if (schema.getItems() != null && schema.getItems().getType() != null
                && schema.getItems().getType().equals(List.of(Schema.SchemaType.ARRAY))
                && schema.getItems().getItems() == null && schema.getItems().getRef() == null) {
            // Payara's guess for the items of an annotated List<String>: no constraint is better than a wrong one.
            schema.setItems(null);
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
            for (String name : List.copyOf(properties.keySet())) {
                // Payara adds a property under the @Schema name beside the Java name; JSON-B writes only the first.
                if (!name.equals(snakeCase(name)) && properties.containsKey(snakeCase(name))) {
                    properties.remove(name);
                }
            }
            properties.values().forEach(property -> {
                clean(property);
                allowNull(property);
            });
            schema.setProperties(properties);
        }
        clean(schema.getItems());
        clean(schema.getAdditionalPropertiesSchema());
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(ApiDocumentFilter::clean);
            }
        }
    }

    /** Drops the keywords whose values are those Payara gives an annotation's unset attributes. */
    private static void dropUnset(Schema s) {
        if (Integer.valueOf(0).equals(s.getMinLength())) {
            s.setMinLength(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(s.getMaxLength())) {
            s.setMaxLength(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(s.getMinItems())) {
            s.setMinItems(null);
        }
        if (Integer.valueOf(Integer.MIN_VALUE).equals(s.getMaxItems())) {
            s.setMaxItems(null);
        }
        if (Integer.valueOf(0).equals(s.getMinProperties())) {
            s.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(s.getMaxProperties())) {
            s.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(s.getMinContains())) {
            s.setMinContains(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(s.getMaxContains())) {
            s.setMaxContains(null);
        }
        if (s.getMultipleOf() != null && s.getMultipleOf().signum() <= 0) {
            s.setMultipleOf(null);
        }
        if (Boolean.FALSE.equals(s.getUniqueItems())) {
            s.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(s.getReadOnly())) {
            s.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(s.getWriteOnly())) {
            s.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(s.getDeprecated())) {
            s.setDeprecated(null);
        }
        if (s.getExamples() != null && s.getExamples().stream().allMatch(e -> e == null || "".equals(e))) {
            s.setExamples(null);
        }
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static void allowNull(Schema property) {
        List<Schema.SchemaType> types = property.getType();
        if (types != null && !types.isEmpty() && !types.contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
    }
}
