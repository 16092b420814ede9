package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API keeps the promises {@code /openapi} publishes, on the running portal with the shipped library: the document
 * is titled and versioned; every JAX-RS method of the features' {@code api} packages is in it with a summary and the
 * schema of its answer; every documented GET, called with its documented examples (anonymously, else as the people
 * who may), answers a documented status with a body its schema accepts; wrong query values, wrong bodies and missing
 * sessions get the documented error body, never an HTML page. Objects are checked closed (a field the document does
 * not name fails), so a renamed JSON field cannot slip through.
 */
@ExtendWith(RunningPortal.class)
class ApiContractE2E {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> UNSAFE = Set.of("post", "put", "delete");

    private static JsonNode document;
    private static Visitor anonymous;
    private static List<Visitor> people;

    @BeforeAll
    static void readDocument() {
        URI portal = RunningPortal.base();
        Http.Answer answer = Http.get(portal, "/openapi?format=JSON", "Accept", "application/json");
        assertEquals(200, answer.status(), answer.body());
        document = JSON.readTree(answer.body());
        anonymous = new Visitor(portal);
        Visitor admin = People.admin(portal);
        long run = System.nanoTime();
        Visitor editor = People.invited(portal, admin, "contract.editor." + run + "@kmb.test", "Contract Editor",
                "editor");
        Visitor member = People.member(portal, "contract.member." + run + "@kmb.test", "Contract Member",
                "Contract Organization " + run);
        Visitor mentor = People.invited(portal, admin, "contract.mentor." + run + "@kmb.test", "Contract Mentor",
                "mentor");
        people = List.of(admin, editor, mentor, member);
    }

