package io.ardesk.workflow.controls;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The engine's own door for people: every command a caller issues (engine REST, Tasklist, the Java
 * API) passes here before it runs, inside the command context. Commands that the engine or the
 * application issue from within another command (a listener correlating a message, a delegate
 * starting a case) are trusted and pass unchecked.
 *
 * <ul>
 *   <li><b>Task input is the form, nothing more.</b> Completing a user task ({@code complete},
 *       {@code submit-form}) accepts only the keys of the task's Camunda Form; a read-only or
 *       disabled field only with the value it shows. Anything else answers 400 naming the variables.
 *       A task without a Camunda Form accepts no variables. This holds for every caller, the
 *       application's own Java code and tests included.
 *   <li><b>Only the assignee completes.</b> A logged-in user completes a task only once it is
 *       assigned to them (claim first), else 403.
 *   <li><b>No variables outside completion.</b> Setting or removing task variables, resolving a
 *       delegated task, throwing a BPMN error or escalation on a task: administrators only.
 *   <li><b>Starts through the start form.</b> A logged-in user starts a process only with the
 *       start form's fields (others: 403 naming them), never at a chosen activity; messages and signals are the
 *       application's (administrators excepted). Who may start which process at all is the engine's
 *       {@code CREATE_INSTANCE} authorization per process definition (see {@code IdentitySeeding}).
 *   <li><b>Nobody works on a colleague's behalf.</b> A user claims or is assigned a task only for
 *       themselves, hands back (unclaims) only their own task, and never changes a task's tenant;
 *       restarting finished process instances (at chosen activities) is for administrators.
 * </ul>
 */
public class EngineControls extends CommandInterceptor {

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  /** Deployed forms never change: their fields per process definition and activity (or start event). */
  private final Map<String, FormFields> forms;

  /** One instance per command chain (an interceptor has one {@code next}); they share the forms read. */
  EngineControls(Map<String, FormFields> forms) {
    this.forms = forms;
  }

  static Map<String, FormFields> newFormCache() {
    return new ConcurrentHashMap<>();
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    try {
      if (depth[0]++ == 0) {
        check(command);
        if (followUpByAssignee(command)) {
          // TASK_WORK lets a worker claim and complete, not update: the follow-up date of a task of
          // one's own is the one change Tasklist offers that needs no more than that
          return Context.getCommandContext().runWithoutAuthorization(() -> next.execute(command));
        }
      }
      return next.execute(command);
    } finally {
      if (--depth[0] == 0) {
        DEPTH.remove();
      }
    }
  }

