package io.ardesk.config;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.stereotype.Component;

/**
 * The process engine starts after Flyway has migrated the database: the engine's own tables are a
 * Flyway migration ({@code V91__Camunda_engine_schema}), and with {@code schema-update: false}
 * (the {@code postgres} profile) the engine only checks that they are there.
 */
@Component
class EngineAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {

  EngineAfterFlyway() {
    super(ProcessEngine.class, ProcessEngineFactoryBean.class, FlywayMigrationInitializer.class);
  }
}
