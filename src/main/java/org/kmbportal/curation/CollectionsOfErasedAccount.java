package org.kmbportal.curation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.kmbportal.accounts.AccountErased;
import org.kmbportal.library.ChangeLog;
import org.kmbportal.library.LibraryChange;

/**
 * A member who deletes their account takes with them the collections only they (or holders of a secret link) could
 * open: private and unlisted ones. Public and shared collections are work others rely on: they stay, curated by "a
 * former member" (in the collection's language, the other language beside it: a curator is named in words, in each
 * language, as its content file carries it; it is not the marker other features keep). The collections they followed and
 * the organizations they supported as a mentor are forgotten.
 */
@ApplicationScoped
class CollectionsOfErasedAccount {

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    void erase(@Observes AccountErased erased) {
        // what the person followed, and which organizations they supported as a mentor, are theirs alone
        em.createQuery("delete from Follow f where f.accountId = :account").setParameter("account",
                erased.accountId()).executeUpdate();
        em.createQuery("delete from MentorSupport s where s.accountId = :account").setParameter("account",
                erased.accountId()).executeUpdate();
        List<Collection> curated = em
                .createQuery("select c from Collection c where c.curatorAccountId = :account", Collection.class)
                .setParameter("account", erased.accountId()).getResultList();
        if (curated.isEmpty()) {
            return;
        }
        changeLog.lock();
        for (Collection collection : curated) {
            if (collection.getVisibility() == Visibility.PRIVATE || collection.getVisibility() == Visibility.UNLISTED) {
                em.createQuery("delete from Follow f where f.collectionId = :c").setParameter("c", collection.getId())
                        .executeUpdate();
                em.remove(collection);
                changeLog.record(collection.getSlug(), LibraryChange.Kind.DELETED);
            } else {
                collection.curatedByFormerMember(AccountErased.formerCurator(collection.getLanguage()),
                        AccountErased.formerCurator("fr".equals(collection.getLanguage()) ? "en" : "fr"));
                changeLog.record(collection.getSlug(), LibraryChange.Kind.SAVED);
            }
        }
    }
}