  private void check(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return;
    }
    Authentication user = context.getAuthentication();
    boolean person = user != null && user.getUserId() != null;
    boolean admin = person && context.getAuthorizationManager().isCamundaAdmin(user);
    if (command instanceof CompleteTaskCmd complete) {
      completing(context, user, (String) field(complete, "taskId"), variables(field(complete, "variables")));
    } else if (command instanceof SubmitTaskFormCmd submit) {
      completing(context, user, (String) field(submit, "taskId"), variables(field(submit, "properties")));
    } else if (command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd
        || command instanceof RemoveTaskVariablesCmd || command instanceof ResolveTaskCmd
        || command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      if (person && !admin) {
        throw denied(user, "a task's variables are set only by completing its form");
      }
    } else if (command instanceof AbstractCorrelateMessageCmd || command instanceof MessageEventReceivedCmd || command instanceof SignalEventReceivedCmd) {
      if (person && !admin) {
        throw denied(user, "messages and signals are sent by AR Desk itself, not by users");
      }
    } else if (command instanceof AbstractRestartProcessInstanceCmd<?>) {
      if (person && !admin) {
        throw denied(user, "restarting finished process instances is for administrators");
      }
    } else if (command instanceof ClaimTaskCmd claim) {
      String claimant = (String) field(claim, "userId");
      if (person && !admin && claimant != null && !claimant.equals(user.getUserId())) {
        throw denied(user, "a task is claimed only for oneself, not for " + claimant);
      }
    } else if (command instanceof AssignTaskCmd assign) {
      if (person && !admin) {
        assigning(context, user, (String) field(assign, "taskId"), (String) field(assign, "userId"));
      }
    } else if (command instanceof SaveTaskCmd save) {
      if (person && !admin) {
        saving(context, user, (TaskEntity) field(save, "task"));
      }
    } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
      if (person && !admin) {
        throw denied(user, "a process starts at its start event");
      }
    } else if (command instanceof StartProcessInstanceCmd start && person) {
      var builder = (org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl) field(start, "instantiationBuilder");
      ProcessDefinitionEntity definition = definition(context, builder.getProcessDefinitionId(),
          builder.getProcessDefinitionKey());
      if (definition != null) {
        starting(context, user, definition, variables(builder.getVariables()));
      }
    } else if (command instanceof SubmitStartFormCmd submit && person) {
      ProcessDefinitionEntity definition = definition(context, (String) field(submit, "processDefinitionId"), null);
      if (definition != null) {
        starting(context, user, definition, variables(field(submit, "variables")));
      }
    }
  }

  /**
   * A user sets the follow-up date of a task assigned to them (Tasklist's "Set follow-up date": the
   * whole task saved with only that field changed).
   */
  private boolean followUpByAssignee(Command<?> command) {
    if (!(command instanceof SaveTaskCmd)) {
      return false;
    }
    CommandContext context = Context.getCommandContext();
    Authentication user = context == null ? null : context.getAuthentication();
    TaskEntity changed = (TaskEntity) field(command, "task");
    if (user == null || user.getUserId() == null || changed == null || changed.getId() == null
        || changed.getRevision() == 0) {
      return false;
    }
    TaskEntity stored = context.getProcessEngineConfiguration().getCommandExecutorTxRequiresNew()
        .execute(fresh -> fresh.getTaskManager().findTaskById(changed.getId()));
    return stored != null && user.getUserId().equals(stored.getAssignee())
        && Objects.equals(stored.getAssignee(), changed.getAssignee())
        && Objects.equals(stored.getOwner(), changed.getOwner())
        && Objects.equals(stored.getName(), changed.getName())
        && Objects.equals(stored.getDescription(), changed.getDescription())
        && stored.getPriority() == changed.getPriority()
        && sameInstant(stored.getDueDate(), changed.getDueDate())
        && Objects.equals(stored.getParentTaskId(), changed.getParentTaskId())
        && Objects.equals(stored.getDelegationState(), changed.getDelegationState());
  }

  /** Tasklist's "claim" for oneself and "unclaim" of one's own task; nothing for or from a colleague. */
  private static void assigning(CommandContext context, Authentication user, String taskId, String assignee) {
    if (assignee != null) {
      if (!assignee.equals(user.getUserId())) {
        throw denied(user, "a task is assigned only to oneself (claim it), not to " + assignee);
      }
      return;
    }
    TaskEntity task = taskId == null ? null : storedTask(context, taskId);
    if (task != null && task.getAssignee() != null && !task.getAssignee().equals(user.getUserId())) {
      throw denied(user, "task " + taskId + " is assigned to " + task.getAssignee()
          + ": only they or an administrator hand it back");
    }
  }

  /** A task saved (engine REST's task update) keeps its tenant. */
  private static void saving(CommandContext context, Authentication user, TaskEntity changed) {
    if (changed == null || changed.getId() == null || changed.getRevision() == 0) {
      if (changed != null && changed.getTenantId() != null) {
        throw denied(user, "a task is not given a tenant");
      }
      return;
    }
    TaskEntity stored = storedTask(context, changed.getId());
    if (stored != null && !Objects.equals(stored.getTenantId(), changed.getTenantId())) {
      throw denied(user, "a task's tenant is not changed");
    }
  }

  /** The task as stored, not as the command is about to change it. */
  private static TaskEntity storedTask(CommandContext context, String taskId) {
    return context.getProcessEngineConfiguration().getCommandExecutorTxRequiresNew()
        .execute(fresh -> fresh.getTaskManager().findTaskById(taskId));
  }

  private static boolean sameInstant(java.util.Date a, java.util.Date b) {
    return a == null ? b == null : b != null && a.getTime() == b.getTime();
  }

  private void completing(CommandContext context, Authentication user, String taskId, Map<String, Object> variables) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // the command itself answers "no such task"
    }
    if (user != null && user.getUserId() != null && !user.getUserId().equals(task.getAssignee())) {
      throw denied(user, task.getAssignee() == null
          ? "claim task " + taskId + " before completing it"
          : "task " + taskId + " is assigned to " + task.getAssignee() + ": only the assignee completes it");
    }
    if (variables.isEmpty()) {
      return;
    }
    FormFields form = taskForm(context, task);
    List<String> problems = new ArrayList<>();
    Set<String> unknown = new TreeSet<>();
    for (var entry : variables.entrySet()) {
      String key = entry.getKey();
      if (!form.allows(key)) {
        unknown.add(key);
      } else if (form.displayOnly().contains(key) && !sameValue(entry.getValue(), task.getVariable(key))) {
        problems.add(key + " is read-only");
      }
    }
    if (!unknown.isEmpty()) {
      problems.add(0, "not fields of " + (form.formId() == null ? "this task (it has no form)" : "form " + form.formId())
          + ": " + String.join(", ", unknown));
    }
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(String.join("; ", problems),
          "Task " + task.getTaskDefinitionKey() + " accepts only its form's fields; " + String.join("; ", problems));
    }
  }

  private void starting(CommandContext context, Authentication user, ProcessDefinitionEntity definition,
      Map<String, Object> variables) {
    if (variables.isEmpty()) {
      return;
    }
    FormFields form = forms.computeIfAbsent(definition.getId() + "#start", k -> context.runWithoutAuthorization(() -> {
      FormService formService = context.getProcessEngineConfiguration().getFormService();
      var data = formService.getStartFormData(definition.getId());
      if (data == null || data.getCamundaFormRef() == null) {
        return FormFields.NONE;
      }
      return FormFields.parse(formService.getDeployedStartForm(definition.getId()));
    }));
    Set<String> refused = new TreeSet<>();
    for (var entry : variables.entrySet()) {
      if (!form.editable().contains(entry.getKey())) {
        refused.add(entry.getKey());
      }
    }
    if (!refused.isEmpty()) {
      // engine REST answers a refused start 500 unless it is an authorization: 403 naming the variables
      throw denied(user, "process " + definition.getKey() + " starts only with the fields of its start form"
          + (form.formId() == null ? " (it has none)" : " " + form.formId()) + "; not accepted: "
          + String.join(", ", refused));
    }
  }

  private FormFields taskForm(CommandContext context, TaskEntity task) {
    String cacheKey = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
    FormFields cached = forms.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    return context.runWithoutAuthorization(() -> {
      FormService formService = context.getProcessEngineConfiguration().getFormService();
      var data = formService.getTaskFormData(task.getId());
      CamundaFormRef ref = data == null ? null : data.getCamundaFormRef();
      FormFields fields = ref == null ? FormFields.NONE : FormFields.parse(formService.getDeployedTaskForm(task.getId()));
      if (ref == null || "deployment".equals(ref.getBinding())) {
        forms.put(cacheKey, fields); // bound to the deployment: never changes
      }
      return fields;
    });
  }

  private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
    var cache = context.getProcessEngineConfiguration().getDeploymentCache();
    if (id != null) {
      return cache.findDeployedProcessDefinitionById(id);
    }
    return key == null ? null : cache.findDeployedLatestProcessDefinitionByKey(key);
  }

  /** Form-js sends read-only fields back as shown: numbers may change type, text its line ends. */
  static boolean sameValue(Object sent, Object current) {
    Object a = sent instanceof TypedValue typed ? typed.getValue() : sent;
    Object b = current instanceof TypedValue typed ? typed.getValue() : current;
    if (blank(a) && blank(b)) {
      return true;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
    }
    if (a == null || b == null) {
      return false;
    }
    return Objects.equals(normal(a.toString()), normal(b.toString()));
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }

  private static String normal(String text) {
    return text.replace("\r\n", "\n").strip();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variables(Object map) {
    return map == null ? Map.of() : (Map<String, Object>) map;
  }

  private static AuthorizationException denied(Authentication user, String why) {
    return new AuthorizationException("User '" + user.getUserId() + "' may not do this: " + why + ".");
  }

  /** The command's own field (the engine keeps them protected). Missing fields fail closed. */
  private static Object field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("engine command " + command.getClass().getName() + " has no field " + name
        + ": the controls in " + EngineControls.class.getName() + " need updating for this engine version");
  }
}
