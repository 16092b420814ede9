package org.kmbportal.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.search.ChallengeSearch;

/**
 * The portal's {@link MatchingService} over a {@link ChallengeSearch} of this process (the benchmark's in-process
 * matching profile): same code as {@code POST /api/match} behind its JSON.
 */
public final class InProcessMatching {

    private final MatchingService service = new MatchingService();

    public InProcessMatching(ChallengeSearch search, Taxonomy taxonomy) {
        service.search = search;
        service.taxonomies = new TaxonomyService() {
            @Override
            public Taxonomy current() {
                return taxonomy;
            }
        };
    }

    /** The answer to a request body of {@code POST /api/match} ({@code context}, {@code challenges}, {@code language}, {@code size}). */
    public List<Match> match(String body) {
        JsonObject json = Json.createReader(new java.io.StringReader(body)).readObject();
        Map<String, List<String>> context = new LinkedHashMap<>();
        json.getJsonObject("context").forEach((facet, value) -> context.put(facet,
                value.getValueType() == JsonValue.ValueType.STRING
                        ? List.of(((JsonString) value).getString())
                        : value.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString)
                                .toList()));
        OrganizationProfile profile = new OrganizationProfile(context, json.getString("challenges"),
                json.getString("language"));
        return service.match(profile, json.getInt("size"));
    }
}
