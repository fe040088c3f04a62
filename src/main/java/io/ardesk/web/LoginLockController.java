package io.ardesk.web;

import io.ardesk.config.LoginThrottle;
import io.ardesk.ledger.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The login locks in force after wrong passwords; an administrator may lift one before it expires. */
@RestController
@RequestMapping("/api/admin/login-locks")
@PreAuthorize("hasRole('ADMIN')")
public class LoginLockController {

  private final LoginThrottle throttle;

  LoginLockController(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Operation(summary = "Login locks in force on this node: user or address, and until when")
  @GetMapping
  public List<LoginThrottle.Lock> locks() {
    return throttle.locks();
  }

  @Operation(summary = "Lift a login lock before it expires (scope user or address)")
  @DeleteMapping("/{scope}")
  public ResponseEntity<Void> unlock(@PathVariable String scope, @RequestParam String key, Authentication caller) {
    if (!throttle.unlock(scope, key, caller.getName())) {
      throw new NotFoundException("login lock", "key", scope + " " + key);
    }
    return ResponseEntity.noContent().build();
  }
}
