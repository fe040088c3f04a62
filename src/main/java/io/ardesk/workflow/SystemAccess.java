package io.ardesk.workflow;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the application makes on its own behalf (a payment posted by one user
 * re-evaluating a collection case) without the engine checking that user's authorizations, and
 * restores the user's authentication afterwards.
 */
@Component
public class SystemAccess {

  private final IdentityService identity;

  SystemAccess(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> work) {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null) {
      return work.get();
    }
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      identity.setAuthentication(user);
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
