package org.kmbportal.matching;

import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.library.TaxonomyService;

/**
 * Saves and reads organizations' profiles. Only the people of an organization (and administrators) may read or
 * change its profile; a profile is checked against the taxonomy before it is stored.
 */
@ApplicationScoped
public class ProfileStore {

    @Inject
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    TaxonomyService taxonomies;

    public Optional<SavedProfile> find(long organizationId) {
        guard.requireOrganizationMember(organizationId);
        return Optional.ofNullable(em.find(SavedProfile.class, organizationId));
    }

    /**
     * An organization's saved profile without asking who is calling: only for features that have decided themselves
     * that the caller may see this organization's work (a partnership's mentor, for instance).
     */
    public Optional<OrganizationProfile> profileOf(long organizationId) {
        return Optional.ofNullable(em.find(SavedProfile.class, organizationId)).map(SavedProfile::profile);
    }

    /** The signed-in person's organization's profile, if they belong to one that saved one. */
    public Optional<SavedProfile> mine() {
        return guard.caller().map(Caller::organizationId)
                .flatMap(id -> Optional.ofNullable(em.find(SavedProfile.class, id)));
    }

    /** Saves without asking which version the answers were given on (the API, which sends no version). */
    @Transactional
    public SavedProfile save(long organizationId, OrganizationProfile profile) {
        return save(organizationId, profile, OptionalLong.empty());
    }

    /**
     * Saves the answers given on the profile's version {@code typedOn} (0: none was saved then). If someone saved since,
     * nothing is saved and {@link ProfileConflict} holds their profile: the last save must not silently replace theirs.
     */
    @Transactional
    public SavedProfile save(long organizationId, OrganizationProfile profile, long typedOn) {
        return save(organizationId, profile, OptionalLong.of(typedOn));
    }

    private SavedProfile save(long organizationId, OrganizationProfile profile, OptionalLong typedOn) {
        Caller caller = guard.requireOrganizationMember(organizationId);
        ProfileCheck.check(profile, taxonomies.current()).ifPresent(p -> {
            throw new InvalidProfileException(p);
        });
        SavedProfile saved = em.find(SavedProfile.class, organizationId);
        long current = saved == null ? 0 : saved.getVersion();
        if (typedOn.isPresent() && typedOn.getAsLong() != current && saved != null) {
            throw new ProfileConflict(saved, caller.label().equals(saved.getUpdatedBy()));
        }
        if (saved == null) {
            saved = new SavedProfile(organizationId);
            saved.update(profile, caller.label());
            em.persist(saved);
        } else {
            saved.update(profile, caller.label());
        }
        return saved;
    }
}
