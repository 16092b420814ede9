package org.kmbportal.matching.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.web.KeptForms;
import org.kmbportal.library.web.TermsBean;
import org.kmbportal.matching.Match;
import org.kmbportal.matching.MatchFilter;
import org.kmbportal.matching.MatchingService;
import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.matching.ProfileStore;
import org.kmbportal.matching.SavedProfile;
import org.kmbportal.accounts.Guard;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.Messages;
import org.kmbportal.web.PostRedirectGet;
import org.kmbportal.web.TypedOn;

/**
 * The "For my organization" page ({@code organization.xhtml}): a guided form whose questions come from the
 * taxonomy, and the resources ranked for the answers. The answers are sent by POST (so the challenges paragraph stays
 * out of the address and the browser's history) and kept for the session only, so anyone can try it without an
 * account; an address holding answers (an older bookmark) still works. Saving them for one's organization is
 * {@link OrganizationSaveBacking}'s.
 */
@Named("organizationPage")
@RequestScoped
public class OrganizationBacking {

    static final int RESULTS = 30;
    static final List<String> LISTS = List.of("program_models", "populations", "settings", "topics");
    /** The value of a question's "not sure" answer: the same as not answering. */
    static final String UNSURE = "unsure";

    @Inject
    MatchingService matching;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    TermsBean terms;

    @Inject
    LocaleBean locale;

    @Inject
    Messages messages;

    private OrganizationProfile profile;
    private boolean submitted;
    private ChallengesBox challengesBox;
    private String show;
    private boolean onlyFitting;
    private List<Match> matches = List.of();
    private List<Match> collections = List.of();

    /** The types a reader can narrow the matches to (empty: every type). */
    private static final List<String> SHOWN_TYPES = List.of("", "practice-guide", "research-summary");
    static final int COLLECTIONS = 3;
    private final List<String> notices = new ArrayList<>();
    private boolean fromSaved;
    /** The saved profile's version the answers were given on (0: none saved then); a save is checked against it. */
    private long typedOn;

    @Inject
    ProfileStore store;

    @Inject
    Guard guard;

    @Inject
    KeptForms keptForms;

    /** The key of the answers sent, kept for this session under a number the address carries ({@link KeptForms}). */
    private static final String SENT = "kmb.organization.answers";
    /** The flash key saying the page answers the form's redirect. */
    private static final String JUST_SENT = "kmb.organization.sent";
    /** The forms' field of the saved profile's version their answers were given on. */
    static final String VERSION = "version";
    /**
     * The questionnaire's box of the version its answers were typed on (js/typed-on.js): Back to the page brings it
     * back with the text typed, though the page came again with a newer version.
     */
    static final String TYPED_ON = "typed_on";
    /**
     * The forms' field saying they were sent from the page of someone signed in: sent by someone signed out, the
     * session ended meanwhile (timed out, or signed out in another tab), and the page says so.
     */
    static final String SIGNED_IN = "signed_in";
    private boolean sessionEnded;
    /** Whether this page answers the form's redirect (read from the flash in {@link #load()}). */
    private boolean justSent;

    /** No answers until {@link #load()} reads them: a postback (the save button) runs no view action. */
    @PostConstruct
    void noAnswersYet() {
        profile = new OrganizationProfile(Map.of(), "", locale.getLanguage());
    }

    /**
     * Reads the answers (sent, kept for the address, or in an older bookmark's address) and, if the form was sent,
     * ranks the library (called by f:viewAction). The form sent is answered with a redirect to the page's address
     * with the number the answers are kept under (Post/Redirect/Get): a reload or Back sends nothing again. The
     * number is one no other session's address carries: a tab that kept the answers of an ended session under its old
     * address (js/keep-typed.js) must not put them back over the answers sent in the new one.
     */
    public void load() {
        Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap();
        if (isPost() && params.containsKey("submitted")) {
            HashMap<String, String[]> sent = new HashMap<>();
            params.forEach((name, values) -> sent.put(name, values.clone()));
            PostRedirectGet.to("/organization?" + KeptForms.PARAMETER + "=" + keptForms.keepUnique(SENT, sent)
                    + "#matches-title", JUST_SENT, Boolean.TRUE);
            return;
        }
        String number = first(params, KeptForms.PARAMETER);
        if (!number.isEmpty()) {
            // Kept for the session that sent them; once it has ended, the questions as new.
            params = keptForms.kept(SENT, number, HashMap.class).map(OrganizationBacking::answers).orElse(Map.of());
        }
        sessionEnded = params.containsKey(SIGNED_IN) && !isSignedIn();
        Taxonomy taxonomy = taxonomies.current();
        Map<String, List<String>> context = new LinkedHashMap<>();
        for (Vocabulary vocabulary : ProfileQuestions.vocabularies(taxonomy)) {
            for (String value : params.getOrDefault(vocabulary.key(), new String[0])) {
                if (value.isBlank() || value.equals(UNSURE)) {
                    continue;
                }
                if (vocabulary.contains(value)) {
                    context.computeIfAbsent(vocabulary.key(), k -> new ArrayList<>()).add(value);
                } else {
                    notices.add(messages.get("organization.unknownValue", value));
                }
            }
        }
        challengesBox = ChallengesBox.of(first(params, "challenges"), messages);
        String challenges = challengesBox.kept();
        profile = new OrganizationProfile(context, challenges, locale.getLanguage());
        submitted = params.containsKey("submitted") && !challengesBox.refused();
        String sentVersion = first(params, VERSION);
        typedOn = TypedOn.version(first(params, TYPED_ON)).or(() -> TypedOn.version(sentVersion))
                .orElseGet(() -> store.mine().map(SavedProfile::getVersion).orElse(0L));
        if (!submitted && context.isEmpty() && challenges.isEmpty() && !challengesBox.refused()) {
            Optional<SavedProfile> saved = store.mine();
            if (saved.isPresent()) {
                OrganizationProfile stored = saved.get().profile();
                profile = new OrganizationProfile(stored.context(), stored.challenges(), locale.getLanguage());
                submitted = true;
                fromSaved = true;
            }
        }
        show = first(params, "show");
        if (!SHOWN_TYPES.contains(show)) {
            show = "";
        }
        onlyFitting = "1".equals(first(params, "fitting"));
        justSent = PostRedirectGet.kept(JUST_SENT, Boolean.class).orElse(false);
        // The answers' page is long: its flash's cookie is written now, before the page goes out (written after it
        // had, it logged JSF1095 for readers signed out, whose page holds no form to keep it back).
        PostRedirectGet.settleFlash();
        rank();
    }