    @Test
    void theDocumentIsTitledAndCarriesTheApplicationsVersion() {
        assertEquals("KMb Portal API", document.path("info").path("title").asString());
        String version = document.path("info").path("version").asString();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), "the build's version, got '" + version + "'");
        assertTrue(document.path("openapi").asString().startsWith("3.1"), document.path("openapi").asString());
        assertTrue(document.path("components").path("securitySchemes").has("session"));
        assertTrue(document.path("components").path("securitySchemes").has("csrf"));
        assertTrue(document.path("components").path("schemas").has("ApiError"));
        // A list of a named record refers to it, in its JSON names (Payara wrote the items inline, in Java's names).
        assertEquals("#/components/schemas/CheckIn", document.path("paths").path("/api/partnerships/{id}/check-ins")
                .path("get").path("responses").path("200").path("content").path("application/json").path("schema")
                .path("items").path("$ref").asString());
    }

    /**
     * A browser or a tool that asks for nothing in particular gets the document as JSON; YAML still comes to whoever
     * asks for it (Payara's {@code ?format=yaml}, or an {@code Accept} naming YAML), never a 406 page.
     */
    @Test
    void theDocumentIsJsonUnlessYamlIsAskedFor() {
        URI portal = RunningPortal.base();
        for (String[] headers : List.of(new String[0], new String[]{"Accept", "*/*"},
                new String[]{"Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
                new String[]{"Accept", "application/json"})) {
            Http.Answer answer = Http.get(portal, "/openapi", headers);
            assertEquals(200, answer.status(), List.of(headers).toString());
            assertTrue(answer.header("Content-Type").startsWith("application/json"),
                    List.of(headers) + ": " + answer.header("Content-Type"));
            assertEquals("KMb Portal API", JSON.readTree(answer.body()).path("info").path("title").asString());
        }
        for (String[] asked : List.of(new String[]{"/openapi?format=yaml"}, new String[]{"/openapi?format=YAML",
                "Accept", "*/*"}, new String[]{"/openapi", "Accept", "application/yaml"},
                new String[]{"/openapi",
                        "Accept", "application/yaml, */*;q=0.1"})) {
            Http.Answer answer = Http.get(portal, asked[0], java.util.Arrays.copyOfRange(asked, 1, asked.length));
            assertEquals(200, answer.status(), List.of(asked).toString());
            assertTrue(answer.body().startsWith("openapi: 3.1"), List.of(asked) + ": " + answer.body().substring(0,
                    Math.min(80, answer.body().length())));
            assertFalse(answer.header("Content-Type").contains("json"), answer.header("Content-Type"));
        }
        assertTrue(Http.get(portal, "/openapi", "Accept", "application/yaml").header("Content-Type").startsWith(
                "application/yaml"));
    }

    @Test
    void everyEndpointOfTheCodeIsDocumentedWithASummaryAndTheSchemaOfItsAnswer() {
        List<String> undocumented = new ArrayList<>();
        Map<String, Method> endpoints = endpoints();
        assertTrue(endpoints.size() > 70, "found the endpoints by reflection: " + endpoints.size());
        endpoints.forEach((key, method) -> {
            String[] parts = key.split(" ", 2);
            JsonNode operation = document.path("paths").path(parts[1]).path(parts[0]);
            if (operation.isMissingNode()) {
                undocumented.add(key + " is not in the document (" + method + ")");
                return;
            }
            if (operation.path("summary").asString("").isBlank()) {
                undocumented.add(key + " has no summary");
            }
            boolean answerDescribed = false;
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                if (response.getKey().startsWith("2") && (response.getKey().equals("204")
                        || response.getValue().path("content").properties().stream()
                                .anyMatch(c -> c.getValue().has("schema")))) {
                    answerDescribed = true;
                }
            }
            if (!answerDescribed) {
                undocumented.add(key + " has no success answer with a schema");
            }
        });
        assertTrue(undocumented.isEmpty(), undocumented.size() + " not documented:\n" + String.join("\n",
                undocumented));
    }

    @Test
    void everyDocumentedGetAnswersWhatItsSchemaSaysWithItsExamples() {
        List<String> broken = new ArrayList<>();
        int called = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            String address = address(path.getKey(), get, broken);
            if (address == null) {
                continue;
            }
            called++;
            // File answers (CSV, calendar, zip) are asked for as a browser would, with no Accept header.
            boolean json = get.path("responses").path("200").path("content").has("application/json");
            Http.Answer answer = json ? anonymous.api("GET", address, null) : anonymous.get(address);
            for (int i = 0; isRefusal(answer.status()) && i < people.size(); i++) {
                broken.addAll(check("GET " + address + " (before signing in)", get, answer));
                answer = json ? people.get(i).api("GET", address, null) : people.get(i).get(address);
            }
            broken.addAll(check("GET " + address, get, answer));
            if (answer.status() >= 500) {
                broken.add("GET " + address + " failed: " + answer.status());
            }
        }
        assertTrue(broken.isEmpty(), broken.size() + " broken promises:\n" + String.join("\n", broken));
        assertTrue(called > 35, "called the documented GETs: " + called);
    }

    @Test
    void wrongQueryValuesGetTheDocumentedErrorBody() {
        List<String> broken = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || path.getKey().contains("{")) {
                continue;
            }
            for (JsonNode parameter : get.path("parameters")) {
                JsonNode schema = parameter.path("schema");
                boolean constrained = schema.has("enum") || schema.path("type").toString().contains("integer");
                if (!parameter.path("in").asString().equals("query") || !constrained) {
                    continue;
                }
                String address = path.getKey() + "?" + parameter.path("name").asString() + "=not-a-valid-value";
                Http.Answer answer = people.get(0).api("GET", address, null);
                tried++;
                if (answer.status() != 400) {
                    broken.add("GET " + address + " answered " + answer.status() + ", not 400");
                }
                broken.addAll(check("GET " + address, get, answer));
            }
        }
        assertTrue(tried >= 8, "tried wrong values: " + tried);
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void unknownIdsGetTheDocumentedNotFoundBody() {
        List<String> broken = new ArrayList<>();
        for (String address : List.of("/api/resources/no-such-resource-anywhere",
                "/api/resources/no-such-resource-anywhere/related", "/api/collections/no-such-collection",
                "/api/resources/%3Cscript%3E")) {
            Http.Answer answer = people.get(0).api("GET", address, null);
            assertEquals(404, answer.status(), address + ": " + answer.body());
            JsonNode get = operationFor("get", address);
            broken.addAll(check("GET " + address, get, answer));
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void changesWithoutASessionOrWithAWrongBodyGetTheDocumentedErrorBody() {
        List<String> broken = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!UNSAFE.contains(entry.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                String address = address(path.getKey(), operation, broken);
                if (address == null) {
                    continue;
                }
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                boolean takesBody = operation.has("requestBody");
                boolean takesZip = operation.path("requestBody").path("content").has("application/zip");
                // Anonymous, without a token: refused (401), or for the few endpoints anyone may call, a bad body (400).
                Http.Answer anonymousAnswer = takesZip
                        ? anonymous.upload(address, "not a zip".getBytes(StandardCharsets.UTF_8), false)
                        : anonymous.api(method, address, takesBody ? "[1]" : null, false);
                tried++;
                if (anonymousAnswer.status() != 401 && anonymousAnswer.status() != 400) {
                    broken.add(method + " " + address + " answered an anonymous caller " + anonymousAnswer.status());
                }
                broken.addAll(check(method + " " + address + " (anonymous)", operation, anonymousAnswer));
                if (takesBody) {
                    // Signed in with the token, but a body that is no JSON object: a 4xx error body, nothing changed.
                    Http.Answer wrongBody = takesZip
                            ? people.get(0).upload(address, "not a zip".getBytes(StandardCharsets.UTF_8))
                            : people.get(0).api(method, address, "[1]");
                    if (wrongBody.status() < 400 || wrongBody.status() >= 500) {
                        broken.add(method + " " + address + " took a wrong body: " + wrongBody.status());
                    }
                    broken.addAll(check(method + " " + address + " (wrong body)", operation, wrongBody));
                }
            }
        }
        assertTrue(broken.isEmpty(), broken.size() + " broken promises:\n" + String.join("\n", broken));
        assertTrue(tried > 30, "tried the changes: " + tried);
    }

    @Test
    void aMatchWithTheDocumentedExampleAnswersItsSchema() {
        JsonNode operation = operationFor("post", "/api/match");
        JsonNode example = resolve(operation.path("requestBody").path("content").path("application/json")
                .path("schema")).path("example");
        if (example.isMissingNode()) {
            example = resolve(operation.path("requestBody").path("content").path("*/*").path("schema"))
                    .path("example");
        }
        assertFalse(example.isMissingNode(), "the request's example is documented");
        String body = example.isString() ? example.asString() : example.toString();
        Http.Answer answer = anonymous.api("POST", "/api/match", body, false);
        assertEquals(200, answer.status(), answer.body());
        List<String> broken = check("POST /api/match", operation, answer);
        assertTrue(broken.isEmpty(), String.join("\n", broken));
        assertFalse(JSON.readTree(answer.body()).path("matches").isEmpty(), "the example finds resources");
    }

    /**
     * Adding to a collection takes what /openapi documents, a CollectionEntry: a library resource, or an outside link
     * with its url and title (user session api57: the link was refused as if url and title were missing, and the
     * document described the body as a listed item with link_state).
     */
    @Test
    void addingToACollectionIsDocumentedAsAnEntry() {
        JsonNode body = operationFor("post", "/api/collections/x/items").path("requestBody").path("content");
        // As for /api/match, the endpoint reads its body as text: the documented shape is the one with properties.
        JsonNode schema = resolve(body.path("application/json").path("schema"));
        if (!schema.has("properties")) {
            schema = resolve(body.path("*/*").path("schema"));
        }
        for (String field : List.of("resource", "url", "title", "note")) {
            assertTrue(schema.path("properties").has(field), field + " in " + schema);
        }
        assertFalse(schema.path("properties").has("link_state"), "an entry, not a listed item: " + schema);
    }

    /**
     * Each tag is listed once (Accounts was listed three times, Collections five), and each JSON request body is
     * documented under application/json with its schema (it was a bare string there, the schema under any type).
     */
    @Test
    void tagsAreListedOnceAndJsonBodiesCarryTheirSchema() {
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(tag -> tags.add(tag.path("name").asString()));
        assertTrue(tags.size() >= 8, tags.toString());
        assertEquals(List.copyOf(new java.util.LinkedHashSet<>(tags)), tags, "each tag once");
        List<String> bare = new ArrayList<>();
        int bodies = 0;
        for (var path : document.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                JsonNode content = operation.getValue().path("requestBody").path("content");
                if (!content.has("application/json")) {
                    continue;
                }
                bodies++;
                JsonNode schema = resolve(content.path("application/json").path("schema"));
                if (content.has("*/*") || !(schema.has("properties") || schema.has("oneOf") || schema.has("anyOf"))) {
                    bare.add(operation.getKey() + " " + path.getKey() + ": " + content);
                }
            }
        }
        assertTrue(bodies > 20, "JSON bodies: " + bodies);
        assertTrue(bare.isEmpty(), bare.size() + " of " + bodies + ":\n" + String.join("\n", bare));
    }

    /**
     * Task fix59: the months between check-ins a new partnership takes were published with the default "3", a string
     * for an integer. Every default the document publishes is of its schema's type, that one the integer 3.
     */
    @Test
    void everyDefaultIsOfItsSchemasType() {
        JsonNode months = document.path("components").path("schemas").path("StartPartnership").path("properties")
                .path("check_in_months");
        assertTrue(months.path("type").isArray()
                ? months.path("type").toString().contains("\"integer\"")
                : "integer".equals(months.path("type").asString()), months.toString());
        assertTrue(months.path("default").isIntegralNumber(), months.toString());
        assertEquals(3, months.path("default").asInt(), months.toString());
        List<String> wrong = new ArrayList<>();
        int defaults = defaultsOfTheirType(document, "", wrong);
        assertTrue(defaults >= 10, "defaults published: " + defaults);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + defaults + ":\n" + String.join("\n", wrong));
    }

    /** How many defaults are under the node; each not of its schema's type is added to {@code wrong}. */
    private static int defaultsOfTheirType(JsonNode node, String where, List<String> wrong) {
        int count = 0;
        if (node.isObject() && node.has("default") && (node.path("type").isString() || node.path("type")
                .isArray())) {
            JsonNode given = node.path("default");
            // OpenAPI 3.1 may give a list of types ("integer", "null"): the default is of one of them.
            List<String> types = new ArrayList<>();
            if (node.path("type").isString()) {
                types.add(node.path("type").asString());
            } else {
                node.path("type").forEach(t -> types.add(t.asString()));
            }
            boolean fits = types.stream().anyMatch(type -> switch (type) {
                case "integer" -> given.isIntegralNumber();
                case "number" -> given.isNumber();
                case "string" -> given.isString();
                case "boolean" -> given.isBoolean();
                case "array" -> given.isArray();
                case "null" -> given.isNull();
                default -> given.isObject();
            });
            count++;
            if (!fits) {
                wrong.add(where + ": " + node);
            }
        }
        if (node.isObject()) {
            for (var child : node.properties()) {
                count += defaultsOfTheirType(child.getValue(), where + "/" + child.getKey(), wrong);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                count += defaultsOfTheirType(node.get(i), where + "/" + i, wrong);
            }
        }
        return count;
    }

    // --- the document ---

    /** The address with the documented examples, or null (with a complaint) when a path parameter has none. */
    private static String address(String template, JsonNode operation, List<String> broken) {
        String address = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            JsonNode example = parameter.has("example")
                    ? parameter.path("example")
                    : parameter.path("schema").path("examples").path(0);
            String value = example.isMissingNode() || example.isNull() ? null : example.asString();
            if (parameter.path("in").asString().equals("path")) {
                if (value == null || value.isEmpty()) {
                    broken.add(template + ": path parameter '" + name + "' has no example");
                    return null;
                }
                address = address.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
            } else if (parameter.path("in").asString().equals("query") && value != null && !value.isEmpty()) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return address + query;
    }

    private static JsonNode operationFor(String method, String address) {
        String path = address.replaceAll("\\?.*", "");
        for (Map.Entry<String, JsonNode> entry : document.path("paths").properties()) {
            String pattern = entry.getKey().replaceAll("\\{[^}]+}", "[^/]+");
            if (path.matches(pattern) && entry.getValue().has(method)) {
                return entry.getValue().path(method);
            }
        }
        throw new AssertionError("no " + method + " " + address + " in the document");
    }

    /**
     * What is wrong with the answer by the operation's documentation: an undocumented status, a body that is not
     * JSON where JSON is documented (an HTML error page, say), or one its schema refuses.
     */
    private static List<String> check(String call, JsonNode operation, Http.Answer answer) {
        List<String> wrong = new ArrayList<>();
        String status = String.valueOf(answer.status());
        JsonNode response = operation.path("responses").path(status);
        if (response.isMissingNode()) {
            response = operation.path("responses").path("default");
        }
        String type = answer.header("Content-Type") == null ? "" : answer.header("Content-Type");
        if (answer.status() >= 400 && !type.startsWith("application/json")) {
            wrong.add(call + ": error " + status + " is not JSON (" + type + "): " + abbreviate(answer.body()));
            return wrong;
        }
        if (response.isMissingNode()) {
            wrong.add(call + ": status " + status + " is not documented: " + abbreviate(answer.body()));
            return wrong;
        }
        if (!type.startsWith("application/json") || answer.body().isEmpty()) {
            return wrong;
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            schema = response.path("content").path("*/*").path("schema");
        }
        if (schema.isMissingNode()) {
            wrong.add(call + ": " + status + " answers JSON but documents no schema: " + abbreviate(answer.body()));
            return wrong;
        }
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(standalone(schema), InputFormat.JSON);
        List<com.networknt.schema.Error> errors = validator.validate(answer.body(), InputFormat.JSON);
        if (!errors.isEmpty()) {
            wrong.add(call + ": " + status + " does not match its schema: " + errors.stream().limit(5)
                    .map(Object::toString).toList() + " in " + abbreviate(answer.body()));
        }
        return wrong;
    }

    /** The schema with the document's components as its own definitions, every object closed to other fields. */
    private static String standalone(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema.deepCopy());
        root.set("$defs", document.path("components").path("schemas").deepCopy());
        close(root);
        return root.toString().replace("#/components/schemas/", "#/$defs/");
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(e -> close(e.getValue()));
        } else if (node.isArray()) {
            node.forEach(ApiContractE2E::close);
        }
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty()
                ? schema
                : document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static boolean isRefusal(int status) {
        return status == 401 || status == 403;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    // --- the code ---

    /** "method /api/path" to the method, for every JAX-RS resource method of the features' api packages. */
    static Map<String, Method> endpoints() {
        Map<String, Method> endpoints = new LinkedHashMap<>();
        for (Class<?> type : apiClasses()) {
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class)
                        ? "get"
                        : method.isAnnotationPresent(POST.class)
                                ? "post"
                                : method.isAnnotationPresent(PUT.class)
                                        ? "put"
                                        : method.isAnnotationPresent(DELETE.class) ? "delete" : null;
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = ("/api/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()))
                        .replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/")
                        .replaceAll("(.)/$", "$1");
                endpoints.put(verb + " " + path, method);
            }
        }
        return endpoints;
    }

    private static Set<Class<?>> apiClasses() {
        Path classes = Path.of("target/classes");
        Set<Class<?>> found = new java.util.LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/kmbportal"))) {
            Set<String> names = new TreeSet<>();
            files.map(classes::relativize).map(Path::toString)
                    .filter(f -> f.matches("org/kmbportal/\\w+/api/\\w+\\.class"))
                    .forEach(f -> names.add(f.replace('/', '.').replaceAll("\\.class$", "")));
            for (String name : names) {
                found.add(Class.forName(name, false, ApiContractE2E.class.getClassLoader()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
