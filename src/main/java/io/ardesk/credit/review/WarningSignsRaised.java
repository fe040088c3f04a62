package io.ardesk.credit.review;

import io.ardesk.credit.domain.WarningSign;
import java.util.List;

/** Published when an assessment made outside a review raises warning signs: a review must follow. */
public record WarningSignsRaised(long assessmentId, String customerNo, List<WarningSign> warnings) {}
