package org.kmbportal.matching.web;

import java.util.ArrayList;
import java.util.List;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.library.web.TermsBean;
import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.web.Messages;

/**
 * The questions of the "For my organization" form, drawn from the taxonomy: the context facets first (as the taxonomy
 * orders them, one answer each, with "not sure"), then program models, populations, settings and topics (several).
 */
final class ProfileQuestions {

    private ProfileQuestions() {
    }

    /** The vocabularies asked about, in the form's order. */
    static List<Vocabulary> vocabularies(Taxonomy taxonomy) {
        List<Vocabulary> questions = new ArrayList<>(taxonomy.contextFacets());
        OrganizationBacking.LISTS.forEach(key -> taxonomy.facet(key).ifPresent(questions::add));
        return questions;
    }

    /** The questions in the reader's language, with the answers of the profile chosen. */
    static List<ProfileQuestion> of(Taxonomy taxonomy, OrganizationProfile profile, String language,
            Messages messages, TermsBean terms) {
        List<ProfileQuestion> questions = new ArrayList<>();
        for (Vocabulary vocabulary : vocabularies(taxonomy)) {
            boolean single = vocabulary.kind() == Vocabulary.Kind.CONTEXT;
            List<ProfileQuestion.Choice> choices = new ArrayList<>();
            for (Term term : vocabulary.terms()) {
                choices.add(new ProfileQuestion.Choice(term.key(), term.label().in(language), profile.values(
                        vocabulary.key()).contains(term.key()), "q-" + vocabulary.key() + "-" + term.key()));
            }
            if (single) {
                // "--" cannot occur in a term key, so this id is never a term's (a term may be called "none").
                choices.add(new ProfileQuestion.Choice(OrganizationBacking.UNSURE, messages.get(
                        "organization.notSure"), profile.values(vocabulary.key()).isEmpty(),
                        "q-" + vocabulary
                                .key() + "--" + OrganizationBacking.UNSURE));
            }
            questions.add(new ProfileQuestion(vocabulary.key(), terms.vocabularyName(vocabulary.key()), messages
                    .getOrDefault("organization.help." + vocabulary.key(), ""), single, choices));
        }
        return questions;
    }
}
