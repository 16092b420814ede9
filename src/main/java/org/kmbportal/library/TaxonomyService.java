package org.kmbportal.library;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The library's current vocabularies: stored in the database, kept parsed in memory. */
@ApplicationScoped
public class TaxonomyService {

    @Inject
    EntityManager em;

    @Inject
    TaxonomyParser parser;

    private volatile Taxonomy current;

    /** The vocabularies in force (empty until a taxonomy was imported). */
    public Taxonomy current() {
        Taxonomy taxonomy = current;
        if (taxonomy == null) {
            taxonomy = stored().map(source -> parser.parse(source.getYaml())).orElse(Taxonomy.EMPTY);
            current = taxonomy;
        }
        return taxonomy;
    }

    public Optional<String> storedYaml() {
        return stored().map(TaxonomySource::getYaml);
    }

    /**
     * Stores a new taxonomy text. Refused when stored resources use terms the new text drops, so that nothing already
     * in the library loses its meaning.
     *
     * @return true when something changed
     */
    @Transactional
    public boolean replace(String yaml, Taxonomy parsed) {
        Optional<TaxonomySource> existing = stored();
        if (existing.isPresent() && existing.get().getYaml().equals(yaml)) {
            current = parsed;
            return false;
        }
        Set<String> orphans = termsInUseMissingFrom(parsed);
        if (!orphans.isEmpty()) {
            throw new LibraryException("The new taxonomy drops terms that resources still use: " + orphans);
        }
        if (existing.isPresent()) {
            existing.get().update(yaml);
        } else {
            em.persist(new TaxonomySource(yaml));
        }
        current = parsed;
        return true;
    }

    private Set<String> termsInUseMissingFrom(Taxonomy parsed) {
        Set<String> missing = new TreeSet<>();
        for (Object[] row : em.createQuery("select distinct t.vocabulary, t.term from Resource r join r.terms t",
                Object[].class).getResultList()) {
            check(parsed, (String) row[0], (String) row[1], missing);
        }
        for (Object[] row : em.createQuery("select distinct c.vocabulary, c.term from Resource r join r.conditions c",
                Object[].class).getResultList()) {
            check(parsed, (String) row[0], (String) row[1], missing);
        }
        return missing;
    }

    private static void check(Taxonomy parsed, String vocabulary, String term, Set<String> missing) {
        boolean known = parsed.vocabulary(vocabulary).map(v -> v.contains(term)).orElse(false);
        if (!known) {
            missing.add(vocabulary + ": " + term);
        }
    }

    private Optional<TaxonomySource> stored() {
        return Optional.ofNullable(em.find(TaxonomySource.class, TaxonomySource.SINGLE_ROW));
    }

    /** Forgets the parsed copy (after a transaction that changed the stored text rolled back). */
    public void reload() {
        current = null;
    }

    public Map<String, java.util.List<String>> synonyms() {
        return current().synonyms();
    }
}
