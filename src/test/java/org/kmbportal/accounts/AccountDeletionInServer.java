package org.kmbportal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.kmbportal.testing.Deployments;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.Visitor;

/**
 * Deleting one's account inside the real server ({@code InServerIT}), through the page's form as a member sends it,
 * then read in the database (H2 and PostgreSQL): what names the person is gone, the row stays as a tombstone, the
 * address signs up again.
 */
public class AccountDeletionInServer {

    private final EntityManager em;

    public AccountDeletionInServer(EntityManager em) {
        this.em = em;
    }

    public void aDeletedAccountKeepsNothingThatNamesItsPerson() {
        URI base = Deployments.base();
        String email = "it-départ-" + System.nanoTime() + "@kmb.test";
        String name = "Zoë « d’Anjou » O’Brien " + Long.toString(System.nanoTime(), 36);
        Visitor member = People.member(base, email, name, "Départ IT " + System.nanoTime());
        assertEquals(201, member.api("POST", "/api/resources/lachance-2019-inter-organizational-mentoring/uptake",
                "{\"used_on\": \"2025-05-05\", \"line\": \"Used by " + name + "\"}").status());
        long id = ((Number) em.createNativeQuery("SELECT id FROM account WHERE email = ?1").setParameter(1, email)
                .getSingleResult()).longValue();

        Http.Answer refused = member.submit("/account/?lang=fr", "delete-account",
                Map.of("deletePassword", "not-" + People.PASSWORD), "delete");
        assertTrue(refused.body().contains("Le mot de passe actuel est incorrect."), refused.body());
        assertEquals(1L, count("SELECT COUNT(*) FROM resource_uptake WHERE account_id = ?1", id));

        Http.Answer deleted = member.submit("/account/", "delete-account", Map.of("deletePassword",
                People.PASSWORD), "delete");
        assertEquals(302, deleted.status(), deleted.body());
        assertTrue(deleted.header("Location").contains("/account-deleted"), deleted.header("Location"));
        assertEquals(302, member.get("/account/").status(), "signed out");

        assertEquals(0L, count("SELECT COUNT(*) FROM resource_uptake WHERE account_id = ?1", id));
        assertEquals(0L, count("SELECT COUNT(*) FROM sign_in_failure WHERE subject = ?1", "account:" + email));
        assertEquals(0L, count("SELECT COUNT(*) FROM account WHERE email = ?1 OR display_name = ?2", email, name));
        assertEquals(0L, count("SELECT COUNT(*) FROM audit_entry WHERE actor = ?1 OR subject = ?1"
                + " OR detail LIKE ?2", email, "%" + email + "%"));
        Object[] tombstone = (Object[]) em.createNativeQuery(
                "SELECT email, password_hash, language, organization_id, deleted_at FROM account WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        assertEquals("deleted-" + id, tombstone[0]);
        assertEquals("", tombstone[1]);
        assertEquals(null, tombstone[2]);
        assertEquals(null, tombstone[3]);
        assertFalse(tombstone[4] == null, "marked deleted");
        assertEquals(0L, count("SELECT COUNT(*) FROM account_role WHERE account_id = ?1", id));

        People.member(base, email, "Nouvelle " + name, "Nouvel organisme " + System.nanoTime());
        assertEquals(1L, count("SELECT COUNT(*) FROM account WHERE email = ?1 AND deleted_at IS NULL", email));
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
