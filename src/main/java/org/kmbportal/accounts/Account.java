package org.kmbportal.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in: email (the sign-in name), display name, password hash, roles and organization. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    /** Moves on when the password or the roles change: sessions opened before then end (see SessionEpochFilter). */
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    /**
     * The language the person last chose with the language switch while signed in ("en", "fr"), or null until they
     * chose one; written by {@link AccountRepository#rememberLanguage} without moving the version.
     */
    @Column(length = 2)
    private String language;

    /** When the person deleted the account; the row is then a tombstone that others' work still points to. */
    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    /** When an administrator suspended the account's access; null while it has access. */
    @Column(name = "suspended_at")
    private OffsetDateTime suspendedAt;

    protected Account() {
    }

    Account(String email, String displayName, String passwordHash, Organization organization, Set<Role> roles) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.organization = organization;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public long getSessionEpoch() {
        return sessionEpoch;
    }

    /** Ends every session opened before now, at its next request. */
    void endSessions() {
        sessionEpoch++;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Organization getOrganization() {
        return organization;
    }

    void setOrganization(Organization organization) {
        this.organization = organization;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public String getLanguage() {
        return language;
    }

    /**
     * Erases the person from the account (see {@link AccountDeletion}): what stays says no more than that an account
     * was here. The email becomes {@code deleted-<id>}, no address (so nobody signs in with it, and the address is
     * free to sign up again); every session ends (no account has the email any more).
     */
    void erase(OffsetDateTime now) {
        email = "deleted-" + id;
        displayName = AccountErased.FORMER_MEMBER;
        passwordHash = "";
        language = null;
        organization = null;
        roles.clear();
        sessionEpoch++;
        deletedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Takes the account's access away: every session of it ends at its next request, and it cannot sign in. */
    void suspend(OffsetDateTime now) {
        suspendedAt = now;
        sessionEpoch++;
    }

    /** Gives the account its access back, with its roles as they were. */
    void restore() {
        suspendedAt = null;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    /** When its access was suspended, while it is. */
    public java.util.Optional<OffsetDateTime> getSuspendedAt() {
        return java.util.Optional.ofNullable(suspendedAt);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
