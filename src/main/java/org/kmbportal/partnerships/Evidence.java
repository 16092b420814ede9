package org.kmbportal.partnerships;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.matching.Match;
import org.kmbportal.matching.MatchReason;
import org.kmbportal.matching.MatchingService;
import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.matching.ProfileStore;

/**
 * "Evidence for this": resources for one plan item, found by the matching engine from the partner's saved organization
 * profile (its context) and the item's own words. Only a few distinctive words go to the engine (what and why,
 * shortened): long text is the engine's weak spot. A failure of the engine never breaks the page: it answers "no
 * suggestions right now" (an empty optional) and is logged.
 */
@ApplicationScoped
public class Evidence {

    private static final Logger LOG = Logger.getLogger(Evidence.class.getName());
    static final int MAX_WORDS = 24;
    static final int MAX_CHARACTERS = 240;
    public static final int SUGGESTIONS = 3;

    @Inject
    PartnershipService partnerships;

    @Inject
    ProfileStore profiles;

    @Inject
    MatchingService matching;

    /** A suggested resource, with the engine's reasons (in the reader's language). */
    public record Suggestion(String id, String title, String type, List<String> reasons) {
    }

    /**
     * Suggestions for an item of a partnership the caller may read, leaving out resources already linked; empty when
     * the engine could not answer.
     */
    public Optional<List<Suggestion>> forItem(long partnershipId, String what, String why, Set<String> linked,
            String language) {
        Partnership p = partnerships.readable(partnershipId);
        String words = words(what + " " + (why == null ? "" : why));
        if (words.isBlank()) {
            return Optional.of(List.of());
        }
        OrganizationProfile saved = profiles.profileOf(p.getPartnerOrganizationId()).orElse(null);
        OrganizationProfile profile = new OrganizationProfile(saved == null ? null : saved.context(), words,
                language);
        try {
            List<Suggestion> found = new ArrayList<>();
            for (Match m : matching.match(profile, SUGGESTIONS + linked.size() + 2)) {
                if (m.ruledOut() || linked.contains(m.id()) || "collection".equals(m.type())) {
                    continue;
                }
                found.add(new Suggestion(m.id(), m.title(), m.type(), m.reasons().stream()
                        .filter(r -> !r.warning()).map(MatchReason::explanation).limit(2).toList()));
                if (found.size() == SUGGESTIONS) {
                    break;
                }
            }
            return Optional.of(found);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Evidence for a plan item of partnership " + partnershipId
                    + " could not be found; the page says there are no suggestions right now", e);
            return Optional.empty();
        }
    }

    /** The first words of the text, at most {@value #MAX_WORDS} words and {@value #MAX_CHARACTERS} characters. */
    static String words(String text) {
        List<String> words = Arrays.stream(Inputs.clean(text).split("\\s+")).filter(w -> !w.isBlank())
                .limit(MAX_WORDS).toList();
        String joined = String.join(" ", words);
        return joined.length() <= MAX_CHARACTERS ? joined : joined.substring(0, MAX_CHARACTERS);
    }
}
