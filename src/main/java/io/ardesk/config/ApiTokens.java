package io.ardesk.config;

import io.ardesk.ledger.InvalidInputException;
import io.ardesk.ledger.InvalidInputException.FieldProblem;
import io.ardesk.ledger.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations. An administrator creates a token for a technical user (a Camunda user of its
 * own with a password nobody knows, member of the token's groups): its name, the groups it acts as, whether
 * it may call engine REST, and its expiry. The token is shown once; the database keeps its SHA-256. A
 * request sends it as {@code Authorization: Bearer …}; it never passes through the password check, so the
 * login throttle never touches it.
 *
 * <p>A request costs no identity look-up: the token's user, groups and expiry are resolved once and kept
 * for {@code ardesk.api-tokens.cache-ttl} (30 s), so a token revoked on another node is refused there within
 * that time (at once on the node that revoked it); expiry is checked on every request. The last use is
 * written at most once a minute per token and node.
 */
@Service
public class ApiTokens {
  static final Logger log = LoggerFactory.getLogger("io.ardesk.login");
  static final String PREFIX = "ardk_";
  static final Duration LAST_USE_EVERY = Duration.ofMinutes(1);
  static final Duration LONGEST = Duration.ofDays(731);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A token as listed: never the token itself. */
  public record Token(long id, String name, String userId, List<String> groups, boolean engineRest,
      Instant expiresAt, Instant createdAt, String createdBy, Instant revokedAt, String revokedBy,
      Instant lastUsedAt) {}

  /** A token just created, with its secret: the only time it is shown. */
  public record Issued(Token token, String secret) {}

  /** Who a valid token acts as. */
  public record Caller(long tokenId, String userId, List<String> groups, boolean engineRest, Instant expiresAt) {}

  /** What an administrator asks for. */
  public record NewToken(String name, String userId, List<String> groups, Boolean engineRest, Instant expiresAt) {}

  private record Cached(Caller caller, Instant loadedAt) {}

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final Clock clock;
  private final Duration cacheTtl;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private final Map<Long, Instant> lastUseWritten = new ConcurrentHashMap<>();

  ApiTokens(JdbcTemplate jdbc, IdentityService identity, Clock clock,
      @Value("${ardesk.api-tokens.cache-ttl:30s}") Duration cacheTtl) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.clock = clock;
    this.cacheTtl = cacheTtl;
  }

  @Transactional
  public Issued create(NewToken request, String admin) {
    Instant now = clock.instant();
    List<FieldProblem> problems = new ArrayList<>();
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      problems.add(new FieldProblem("name", "a name of 1 to 100 characters"));
    }
    String userId = request.userId() == null ? "" : request.userId().strip();
    boolean userKnown = false;
    if (!userId.matches("[a-zA-Z0-9._-]{1,64}")) {
      problems.add(new FieldProblem("userId", "1 to 64 letters, digits, '.', '_' or '-'"));
    } else {
      userKnown = identity.createUserQuery().userId(userId).count() > 0;
      if (userKnown && tokensOf(userId) == 0) {
        problems.add(new FieldProblem("userId", userId + " is a person's login; a token acts as a technical user of its own"));
      }
    }
    List<String> groups = request.groups() == null ? List.of()
        : List.copyOf(new LinkedHashSet<>(request.groups().stream().map(g -> g == null ? "" : g.strip()).toList()));
    if (groups.isEmpty()) {
      problems.add(new FieldProblem("groups", "at least one of " + roleGroups()));
    }
    for (String group : groups) {
      if (RoleGroup.ofGroupId(group).isEmpty()) {
        problems.add(new FieldProblem("groups", group + " is not one of " + roleGroups()
            + (RoleGroup.ADMIN_GROUP.equals(group) ? " (a token never administers)" : "")));
      }
    }
    if (request.expiresAt() == null || !request.expiresAt().isAfter(now)
        || request.expiresAt().isAfter(now.plus(LONGEST))) {
      problems.add(new FieldProblem("expiresAt", "a time in the next two years"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    technicalUser(userId, userKnown, groups);
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    boolean engineRest = Boolean.TRUE.equals(request.engineRest());
    var key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("insert into api_token (name, user_id, group_ids, engine_rest, token_hash,"
          + " expires_at, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      insert.setString(1, name);
      insert.setString(2, userId);
      insert.setString(3, String.join(",", groups));
      insert.setBoolean(4, engineRest);
      insert.setString(5, hash(secret));
      insert.setTimestamp(6, Timestamp.from(request.expiresAt()));
      insert.setTimestamp(7, Timestamp.from(now));
      insert.setString(8, admin);
      return insert;
    }, key);
    long id = key.getKey().longValue();
    log.info("API token created: id={} name={} user={} groups={} engineRest={} expires={} by={}", id,
        LoginThrottle.clean(name), userId, groups, engineRest, request.expiresAt(), admin);
    return new Issued(find(id), secret);
  }

  public List<Token> list() {
    return jdbc.query("select * from api_token order by id desc", ApiTokens::token);
  }

  @Transactional
  public Token revoke(long id, String admin) {
    Token token = find(id);
    if (token.revokedAt() == null) {
      jdbc.update("update api_token set revoked_at = ?, revoked_by = ? where id = ?", Timestamp.from(clock.instant()),
          admin, id);
      log.info("API token revoked: id={} user={} by={}", id, token.userId(), admin);
    }
    cache.values().removeIf(cached -> cached.caller().tokenId() == id);
    return find(id);
  }

  /** The caller a token acts as; empty for a token unknown, revoked or expired. */
  public Optional<Caller> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    String hash = hash(secret);
    Cached cached = cache.get(hash);
    if (cached == null || cached.loadedAt().plus(cacheTtl).isBefore(now) || cached.loadedAt().isAfter(now)) {
      List<Caller> found = jdbc.query("select id, user_id, group_ids, engine_rest, expires_at from api_token"
          + " where token_hash = ? and revoked_at is null", (rs, row) -> new Caller(rs.getLong("id"),
              rs.getString("user_id"), groups(rs.getString("group_ids")), rs.getBoolean("engine_rest"),
              rs.getTimestamp("expires_at").toInstant()), hash);
      if (found.isEmpty()) {
        cache.remove(hash);
        return Optional.empty();
      }
      cached = new Cached(found.get(0), now);
      cache.put(hash, cached);
    }
    Caller caller = cached.caller();
    if (!caller.expiresAt().isAfter(now)) {
      return Optional.empty();
    }
    Instant written = lastUseWritten.get(caller.tokenId());
    if (written == null || !written.plus(LAST_USE_EVERY).isAfter(now) || written.isAfter(now)) {
      lastUseWritten.put(caller.tokenId(), now);
      jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(now), caller.tokenId());
    }
    return Optional.of(caller);
  }

  private Token find(long id) {
    return jdbc.query("select * from api_token where id = ?", ApiTokens::token, id).stream().findFirst()
        .orElseThrow(() -> new NotFoundException("API token", "id", Long.toString(id)));
  }

  private int tokensOf(String userId) {
    Integer count = jdbc.queryForObject("select count(*) from api_token where user_id = ?", Integer.class, userId);
    return count == null ? 0 : count;
  }

  /** The technical user in Camunda's identity, a member of the token's groups, with a password nobody knows. */
  private void technicalUser(String userId, boolean known, List<String> groups) {
    if (!known) {
      User user = identity.newUser(userId);
      user.setFirstName("API token");
      user.setLastName(userId);
      byte[] random = new byte[24];
      RANDOM.nextBytes(random);
      user.setPassword("Tk-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "-9aZ!");
      identity.saveUser(user);
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
        identity.createMembership(userId, group);
      }
    }
  }

  private static Token token(ResultSet rs, int row) throws SQLException {
    return new Token(rs.getLong("id"), rs.getString("name"), rs.getString("user_id"), groups(rs.getString("group_ids")),
        rs.getBoolean("engine_rest"), instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("created_at")),
        rs.getString("created_by"), instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"),
        instant(rs.getTimestamp("last_used_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static List<String> groups(String joined) {
    return Arrays.stream(joined.split(",")).filter(g -> !g.isBlank()).toList();
  }

  private static String roleGroups() {
    return String.join(", ", Arrays.stream(RoleGroup.values()).map(RoleGroup::groupId).toList());
  }

  static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
