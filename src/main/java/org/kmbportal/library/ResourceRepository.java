package org.kmbportal.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/** The queries the library needs, so that no other class writes JPQL about resources. */
@ApplicationScoped
public class ResourceRepository {

    @Inject
    EntityManager em;

    public Optional<Resource> findBySlug(String slug) {
        return em.createQuery("select r from Resource r where r.slug = :slug", Resource.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public List<Resource> findBySlugs(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Resource r where r.slug in :slugs", Resource.class)
                .setParameter("slugs", slugs).getResultList();
    }

    /** The drafts and drafts in review titled with one of these titles, in as few queries as the database allows. */
    public List<Resource> openDraftsTitled(Collection<String> titles) {
        List<Resource> found = new ArrayList<>();
        for (List<String> chunk : chunks(titles)) {
            found.addAll(em.createQuery("select r from Resource r where r.status in :open and r.title in :titles",
                    Resource.class)
                    .setParameter("open", EnumSet.of(PublicationStatus.DRAFT, PublicationStatus.IN_REVIEW))
                    .setParameter("titles", chunk).getResultList());
        }
        return found;
    }

    /** A list of parameters in pieces a database takes in one statement (PostgreSQL takes 32,767 at most). */
    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(new LinkedHashSet<>(values));
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST_MAX) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST_MAX)));
        }
        return chunks;
    }

    private static final int IN_LIST_MAX = 5_000;

    public List<Resource> all() {
        return em.createQuery("select r from Resource r order by r.slug", Resource.class).getResultList();
    }

    public List<Resource> inStates(java.util.Set<PublicationStatus> states, int max) {
        return em.createQuery("select r from Resource r where r.status in :states order by r.updatedAt desc, r.slug",
                Resource.class).setParameter("states", states).setMaxResults(max).getResultList();
    }

    void persist(Resource resource) {
        em.persist(resource);
    }

    void remove(Resource resource) {
        em.remove(resource);
    }

    public long countPublished() {
        return em.createQuery("select count(r) from Resource r where r.status = :published", Long.class)
                .setParameter("published", PublicationStatus.PUBLISHED).getSingleResult();
    }

    public List<String> publishedTitles() {
        return em.createQuery("select r.title from Resource r where r.status = :published", String.class)
                .setParameter("published", PublicationStatus.PUBLISHED).getResultList();
    }

    public Map<String, Long> publishedVersions() {
        Map<String, Long> versions = new java.util.HashMap<>();
        em.createQuery("select r.slug, r.version from Resource r where r.status = :published", Object[].class)
                .setParameter("published", PublicationStatus.PUBLISHED).getResultList()
                .forEach(row -> versions.put((String) row[0], ((Number) row[1]).longValue()));
        return versions;
    }

    public long countAll() {
        return em.createQuery("select count(r) from Resource r", Long.class).getSingleResult();
    }

    public Page<Resource> published(BrowseFilter filter, int page, int size) {
        String where = where(filter);
        TypedQuery<Long> count = em.createQuery("select count(r) from Resource r" + where, Long.class);
        TypedQuery<Resource> items = em.createQuery(
                "select r from Resource r" + where + " order by r.published desc, r.slug", Resource.class);
        bind(count, filter);
        bind(items, filter);
        items.setFirstResult((page - 1) * size).setMaxResults(size);
        return new Page<>(items.getResultList(), count.getSingleResult(), page, size);
    }

    /**
     * Like {@link #published(BrowseFilter, int, int)}, each resource once: without a language filter, a version in
     * another language than the reader's is left out when the reader's version is published and fits the filter too.
     */
    public Page<Resource> publishedOnce(BrowseFilter filter, String readerLanguage, int page, int size) {
        if (filter.language().isPresent()) {
            return published(filter, page, size);
        }
        StringBuilder where = new StringBuilder(where(filter)).append(" and not (r.language <> :reader and exists")
                .append(" (select o from Resource o where o.status = :published and o.language = :reader")
                .append(" and (o.slug = r.translationOf or o.translationOf = r.slug")
                .append(" or (o.translationOf = r.translationOf and r.translationOf <> ''))");
        filter.type().ifPresent(t -> where.append(" and type(o) = :type"));
        if (filter.hasTerm()) {
            where.append(" and exists (select o2 from Resource o2 join o2.terms t2 where o2 = o")
                    .append(" and t2.vocabulary = :vocabulary and t2.term = :term)");
        }
        where.append("))");
        TypedQuery<Long> count = em.createQuery("select count(r) from Resource r" + where, Long.class);
        TypedQuery<Resource> items = em.createQuery(
                "select r from Resource r" + where + " order by r.published desc, r.slug", Resource.class);
        bind(count, filter);
        bind(items, filter);
        count.setParameter("reader", readerLanguage);
        items.setParameter("reader", readerLanguage);
        items.setFirstResult((page - 1) * size).setMaxResults(size);
        return new Page<>(items.getResultList(), count.getSingleResult(), page, size);
    }

    /** Topic key to the number of published resources about it. */
    public Map<String, Long> publishedCountsBy(String vocabulary) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select t.term, count(r) from Resource r join r.terms t where r.status = :published"
                + " and t.vocabulary = :vocabulary group by t.term", Object[].class)
                .setParameter("published", PublicationStatus.PUBLISHED).setParameter("vocabulary", vocabulary)
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Term key to the number of published translations described with it whose published original is described with
     * it too: those a count of resources by term would count twice.
     */
    public Map<String, Long> translationsCountedBy(String vocabulary) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select t.term, count(r) from Resource r join r.terms t where r.status = :published"
                + " and t.vocabulary = :vocabulary and r.translationOf is not null and exists (select o from Resource o"
                + " join o.terms t2 where o.slug = r.translationOf and o.status = :published"
                + " and t2.vocabulary = :vocabulary and t2.term = t.term) group by t.term", Object[].class)
                .setParameter("published", PublicationStatus.PUBLISHED).setParameter("vocabulary", vocabulary)
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** The other-language versions of a resource: those it translates and those translating it. */
    public List<Resource> translationsOf(Resource resource) {
        return em.createQuery("select r from Resource r where r.status = :published and r.slug <> :slug and"
                + " (r.translationOf = :slug or r.slug = :of or (r.translationOf = :of and r.translationOf <> ''))",
                Resource.class).setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("slug", resource.getSlug()).setParameter("of", resource.getTranslationOf())
                .getResultList();
    }

    /**
     * The next published resources after this id, in id order, read only: the callers (the index rebuild, the link
     * checks) never change them, so they are not copied into the persistence context nor compared with their copies at
     * the end of the transaction (that was half of a rebuild's reading of the database).
     */
    public List<Resource> publishedAfter(long lastId, int max) {
        return em.createQuery(
                "select r from Resource r where r.status = :published and r.id > :last order by r.id", Resource.class)
                .setParameter("published", PublicationStatus.PUBLISHED).setParameter("last", lastId)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE).setMaxResults(max).getResultList();
    }

    private static String where(BrowseFilter filter) {
        // The term as a subquery, not a join: each resource comes once without a DISTINCT, so the database can walk
        // the listing index in order and stop at the page's end (a DISTINCT sorted all 50,000 first: 290 ms).
        StringBuilder where = new StringBuilder(" where r.status = :published");
        filter.type().ifPresent(t -> where.append(" and type(r) = :type"));
        if (filter.hasTerm()) {
            where.append(" and exists (select t from Resource x join x.terms t where x = r")
                    .append(" and t.vocabulary = :vocabulary and t.term = :term)");
        }
        filter.language().ifPresent(l -> where.append(" and r.language = :language"));
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, BrowseFilter filter) {
        query.setParameter("published", PublicationStatus.PUBLISHED);
        filter.type().ifPresent(t -> query.setParameter("type",
                t == ResourceType.RESEARCH_SUMMARY ? ResearchSummary.class : PracticeGuide.class));
        if (filter.hasTerm()) {
            query.setParameter("vocabulary", filter.vocabulary().get()).setParameter("term", filter.term().get());
        }
        filter.language().ifPresent(l -> query.setParameter("language", l));
    }
}
