package org.kmbportal.search.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Vocabulary;

/**
 * {@code POST /api/match} against the whole generated library: organization profiles drawn (seeded) from the
 * taxonomy, each answering some context questions and leaving others unsure, with a program model, a population, a
 * setting, one or two topics and challenges in plain words (one in five in French). One client, each profile sent
 * when the last answer arrived; latency from sending to the whole answer read.
 *
 * <p>With {@code varied}, each challenge is one to three of the sentences below, distinct and in a drawn order, so
 * that nearly every profile sends a text the portal has not seen (the portal keeps the relevance of its last
 * challenge texts; with one sentence each, 200 profiles send only 18 texts and most answers reuse it).
 *
 * <p>With {@link Mix#LONG}, each challenge is a paragraph of 60 to 150 words as practitioners write one (the
 * background — the town, the volunteers, the ages, the board — among the needs), drawn sentence by sentence from
 * both lists below, one in five in French: each is read whole, its needs together, and sentence by sentence (up to 10
 * more searches, an embedding each in English), the costliest challenge matching reads.
 */
final class MatchLatency {

    private static final List<String> CHALLENGES_EN = List.of("volunteers leave after a few months",
            "we cannot find enough male mentors", "matches end early and youth feel let down",
            "no staff time to evaluate what we do", "families are hard to reach", "our funding ends next year",
            "training new mentors takes too long", "youth stop coming to group sessions",
            "we do not know which outcomes to measure", "staff turnover means matches lose their support",
            "mentors do not know how to end a relationship well", "rural youth live far from each other");
    private static final List<String> CHALLENGES_FR = List.of("les bénévoles partent après quelques mois",
            "les jumelages se terminent trop tôt", "pas de temps pour évaluer notre programme",
            "le roulement du personnel nuit au suivi", "difficile de rejoindre les familles",
            "notre financement se termine l'an prochain");
    private static final List<String> BACKGROUND_EN = List.of(
            "We are a small community organization in a town of about twelve thousand people",
            "Our program matches youth aged ten to fifteen with adult volunteers from the area",
            "Most of our mentors are university students or retired teachers who give two hours a week",
            "The board meets four times a year and wants to see results before renewing the program",
            "Many of the families we serve are newcomers and some parents work evenings",
            "We run group activities after school in the community centre and one-to-one matches in the summer",
            "Two coordinators share the recruiting, screening, training and support of about sixty matches",
            "The school board refers most of the youth and a few come through the local health centre");
    private static final List<String> BACKGROUND_FR = List.of(
            "Nous sommes un petit organisme communautaire dans une ville d'environ douze mille habitants",
            "Notre programme jumelle des jeunes de dix à quinze ans avec des bénévoles adultes du quartier",
            "La plupart de nos mentors sont des étudiants ou des enseignants retraités qui donnent deux heures par semaine",
            "Le conseil d'administration veut voir des résultats avant de renouveler le programme",
            "Beaucoup de familles que nous servons sont nouvellement arrivées et certains parents travaillent le soir",
            "Deux coordonnatrices s'occupent du recrutement, de la formation et du suivi d'une soixantaine de jumelages");
    private static final List<String> LISTS = List.of("program_models", "populations", "settings", "topics");

    private final URI base;
    private final List<String> profiles = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    MatchLatency(URI base, Taxonomy taxonomy, long seed, int count) {
        this(base, taxonomy, seed, count, false);
    }

    MatchLatency(URI base, Taxonomy taxonomy, long seed, int count, boolean varied) {
        this(base, taxonomy, seed, count, varied ? Mix.VARIED : Mix.ONE);
    }

    /** What the profiles' challenges are. */
    enum Mix {
        /** One sentence of 18. */
        ONE,
        /** One to three sentences, nearly all texts distinct. */
        VARIED,
        /** A paragraph of 60 to 150 words, background and needs, every text distinct. */
        LONG;

        /** The mix a benchmark option names ({@code one}, {@code varied}, {@code long}). */
        static Mix named(String name) {
            return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    MatchLatency(URI base, Taxonomy taxonomy, long seed, int count, Mix mix) {
        this.base = base;
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            profiles.add(profile(taxonomy, random, mix));
        }
    }

