package org.kmbportal.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An organization's challenges as whole paragraphs of 50 to 200 words, composed from sentences in English or in
 * French: sentences that name no topic of the shipped taxonomy, some of them with a single word of a topic's label
 * said of something else (the "teens" who are the mentees, the "fin" of a pilot project, the « réussite » of a
 * program, their "peers" at school), and at most one sentence that names a topic in other words than its label ("termination" of a match,
 * « clôture » of a jumelage, "employees" who leave).
 */
public final class ChallengeParagraphs {

    /** A paragraph, its language, and the topic it names (null when it names none). */
    public record Paragraph(String text, String language, String topic) {
        public int words() {
            return text.strip().split("\\s+").length;
        }
    }

    /** The topics a sentence below says one word of without speaking of them. */
    public static final List<String> NOT_NAMED = List.of("peer-mentoring", "match-closure", "academic-outcomes");

    private static final List<String> PLAIN_EN = List.of("We are a small organization in a mid-sized town.",
            "Our mentees are refugee teens who arrived in the last two years.",
            "The teens are aged 13 to 17 and most live with relatives.",
            "Our volunteer mentors are mostly university students.",
            "Many of them quit after three or four months, when exams start.",
            "The teens feel let down each time a mentor leaves without a word.",
            "The success of the program depends on a few committed people.",
            "We are at the end of our pilot project and must decide what comes next.",
            "We meet every Thursday evening in a rented hall near the bus station.",
            "Some of the teens have been through a lot before they came here.",
            "Everyone on the team wants the young people to feel welcome.",
            "Their mentor is often the first adult here who knows their name.",
            "Last winter two teens stopped coming and we never found out why.",
            "Our teens say the best part is the outings on Saturdays.",
            "At school they struggle to make friends among their peers.");
    private static final List<String> PLAIN_FR = List.of("Nous sommes un petit organisme dans une ville moyenne.",
            "Nos mentorés sont des adolescents réfugiés arrivés depuis deux ans.",
            "Les ados ont de 13 à 17 ans et vivent souvent chez des proches.",
            "Nos mentors bénévoles sont surtout des étudiants universitaires.",
            "Plusieurs abandonnent après trois ou quatre mois, au moment des examens.",
            "Les jeunes se sentent laissés tomber chaque fois qu’un mentor s’en va sans un mot.",
            "La réussite du programme dépend de quelques personnes motivées.",
            "Nous arrivons à la fin du projet pilote et devons décider de la suite.",
            "Nous nous réunissons chaque jeudi soir dans une salle louée près de la gare.",
            "Certains ados ont vécu des choses très dures avant d’arriver ici.",
            "Toute l’équipe veut que les jeunes se sentent accueillis.",
            "Leur mentor est souvent le premier adulte d’ici qui connaît leur prénom.",
            "L’hiver dernier, deux ados ont cessé de venir sans que nous sachions pourquoi.",
            "Nos ados disent que le meilleur moment, ce sont les sorties du samedi.",
            "À l’école, ils ont du mal à se faire des amis parmi leurs pairs.");

    /** Sentences that name a topic in words other than its label's own, by topic, in each language. */
    private static final Map<String, List<String>> NAMING_EN = Map.of("match-closure", List.of(
            "We do not know how to handle the termination of a match when a mentor must leave.",
            "Nobody taught us how to bring a match to a good closure."), "staff-supervision",
            List.of(
                    "Our employees keep leaving, one after the other."),
            "program-evaluation", List.of("Our funder asks for an assessment of what changes for the teens."),
            "funding-sustainability", List.of("Our grants run out next year and nothing replaces them."));
    private static final Map<String, List<String>> NAMING_FR = Map.of("match-closure", List.of(
            "Nous ne savons pas comment vivre la clôture d’un jumelage quand un mentor doit partir.",
            "La rupture d’un jumelage est toujours difficile pour les jeunes."), "staff-supervision",
            List.of(
                    "Nos employés partent les uns après les autres."),
            "academic-outcomes", List.of("Nous voulons soutenir la réussite scolaire des jeunes."),
            "funding-sustainability", List.of("Nos subventions se terminent l’an prochain et rien ne les remplace."));

