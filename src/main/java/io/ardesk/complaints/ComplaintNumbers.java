package io.ardesk.complaints;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Draws the next value of {@code complaint_seq}, in the SQL of the database at hand (H2 or
 * PostgreSQL): a complaint's id, from which its number {@code C-2026-000123} is made.
 */
@Component
class ComplaintNumbers {
  private final EntityManager entityManager;
  private final String nextValue;

  ComplaintNumbers(EntityManager entityManager) {
    this.entityManager = entityManager;
    this.nextValue = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
        .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("complaint_seq");
  }

  long next() {
    return ((Number) entityManager.createNativeQuery(nextValue).getSingleResult()).longValue();
  }
}
