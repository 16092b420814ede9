package org.kmbportal.matching.web;

import java.util.ArrayList;
import java.util.List;

import org.kmbportal.library.web.TermsBean;
import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.matching.ProfileConflict;
import org.kmbportal.web.UtcTime;

/**
 * The organization's profile as saved in the way of a save (the conflict the organization page shows): who saved it
 * and when (UTC), whether it was the same account in another tab ({@code mine}), its answers in the reader's words,
 * its challenges, and its version, which "Save over" sends.
 *
 * @param answers each answered question as "question: answers"
 */
public record TheirProfile(long version, String by, String at, boolean mine, List<String> answers,
        String challenges) {

    static TheirProfile of(ProfileConflict conflict, TermsBean terms, String colon, String language) {
        OrganizationProfile profile = conflict.current().profile();
        List<String> answers = new ArrayList<>();
        profile.context().forEach((question, values) -> answers.add(terms.vocabularyName(question) + colon + String
                .join(", ", values.stream().map(v -> terms.label(question, v)).toList())));
        String by = conflict.current().getUpdatedBy();
        // Saved last by a member who has since deleted their account: said in the reader's language.
        by = org.kmbportal.accounts.AccountErased.inLanguage(by, java.util.Locale.forLanguageTag(language));
        return new TheirProfile(conflict.current().getVersion(), by, UtcTime.format(
                conflict.current().getUpdatedAt()), conflict.byCaller(), List.copyOf(answers), profile.challenges());
    }
}
