package io.ardesk.workflow.collections;

import io.ardesk.collections.CaseWork;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Which user task of {@code collection-case} does which {@link CaseWork}, and the work as process variable. */
final class CaseWorkTasks {
  private CaseWorkTasks() {}

  static String taskKey(CaseWork work) {
    return switch (work) {
      case PRINT_LETTER -> "Task_PrintAndPost";
      case CALL -> "Task_CallCustomer";
      case VISIT -> "Task_VisitCustomer";
      case ACTION_PLAN -> "Task_PlanAction";
      case HAND_OVER_DECISION -> "Task_DecideHandOver";
      case JUDGMENT -> "Task_RecordJudgment";
      case ENFORCE -> "Task_Enforce";
      case WRITE_OFF -> "Task_WriteOff";
      case SUPPORT_PROBLEM -> "Task_SupportProblemReceivable";
      case DECIDE_MEASURE -> "Task_DecideMeasure";
    };
  }

  static Optional<CaseWork> work(String taskKey) {
    return Arrays.stream(CaseWork.values()).filter(w -> taskKey(w).equals(taskKey)).findFirst();
  }

  /** ",CALL,VISIT,": the form the gateways and boundary conditions test with {@code contains(',CALL,')}. */
  static String encode(Collection<CaseWork> work) {
    return work.stream().sorted().map(Enum::name).collect(Collectors.joining(",", ",", ","));
  }

  static Set<CaseWork> of(Collection<CaseWork> work) {
    return work.isEmpty() ? EnumSet.noneOf(CaseWork.class) : EnumSet.copyOf(work);
  }
}
