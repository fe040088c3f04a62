package io.ardesk.web;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells a caller who the API takes it for: its user id and roles. */
@RestController
public class WhoAmIController {

  public record Me(String userId, List<String> roles) {}

  @GetMapping("/api/me")
  public Me me(Authentication authentication) {
    return new Me(authentication.getName(),
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
  }
}
