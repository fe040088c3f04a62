package io.ardesk.orders;

import io.ardesk.credit.review.AssessmentStatus;
import io.ardesk.credit.review.CreditAssessment;
import io.ardesk.credit.review.CreditAssessments;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The warning signs (docs/domain.md §6.4) a customer shows now: those of its current assessment, and those of
 * a newer one still waiting for credit's decision.
 */
@Component
class OpenWarningSigns {

  private final CreditAssessments assessments;

  OpenWarningSigns(CreditAssessments assessments) {
    this.assessments = assessments;
  }

  List<String> of(String customerNo) {
    Set<String> signs = new LinkedHashSet<>();
    Optional<CreditAssessment> current = assessments.current(customerNo);
    current.ifPresent(a -> a.warnings().forEach(w -> signs.add(w.name())));
    assessments.withRecentFigures(customerNo)
        .filter(a -> a.status() == AssessmentStatus.PROPOSED)
        .ifPresent(a -> a.warnings().forEach(w -> signs.add(w.name())));
    return new ArrayList<>(signs);
  }
}
