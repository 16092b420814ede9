package org.kmbportal.curation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * One curator's collections have different titles (the same words, whatever their case and spaces, are the same
 * title), so "Add to collection" and the lists of one's collections never offer two that cannot be told apart.
 * Editorial collections (no curator) are one owner's. Every way of making or renaming a collection asks here (create,
 * edit, import, the "Add to collection" path's new collection), under the change log's lock, so two saves at once
 * cannot both pass.
 */
@ApplicationScoped
public class CollectionTitles {

    @Inject
    EntityManager em;

    /** The owner's other collection (not {@code slug}) with the same title as {@code title}, if any. */
    public Optional<Collection> sameTitle(Long owner, String slug, String title) {
        String wanted = comparable(title);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        var query = owner == null
                ? em.createQuery("select c from Collection c where c.curatorAccountId is null", Collection.class)
                : em.createQuery("select c from Collection c where c.curatorAccountId = :owner", Collection.class)
                        .setParameter("owner", owner);
        return query.getResultStream().filter(c -> !c.getSlug().equals(slug))
                .filter(c -> comparable(c.getTitle()).equals(wanted)).findFirst();
    }

    /** Refuses with {@link CollectionAdding.SameTitle} when the owner has another collection of that title. */
    void refuseSame(Long owner, String slug, String title, boolean callersOwn) {
        Optional<Collection> same = sameTitle(owner, slug, title);
        if (same.isPresent()) {
            throw new CollectionAdding.SameTitle(same.get(), callersOwn);
        }
    }

    /**
     * The title as a reader tells two apart: case, spaces of any kind, the apostrophe's and the dash's shapes and
     * quotation marks of any style do not make another title (« l’école » and "L'école" look the same in a list).
     */
    static String comparable(String title) {
        if (title == null) {
            return "";
        }
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201B\u02BC\u2032`\u00B4]", "'")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("[\"\u00AB\u00BB\u201C\u201D\u201E\u201F\u2039\u203A]", " ");
        return folded.replaceAll("[\\s\u00A0\u2007\u202F]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