    private void rank() {
        if (submitted) {
            // Collections that fit come below the resources, unless the reader asked for one type of resource.
            MatchingService.Matches found = matching.matchWithCollections(profile, RESULTS, new MatchFilter(show,
                    onlyFitting), show.isEmpty() ? COLLECTIONS : 0);
            matches = found.resources();
            collections = found.collections();
        }
    }

    public List<ProfileQuestion> getQuestions() {
        return ProfileQuestions.of(taxonomies.current(), profile, locale.getLanguage(), messages, terms);
    }

    /** One answer of the form, to send again with a change of what is shown. */
    public record Answer(String name, String value) {
    }

    /** The answers shown (without the challenges), each as the form sends it. */
    public List<Answer> getAnswers() {
        List<Answer> answers = new ArrayList<>();
        profile.context().forEach((facet, values) -> values.forEach(v -> answers.add(new Answer(facet, v))));
        return answers;
    }

    /**
     * Whether the form was just sent (this page answers its redirect; not results from a saved profile): then focus
     * goes to them.
     */
    public boolean isJustSent() {
        return submitted && !fromSaved && justSent;
    }

    private static boolean isPost() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof jakarta.servlet.http.HttpServletRequest http && "POST".equals(http.getMethod());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String[]> answers(HashMap<?, ?> kept) {
        return (Map<String, String[]>) kept;
    }

    /** Whether the person may save this profile for their organization. */
    public boolean isCanSave() {
        return guard.caller().map(c -> c.organizationId() != null).orElse(false);
    }

    /** Whether the reader is signed in (and so, when they cannot save, it is for want of an organization). */
    public boolean isSignedIn() {
        return guard.caller().isPresent();
    }

    /**
     * Whether the results are for a form sent with nothing answered: no question, no challenge. They are then the
     * library's general picks (the best evidence first), which the page says, and there is nothing to save.
     */
    public boolean isNothingAnswered() {
        return submitted && profile.context().isEmpty() && profile.challenges().isBlank();
    }

    /**
     * Whether these answers were sent from the page of someone signed in whose session has ended since: the page
     * says so, shows them as sent, and leads to signing in again, back to them ("Show" signed out without a word and
     * the Save button went: user session us48).
     */
    public boolean isSessionEnded() {
        return sessionEnded;
    }

    public boolean isFromSaved() {
        return fromSaved;
    }

    /** The saved profile's version the answers shown were given on, which the forms send back. */
    public String getVersion() {
        return Long.toString(typedOn);
    }

    /**
     * After a save refused or met by a colleague's ({@link OrganizationSaveBacking}): the answers sent stay on the
     * page with their results, a paragraph refused whole in its box, and nothing is saved.
     */
    public void showNotSaved(OrganizationProfile answers, ChallengesBox refused, long version) {
        if (refused != null) {
            challengesBox = refused;
        }
        profile = answers;
        typedOn = version;
        submitted = true;
        show = "";
        rank();
    }

    public String getShow() {
        return show;
    }

    public boolean isOnlyFitting() {
        return onlyFitting;
    }

    /**
     * Whether results are shown. A postback (the save button, which sits with the results) counts: JSF invokes a
     * button only if the part of the page holding it is rendered, and no view action has read the address then.
     */
    public boolean isSubmitted() {
        return submitted || FacesContext.getCurrentInstance().isPostback();
    }

    public OrganizationProfile getProfile() {
        return profile;
    }

    /** The public collections that fit the profile best (none when the reader narrowed the matches to a type). */
    public List<Match> getCollections() {
        return collections;
    }

    public List<Match> getMatches() {
        return matches;
    }

    /**
     * The challenges box: the text refused, whole, with what is wrong with it said beside it; otherwise the profile's
     * challenges (as sent, or the saved profile's when the page opens with it).
     */
    public ChallengesBox getChallengesBox() {
        return challengesBox != null && challengesBox.refused()
                ? challengesBox
                : new ChallengesBox(profile.challenges(), null);
    }

    public List<String> getNotices() {
        return notices;
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0].strip();
    }
}
