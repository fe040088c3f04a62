package io.ardesk.web.engine;

import jakarta.ws.rs.ApplicationPath;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Engine REST as Camunda configures it, except that its three catch-all exception mappers are replaced
 * by {@link EngineRestRefusals}' subclasses of them: a refusal of AR Desk's own rules raised while a task
 * is completed or a form submitted answers 422/403/409 naming the field; every other error is answered
 * by Camunda's own mapper, unchanged. Replacing (not adding next to) them keeps the choice of mapper
 * deterministic: JAX-RS picks by the exception type's distance, and two mappers of the same type tie.
 */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  private static final Set<Class<?>> REPLACED = Set.of(
      RestExceptionHandler.class, ProcessEngineExceptionHandler.class, ExceptionHandler.class);

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    Set<Class<?>> configuration = CamundaRestResources.getConfigurationClasses().stream()
        .filter(type -> !REPLACED.contains(type)).collect(Collectors.toSet());
    if (configuration.size() != CamundaRestResources.getConfigurationClasses().size() - REPLACED.size()) {
      throw new IllegalStateException("engine REST no longer registers " + REPLACED
          + ": " + EngineRestConfig.class.getName() + " needs updating for this Camunda version");
    }
    registerClasses(configuration);
    register(EngineRestRefusals.RestExceptions.class);
    register(EngineRestRefusals.EngineExceptions.class);
    register(EngineRestRefusals.AnyException.class);
    register(org.glassfish.jersey.jackson.JacksonFeature.class);
  }
}
