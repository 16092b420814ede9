package org.kmbportal.insights;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.kmbportal.accounts.Account;
import org.kmbportal.accounts.Organization;

/**
 * "We used this": an organization put a resource into practice on a day, with one line on what happened, as one of
 * its members recorded it. Whether editors may see who (the member and the organization) is the member's choice.
 */
@Entity
@Table(name = "resource_uptake")
public class Uptake {

    public static final int LINE_MAX = 200;

    @Id
    @SequenceGenerator(name = "resource_uptake_seq", sequenceName = "resource_uptake_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_uptake_seq")
    private Long id;

    @Column(name = "resource_slug", nullable = false, length = 120)
    private String resourceSlug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "used_on", nullable = false)
    private LocalDate usedOn;

    @Column(nullable = false, length = LINE_MAX)
    private String line;

    @Column(name = "share_identity", nullable = false)
    private boolean shareIdentity;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    protected Uptake() {
    }

    Uptake(String resourceSlug, Organization organization, Account account, LocalDate usedOn, String line,
            boolean shareIdentity, LocalDate recordedOn) {
        this.resourceSlug = resourceSlug;
        this.organization = organization;
        this.account = account;
        this.usedOn = usedOn;
        this.line = line;
        this.shareIdentity = shareIdentity;
        this.recordedOn = recordedOn;
    }

    public Long getId() {
        return id;
    }

    public String getResourceSlug() {
        return resourceSlug;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Account getAccount() {
        return account;
    }

    public LocalDate getUsedOn() {
        return usedOn;
    }

    public String getLine() {
        return line;
    }

    public boolean isShareIdentity() {
        return shareIdentity;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }
}
