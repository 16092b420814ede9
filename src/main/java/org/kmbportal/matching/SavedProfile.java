package org.kmbportal.matching;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organization's saved profile: what its members told the portal about it. */
@Entity
@Table(name = "organization_profile")
public class SavedProfile {

    @Id
    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "context_json", nullable = false)
    private String contextJson;

    private String challenges;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 500)
    private String updatedBy;

    @Version
    private long version;

    protected SavedProfile() {
    }

    SavedProfile(long organizationId) {
        this.organizationId = organizationId;
    }

    void update(OrganizationProfile profile, String who) {
        contextJson = ProfileCodec.context(profile.context());
        challenges = profile.challenges();
        language = profile.language();
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        updatedBy = who;
    }

    public OrganizationProfile profile() {
        return new OrganizationProfile(ProfileCodec.context(contextJson), challenges, language);
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
