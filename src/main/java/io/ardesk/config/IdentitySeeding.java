package io.ardesk.config;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.security.SecureRandom;
import io.ardesk.language.TeamLanguage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seeds, idempotently, on every start: the role groups and their authorizations, the administrator,
 * the Tasklist filters and (local mode only) one demo user per group. Anything that exists is left
 * as it is, so a second start creates nothing. A start-up step under the {@link StartupLock}: nodes
 * starting together seed one after the other, so none meets another's half-written groups.
 */
@Component
public class IdentitySeeding extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(IdentitySeeding.class);


  /** Demo users for local mode, listed in README.md. */
  public static final List<DemoUser> DEMO_USERS = List.of(
      new DemoUser("lily", "Lily", "Chen", RoleGroup.SALES),
      new DemoUser("frank", "Frank", "Wu", RoleGroup.FINANCE),
      new DemoUser("carol", "Carol", "Lin", RoleGroup.CREDIT),
      // a second member of credit: the requester of an extension does not check its credit
      new DemoUser("chris", "Chris", "Xu", RoleGroup.CREDIT),
      new DemoUser("steve", "Steve", "Wang", RoleGroup.SUPERVISOR),
      new DemoUser("olivia", "Olivia", "Zhou", RoleGroup.PROCESS_OWNER));

  /**
   * A demo user; its password is {@code Ardesk-<group>-1}: Camunda's password policy (on) wants 10+
   * characters with upper and lower case, a digit and a special character, and no user id or name in it.
   */
  public record DemoUser(String id, String firstName, String lastName, RoleGroup group) {
    public String password() {
      return "Ardesk-" + group.groupId() + "-1";
    }
  }

  private static final String GENERATED_PASSWORD_CHARACTERS =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";

  private final ArDeskProperties properties;
  private final DemoMode demoMode;
  private final TeamLanguage language;
  private final StartupLock startupLock;

  public IdentitySeeding(ArDeskProperties properties, DemoMode demoMode, TeamLanguage language,
      StartupLock startupLock) {
    this.properties = properties;
    this.demoMode = demoMode;
    this.language = language;
    this.startupLock = startupLock;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    startupLock.holding("seeding", () -> seed(engine));
  }

  public void seed(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (RoleGroup group : RoleGroup.values()) {
      createGroup(identity, group.groupId(), group.groupName());
      grantRoleGroup(authorizations, group);
    }
    createGroup(identity, RoleGroup.ADMIN_GROUP, "AR Desk administrators");
    for (Resources resource : Resources.values()) {
      grant(authorizations, RoleGroup.ADMIN_GROUP, resource, "*", Permissions.ALL);
    }
    seedAdministrator(identity);
    if (demoMode.users()) {
      for (DemoUser demo : DEMO_USERS) {
        if (createUser(identity, demo.id(), demo.firstName(), demo.lastName(), demo.password())) {
          identity.createMembership(demo.id(), demo.group().groupId());
        }
      }
    }
    seedFilters(engine.getFilterService(), engine.getTaskService(), authorizations);
    seedDepartments(identity, engine.getFilterService(), engine.getTaskService(), authorizations);
  }

  /**
   * The departments a complaint's step 12 tells (docs/domain.md §10): a group each, Tasklist access, their
   * own filter (supervisors see it too) and the complaint history their tasks need. Finance is the
   * {@code finance} role group.
   */
  public static final Map<String, String> DEPARTMENT_GROUPS = new java.util.LinkedHashMap<>(Map.of(
      "dept-quality", "Quality department", "dept-logistics", "Logistics department",
      "dept-warehouse", "Warehouse", "dept-after-sales", "After-sales service"));

  private void seedDepartments(IdentityService identity, FilterService filters, TaskService tasks,
      AuthorizationService authorizations) {
    Filter mine = findFilter(filters, "mine");
    int priority = 20;
    for (Map.Entry<String, String> department : new java.util.TreeMap<>(DEPARTMENT_GROUPS).entrySet()) {
      String id = department.getKey();
      createGroup(identity, id, department.getValue());
      grant(authorizations, id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(authorizations, id, Resources.PROCESS_DEFINITION, "complaint-handling", Permissions.READ,
          Permissions.READ_HISTORY);
      grant(authorizations, id, Resources.FILTER, mine.getId(), Permissions.READ);
      Filter open = findOrCreateFilter(filters, "open." + id, priority++, id,
          tasks.createTaskQuery().taskCandidateGroup(id).includeAssignedTasks().orderByDueDate().asc());
      grant(authorizations, id, Resources.FILTER, open.getId(), Permissions.READ);
      grant(authorizations, RoleGroup.SUPERVISOR.groupId(), Resources.FILTER, open.getId(), Permissions.READ);
    }
  }

  private void seedAdministrator(IdentityService identity) {
    String adminId = properties.admin().user();
    String password = properties.admin().password();
    boolean generated = password.isBlank();
    if (identity.createUserQuery().userId(adminId).count() > 0) {
      return;
    }
    User candidate = identity.newUser(adminId);
    candidate.setFirstName("AR Desk");
    candidate.setLastName("Administrator");
    if (generated) {
      do {
        password = generatePassword();
      } while (!satisfiesPolicy(identity, password, candidate));
    } else if (!satisfiesPolicy(identity, password, candidate)) {
      throw new IllegalStateException("ARDESK_ADMIN_PASSWORD does not satisfy Camunda's password policy: at least "
          + "10 characters with an upper-case and a lower-case letter, a digit and a special character, and not "
          + "containing the user id or name");
    }
    if (createUser(identity, adminId, "AR Desk", "Administrator", password)) {
      identity.createMembership(adminId, RoleGroup.ADMIN_GROUP);
      if (generated) {
        log.warn("\n\n  Administrator '{}' created with the generated password: {}\n"
            + "  It is shown only this once; set ARDESK_ADMIN_PASSWORD to choose your own.\n", adminId, password);
      }
    }
  }

  /**
   * Who starts which process (README, "Controls"): a process definition key and the groups whose
   * members may start it from Tasklist or engine REST. {@code collection-case} and
   * {@code collections-run} are started by AR Desk only, as are the message starts (a message start
   * event is refused to users by {@code io.ardesk.workflow.controls.EngineControls}).
   */
  /** Process definitions whose tasks a group without Cockpit works, and so reads the history of. */
  static final Map<RoleGroup, List<String>> TASK_HISTORY = Map.of(
      RoleGroup.SALES, List.of("collection-case", "order-to-cash", "complaint-handling", "customer-credit-review"),
      RoleGroup.FINANCE, List.of("collection-case", "complaint-handling", "customer-credit-review",
          "statement-confirmation"),
      RoleGroup.CREDIT, List.of("collection-case", "order-to-cash", "payment-extension", "customer-credit-review",
          "complaint-handling", "statement-confirmation", "letter-not-sent"));

  public static final Map<String, List<RoleGroup>> START_RIGHTS = Map.of(
      "order-to-cash", List.of(RoleGroup.SALES),
      "payment-extension", List.of(RoleGroup.CREDIT, RoleGroup.SALES, RoleGroup.FINANCE),
      "complaint-handling", List.of(RoleGroup.values()),
      "customer-credit-review", List.of(RoleGroup.SALES, RoleGroup.CREDIT),
      // started by the statements run only
      "statement-confirmation", List.of());

  private static boolean satisfiesPolicy(IdentityService identity, String password, User user) {
    return identity.getPasswordPolicy() == null || identity.checkPasswordAgainstPolicy(password, user).isValid();
  }

  private static String generatePassword() {
    var random = new SecureRandom();
    var password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(GENERATED_PASSWORD_CHARACTERS.charAt(random.nextInt(GENERATED_PASSWORD_CHARACTERS.length())));
    }
    return password.toString();
  }

  private void grantRoleGroup(AuthorizationService authorizations, RoleGroup group) {
    String id = group.groupId();
    grant(authorizations, id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    // earlier versions granted CREATE_INSTANCE on every process ('*'): every group could start every
    // process and fire every message start event. Take it back, keep what else the grant holds.
    revoke(authorizations, id, Resources.PROCESS_DEFINITION, "*", Permissions.CREATE_INSTANCE);
    if (group.opensCockpit()) {
      grant(authorizations, id, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(authorizations, id, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
          Permissions.READ_HISTORY, Permissions.READ_TASK);
      grant(authorizations, id, Resources.PROCESS_INSTANCE, "*", Permissions.READ, Permissions.CREATE);
      grant(authorizations, id, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
      grant(authorizations, id, Resources.DEPLOYMENT, "*", Permissions.READ);
    } else {
      grant(authorizations, id, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
      grant(authorizations, id, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      // the history of the processes whose tasks the group works: Tasklist's comments and history tab
      // (a collector's comment on a call) read it
      TASK_HISTORY.getOrDefault(group, List.of()).forEach(processKey ->
          grant(authorizations, id, Resources.PROCESS_DEFINITION, processKey, Permissions.READ_HISTORY));
    }
    START_RIGHTS.forEach((processKey, groups) -> {
      if (groups.contains(group)) {
        grant(authorizations, id, Resources.PROCESS_DEFINITION, processKey, Permissions.CREATE_INSTANCE);
      } else {
        revoke(authorizations, id, Resources.PROCESS_DEFINITION, processKey, Permissions.CREATE_INSTANCE);
      }
    });
    // users and groups are listed for administrators only; Tasklist reads the logged-in user's own
    // profile and groups, which the engine allows without a grant
    deleteGrant(authorizations, id, Resources.USER, "*");
    deleteGrant(authorizations, id, Resources.GROUP, "*");
  }


  private void seedFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    Filter mine = findOrCreateFilter(filters, "mine", -10, null,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    for (RoleGroup group : RoleGroup.values()) {
      grant(authorizations, group.groupId(), Resources.FILTER, mine.getId(), Permissions.READ);
      if (group.filterName().isEmpty()) {
        continue;
      }
      Filter open = findOrCreateFilter(filters, "open." + group.groupId(), group.ordinal(), group.groupId(),
          tasks.createTaskQuery().taskCandidateGroup(group.groupId()).includeAssignedTasks().orderByDueDate().asc());
      grant(authorizations, group.groupId(), Resources.FILTER, open.getId(), Permissions.READ);
      grant(authorizations, RoleGroup.SUPERVISOR.groupId(), Resources.FILTER, open.getId(), Permissions.READ);
    }
    // the collection cases' tasks take their priority from the case's expected loss (the worklist)
    Filter byLoss = findOrCreateFilter(filters, "byLoss", RoleGroup.values().length, null,
        tasks.createTaskQuery().taskCandidateGroup(RoleGroup.CREDIT.groupId()).includeAssignedTasks()
            .orderByTaskPriority().desc().orderByDueDate().asc());
    grant(authorizations, RoleGroup.CREDIT.groupId(), Resources.FILTER, byLoss.getId(), Permissions.READ);
    grant(authorizations, RoleGroup.SUPERVISOR.groupId(), Resources.FILTER, byLoss.getId(), Permissions.READ);
  }

  /** The filter property naming which of AR Desk's filters a filter is, whatever its name's language. */
  static final String FILTER_KEY = "ardeskFilter";

  /**
   * The filter {@code key} (filter.&lt;key&gt; in the message bundles), named and described in the team's
   * language. A filter seeded before it had a key is found by its name in any language; a filter of
   * another language is renamed, its query, priority and grants kept (docs/configuration.md, "Languages").
   */
  private Filter findOrCreateFilter(FilterService filters, String key, int priority, String groupId,
      TaskQuery query) {
    String name = language.text("filter." + key);
    String description = groupId == null ? language.text("filter." + key + ".description")
        : language.text("filter.open.description", groupId);
    Filter existing = findFilter(filters, key);
    if (existing != null) {
      if (!name.equals(existing.getName()) || !description.equals(existing.getProperties().get("description"))) {
        Map<String, Object> properties = new HashMap<>(existing.getProperties());
        properties.put("description", description);
        properties.put(FILTER_KEY, key);
        existing.setName(name);
        existing.setProperties(properties);
        filters.saveFilter(existing);
      }
      return existing;
    }
    Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(new HashMap<>(Map.of(
        "description", description, "priority", priority, "refresh", true, "color", "#2f6f9f", FILTER_KEY, key)));
    filters.saveFilter(filter);
    return filter;
  }

  /** AR Desk's filter {@code key}: by its key, else (seeded before keys) by its name in any of the languages. */
  private static Filter findFilter(FilterService filters, String key) {
    List<Filter> all = filters.createFilterQuery().list();
    for (Filter filter : all) {
      if (filter.getProperties() != null && key.equals(filter.getProperties().get(FILTER_KEY))) {
        return filter;
      }
    }
    Set<String> names = new HashSet<>();
    for (String tag : TeamLanguage.LANGUAGES) {
      names.add(new TeamLanguage(tag).text("filter." + key));
    }
    return all.stream().filter(f -> names.contains(f.getName())
        && (f.getProperties() == null || f.getProperties().get(FILTER_KEY) == null)).findFirst().orElse(null);
  }

  private static void createGroup(IdentityService identity, String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private static boolean createUser(IdentityService identity, String id, String first, String last, String password) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return false;
    }
    User user = identity.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setPassword(password);
    identity.saveUser(user);
    return true;
  }

  /** Removes the permissions from the group's grant on the resource, keeping the others it holds. */
  private static void revoke(AuthorizationService authorizations, String groupId, Resource resource,
      String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (existing == null) {
      return;
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (existing.isPermissionGranted(permission)) {
        existing.removePermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(existing);
    }
  }

  private static void deleteGrant(AuthorizationService authorizations, String groupId, Resource resource,
      String resourceId) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (existing != null) {
      authorizations.deleteAuthorization(existing.getId());
    }
  }

  private static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    Authorization authorization = existing;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
