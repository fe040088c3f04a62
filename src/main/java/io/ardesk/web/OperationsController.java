package io.ardesk.web;

import io.ardesk.workflow.release.ProcessMigrations;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What operations need to see after a release (README "Upgrading"). */
@RestController
@RequestMapping("/api/operations")
public class OperationsController {

  private final ProcessMigrations migrations;

  OperationsController(ProcessMigrations migrations) {
    this.migrations = migrations;
  }

  /** The start-up migrations, newest first, and the migration jobs that failed. */
  public record MigrationReport(List<ProcessMigrations.Entry> entries, List<ProcessMigrations.FailedJob> failedJobs) {}

  @Operation(summary = "Process migrations after releases",
      description = "What each start-up did with instances running on an older version of a process: handed to a"
          + " migration batch (MIGRATING), restarted (RESTARTED), left on the old version with the reason"
          + " (NOT_MIGRATED, PLAN_REFUSED); and the migration jobs that failed, with the engine's message.")
  @GetMapping("/migrations")
  @PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
  public MigrationReport migrations(@RequestParam(defaultValue = "200") int limit) {
    return new MigrationReport(migrations.report(Math.max(1, Math.min(limit, 1000))), migrations.failedJobs());
  }
}