    /** How many distinct challenge texts the profiles send. */
    long distinctChallenges() {
        return profiles.stream().map(body -> Json.createReader(new java.io.StringReader(body)).readObject()
                .getString("challenges")).distinct().count();
    }

    private static String profile(Taxonomy taxonomy, Random random, Mix mix) {
        JsonObjectBuilder context = Json.createObjectBuilder();
        for (Vocabulary facet : taxonomy.contextFacets()) {
            if (random.nextInt(10) < 7) {
                context.add(facet.key(), pick(facet, random));
            }
        }
        for (String key : LISTS) {
            taxonomy.facet(key).ifPresent(vocabulary -> {
                JsonArrayBuilder values = Json.createArrayBuilder().add(pick(vocabulary, random));
                if (key.equals("topics") && random.nextBoolean()) {
                    values.add(pick(vocabulary, random));
                }
                context.add(key, values);
            });
        }
        boolean french = random.nextInt(5) == 0;
        List<String> challenges = french ? CHALLENGES_FR : CHALLENGES_EN;
        String text = switch (mix) {
            case ONE -> challenges.get(random.nextInt(challenges.size()));
            case VARIED -> sentences(challenges, random);
            case LONG -> paragraph(challenges, french ? BACKGROUND_FR : BACKGROUND_EN, random);
        };
        return Json.createObjectBuilder().add("context", context)
                .add("challenges", text)
                .add("language", french ? "fr" : "en").add("size", 10).build().toString();
    }

    private static String sentences(List<String> challenges, Random random) {
        List<String> drawn = new ArrayList<>(challenges);
        java.util.Collections.shuffle(drawn, random);
        List<String> chosen = drawn.subList(0, 1 + random.nextInt(3));
        return String.join(". ", chosen) + ".";
    }

    /**
     * A paragraph of 60 to 150 words (the count drawn): background and need sentences in a drawn order, about one
     * need in two, each sentence at most once, with a capital and a period; more words than the sentences hold stops at
     * their end.
     */
    static String paragraph(List<String> needs, List<String> background, Random random) {
        int words = 60 + random.nextInt(91);
        List<String> needsLeft = new ArrayList<>(needs);
        List<String> backgroundLeft = new ArrayList<>(background);
        java.util.Collections.shuffle(needsLeft, random);
        java.util.Collections.shuffle(backgroundLeft, random);
        StringBuilder text = new StringBuilder();
        int count = 0;
        while (count < words && !(needsLeft.isEmpty() && backgroundLeft.isEmpty())) {
            List<String> from = backgroundLeft.isEmpty() || !needsLeft.isEmpty() && random.nextBoolean()
                    ? needsLeft
                    : backgroundLeft;
            String sentence = from.remove(from.size() - 1);
            text.append(text.isEmpty() ? "" : " ").append(Character.toUpperCase(sentence.charAt(0)))
                    .append(sentence.substring(1)).append('.');
            count += sentence.split("\\s+").length;
        }
        return text.toString();
    }

    private static String pick(Vocabulary vocabulary, Random random) {
        return vocabulary.terms().get(random.nextInt(vocabulary.terms().size())).key();
    }

    /** The profiles' request bodies, in the order they are sent (for the in-process profile, {@link MatchProfile}). */
    List<String> bodies() {
        return List.copyOf(profiles);
    }

    /** Milliseconds per answer, after sending {@code warmup} profiles unmeasured. */
    long[] measure(int warmup) throws Exception {
        for (int i = 0; i < warmup; i++) {
            send(profiles.get(i % profiles.size()));
        }
        long[] millis = new long[profiles.size()];
        for (int i = 0; i < profiles.size(); i++) {
            long start = System.nanoTime();
            send(profiles.get(i));
            millis[i] = Math.round((System.nanoTime() - start) / 1e6);
        }
        java.util.Arrays.sort(millis);
        return millis;
    }

    private void send(String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/match"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"matches\"")) {
            throw new IllegalStateException(response.statusCode() + " for " + body + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }
}
