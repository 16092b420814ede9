package org.kmbportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Makes the container-managed persistence context injectable with {@code @Inject EntityManager}. */
@ApplicationScoped
public class Persistence {

    @Produces
    @PersistenceContext(unitName = "kmb")
    private EntityManager entityManager;
}
