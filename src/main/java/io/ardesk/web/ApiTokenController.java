package io.ardesk.web;

import io.ardesk.config.ApiTokens;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens for integrations, managed by administrators (docs/operations.md "API tokens"). */
@RestController
@RequestMapping("/api/admin/api-tokens")
@PreAuthorize("hasRole('ADMIN')")
public class ApiTokenController {

  private final ApiTokens tokens;

  ApiTokenController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Operation(summary = "Create an API token for a technical user",
      description = "name, userId (a technical user of its own, created if new), groups it acts as (sales, finance,"
          + " credit, supervisor, process-owner), engineRest (whether it may call /engine-rest), expiresAt (within two"
          + " years). The answer's token is shown this once; send it as 'Authorization: Bearer <token>'.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public ApiTokens.Issued create(@RequestBody ApiTokens.NewToken request, Authentication caller) {
    return tokens.create(request, caller.getName());
  }

  @Operation(summary = "The API tokens, newest first (never the token itself): expiry, revocation, last use")
  @GetMapping
  public List<ApiTokens.Token> list() {
    return tokens.list();
  }

  @Operation(summary = "Revoke an API token: refused from now on (on other nodes within ardesk.api-tokens.cache-ttl)")
  @DeleteMapping("/{id}")
  public ApiTokens.Token revoke(@PathVariable long id, Authentication caller) {
    return tokens.revoke(id, caller.getName());
  }
}