    /**
     * Sentences that say where mentors and youth meet (at school, in the community hall, at home, online, at a
     * workplace; à l’école, au centre communautaire, en ligne, en milieu de travail), of a program that speaks of no
     * topic: a place is not school engagement and academic outcomes, nor e-mentoring.
     */
    private static final List<String> PLACES_EN = List.of("Mentors meet youth at school or at the community hall.",
            "In winter some of them meet at home, with the radio on.",
            "When the roads close, mentors and youth talk online for an hour.",
            "A few mentors bring their mentee to their workplace for a day.",
            "The school lends us a classroom on Tuesdays after the last bell.",
            "Our community centre is the only warm place open in the evening.",
            "Most of our youth live on farms far from the school.");
    private static final List<String> PLACES_FR = List.of(
            "Les mentors rencontrent les jeunes à l’école ou à la salle communautaire.",
            "L’hiver, certains se voient à la maison, la radio allumée.",
            "Quand les routes ferment, mentors et jeunes se parlent en ligne une heure.",
            "Quelques mentors emmènent leur jeune sur leur milieu de travail pour une journée.",
            "L’école nous prête une classe le mardi après la dernière cloche.",
            "Notre centre communautaire est le seul endroit chaud ouvert le soir.",
            "La plupart de nos jeunes vivent sur des fermes loin de l’école.");
    /**
     * Sentences of a rural program whose only words in common with topic labels are those nearly every label or
     * resource has (mentoring, youth, program, mentors; mentorat, jeunes, programme), and the "results" or "impact"
     * of the program (not school engagement and academic outcomes).
     */
    private static final List<String> COMMON_EN = List.of(
            "We run a mentoring program for youth in a rural area, two hours from the nearest city.",
            "Our program has twelve mentors and about twenty youth this year.",
            "The youth in our program are between ten and sixteen years old.",
            "Mentoring here depends on a few people who have known each other for decades.",
            "Everyone in the village knows the mentors by their first name.",
            "The bus stops running in November, so the program slows down until spring.",
            "We see real results: most youth come back every week.",
            "Our partner asks what impact the program has on the village.");
    private static final List<String> COMMON_FR = List.of(
            "Nous offrons un programme de mentorat pour les jeunes en région rurale, à deux heures de la ville.",
            "Notre programme compte douze mentors et une vingtaine de jeunes cette année.",
            "Les jeunes du programme ont entre dix et seize ans.",
            "Ici, le mentorat repose sur quelques personnes qui se connaissent depuis des décennies.",
            "Tout le village connaît les mentors par leur prénom.",
            "L’autobus cesse de passer en novembre, alors le programme ralentit jusqu’au printemps.",
            "Nous voyons des résultats : la plupart des jeunes reviennent chaque semaine.",
            "Notre partenaire demande quels effets le programme a sur le village.");

    /**
     * Paragraphs of 50 to 200 words, in either language, of a rural program that says where mentoring happens
     * (school, community hall, home, online, workplace) and otherwise only words most labels share: they name no topic.
     */
    public static Gen<Paragraph> placesAndCommonWords() {
        return random -> {
            String language = random.nextBoolean() ? "en" : "fr";
            List<String> places = new ArrayList<>(language.equals("fr") ? PLACES_FR : PLACES_EN);
            List<String> common = new ArrayList<>(language.equals("fr") ? COMMON_FR : COMMON_EN);
            Collections.shuffle(places, random);
            Collections.shuffle(common, random);
            List<String> sentences = new ArrayList<>(common.subList(0, 2 + random.nextInt(common.size() - 1)));
            sentences.addAll(places.subList(0, 1 + random.nextInt(places.size())));
            Collections.shuffle(sentences, random);
            int target = 50 + random.nextInt(130);
            List<String> kept = new ArrayList<>();
            int words = 0;
            for (String sentence : sentences) {
                if (words >= target && words >= 50) {
                    break;
                }
                kept.add(sentence);
                words += sentence.split("\\s+").length;
            }
            for (int i = 0; words < 50; i = (i + 1) % common.size()) {
                kept.add(common.get(i));
                words += common.get(i).split("\\s+").length;
            }
            return new Paragraph(String.join(" ", kept), language, null);
        };
    }

    private ChallengeParagraphs() {
    }

    /** Paragraphs that name no topic, in either language. */
    public static Gen<Paragraph> namingNothing() {
        return random -> compose(random, random.nextBoolean() ? "en" : "fr", null);
    }

    /** Paragraphs that name one topic in other words than its label's, in either language. */
    public static Gen<Paragraph> namingOne() {
        return random -> {
            String language = random.nextBoolean() ? "en" : "fr";
            List<String> topics = new ArrayList<>(new java.util.TreeSet<>(
                    (language.equals("fr") ? NAMING_FR : NAMING_EN).keySet()));
            return compose(random, language, topics.get(random.nextInt(topics.size())));
        };
    }

    private static Paragraph compose(Random random, String language, String topic) {
        List<String> plain = new ArrayList<>(language.equals("fr") ? PLAIN_FR : PLAIN_EN);
        Collections.shuffle(plain, random);
        int target = 50 + random.nextInt(130);
        List<String> sentences = new ArrayList<>();
        int words = 0;
        for (String sentence : plain) {
            if (words >= target) {
                break;
            }
            sentences.add(sentence);
            words += sentence.split("\\s+").length;
        }
        if (topic != null) {
            List<String> naming = (language.equals("fr") ? NAMING_FR : NAMING_EN).get(topic);
            sentences.add(random.nextInt(sentences.size() + 1), naming.get(random.nextInt(naming.size())));
        }
        return new Paragraph(String.join(" ", sentences), language, topic);
    }
}
