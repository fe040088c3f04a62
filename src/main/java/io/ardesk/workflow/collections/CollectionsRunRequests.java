package io.ardesk.workflow.collections;

import io.ardesk.collections.CollectionsRuns;
import io.ardesk.collections.CollectionsRuns.RunProgress;
import io.ardesk.workflow.SystemAccess;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Runs asked for by a person or a system: the run is recorded and its process started; the pages follow as jobs. */
@Component
public class CollectionsRunRequests {

  public static final String PROCESS = "collections-run";
  static final String REQUESTED = "CollectionsRunRequested";

  private final CollectionsRuns runs;
  private final RuntimeService runtime;
  private final SystemAccess system;

  CollectionsRunRequests(CollectionsRuns runs, RuntimeService runtime, SystemAccess system) {
    this.runs = runs;
    this.runtime = runtime;
    this.system = system;
  }

  @Transactional
  public RunProgress request(LocalDate date, String requestedBy) {
    long runId = runs.begin(date, requestedBy);
    system.run(() -> runtime.createMessageCorrelation(REQUESTED).processInstanceBusinessKey(date.toString())
        .setVariables(Map.of(CollectionsRunDelegates.RUN_ID, runId, "runDate", date.toString())).correlateStartMessage());
    return runs.get(runId);
  }

  public RunProgress progress(long runId) {
    return runs.get(runId);
  }
}
