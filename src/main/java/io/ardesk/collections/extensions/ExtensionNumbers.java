package io.ardesk.collections.extensions;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Draws the next value of {@code extension_request_seq} in the SQL of the database at hand (H2 or
 * PostgreSQL): a request's id, from which its number {@code EXT-2026-000001} is made.
 */
@Component
class ExtensionNumbers {
  private final EntityManager entityManager;
  private final String nextValue;

  ExtensionNumbers(EntityManager entityManager) {
    this.entityManager = entityManager;
    this.nextValue = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
        .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("extension_request_seq");
  }

  long next() {
    return ((Number) entityManager.createNativeQuery(nextValue).getSingleResult()).longValue();
  }

  static String requestNo(int year, long id) {
    return String.format("EXT-%d-%06d", year, id);
  }
}
