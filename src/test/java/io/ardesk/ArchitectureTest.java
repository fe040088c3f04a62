package io.ardesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain packages know nothing of Camunda, the web layer or the workflow layer (docs/design.md). */
@AnalyzeClasses(packages = "io.ardesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String[] DOMAIN = {"io.ardesk.ledger..", "io.ardesk.credit..", "io.ardesk.collections..",
      "io.ardesk.complaints..", "io.ardesk.orders..", "io.ardesk.letters..", "io.ardesk.statements.."};

  @ArchTest
  static final ArchRule domainKnowsNoCamundaWebOrWorkflow = noClasses().that().resideInAnyPackage(DOMAIN)
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "io.ardesk.web..", "io.ardesk.workflow..",
          "jakarta.servlet..", "org.springframework.web..")
      .allowEmptyShould(true);

  @ArchTest
  static final ArchRule webDoesNotReachIntoTheEngineDirectly = noClasses().that().resideInAPackage("io.ardesk.web..")
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.impl..")
      .allowEmptyShould(true);
}
