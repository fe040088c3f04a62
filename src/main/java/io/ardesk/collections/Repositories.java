package io.ardesk.collections;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends JpaRepository<CollectionCase, Long> {
  Optional<CollectionCase> findByOpenCustomerNo(String customerNo);

  /** Customer number and case id of the open cases of these customers (no entities loaded). */
  @Query("select c.customerNo, c.id from CollectionCase c where c.openCustomerNo in :customerNos")
  List<Object[]> openCaseIds(@Param("customerNos") java.util.Collection<String> customerNos);

  Optional<CollectionCase> findFirstByCustomerNoOrderByIdDesc(String customerNo);
}

interface ActionRepository extends JpaRepository<CollectionAction, Long> {
  List<CollectionAction> findByCaseIdOrderByIdAsc(Long caseId);

  /** A decision of this kind dated on or after the day (a supervisor's pause of stop supply that lasts). */
  Optional<CollectionAction> findFirstByCaseIdAndKindAndActionDateGreaterThanEqualOrderByActionDateDesc(Long caseId,
      ActionKind kind, java.time.LocalDate on);

  boolean existsByCaseIdAndStageAndKind(Long caseId, Stage stage, ActionKind kind);

  Optional<CollectionAction> findFirstByCaseIdAndStageAndKindOrderByIdDesc(Long caseId, Stage stage, ActionKind kind);

  /** Call outcomes and excuses counted over all cases: what customers say when they do not pay. */
  @Query("""
      select a.outcome, a.excuse, count(a) from CollectionAction a
       where a.kind = io.ardesk.collections.ActionKind.CALL group by a.outcome, a.excuse""")
  List<Object[]> countCalls();
}

interface PromiseRepository extends JpaRepository<PaymentPromise, Long> {
  Optional<PaymentPromise> findFirstByCaseIdAndStatusOrderByIdDesc(Long caseId, PaymentPromise.Status status);

  List<PaymentPromise> findByCaseIdOrderByIdAsc(Long caseId);

  /** Those of these cases that have an open promise. */
  @Query("""
      select p.caseId from PaymentPromise p
       where p.caseId in :caseIds and p.status = io.ardesk.collections.PaymentPromise.Status.OPEN""")
  List<Long> withOpenPromise(@Param("caseIds") java.util.Collection<Long> caseIds);

  /** The open promise of each of these cases. */
  @Query("""
      select p from PaymentPromise p
       where p.caseId in :caseIds and p.status = io.ardesk.collections.PaymentPromise.Status.OPEN""")
  List<PaymentPromise> openPromises(@Param("caseIds") java.util.Collection<Long> caseIds);

  /** Adds a payment (a reversal: negative) to the case's open promise in one statement. */
  @Modifying(flushAutomatically = true)
  @Query("""
      update PaymentPromise p set p.paidAmount = p.paidAmount + :amount
       where p.caseId = :caseId and p.status = io.ardesk.collections.PaymentPromise.Status.OPEN""")
  int addPaid(@Param("caseId") Long caseId, @Param("amount") java.math.BigDecimal amount);
}

interface InterestRateRepository extends JpaRepository<InterestRate, Long> {
  Optional<InterestRate> findByScopeAndScopeKey(String scope, String scopeKey);
}

interface MeasureRepository extends JpaRepository<CollectionMeasure, Long> {
  Optional<CollectionMeasure> findFirstByCaseIdAndDecisionIsNullOrderByIdAsc(Long caseId);

  /** Decided measures no letter has shown yet, oldest first. */
  List<CollectionMeasure> findByCaseIdAndDecisionIsNotNullAndLetterStageIsNullOrderByIdAsc(Long caseId);

  List<CollectionMeasure> findByCaseIdOrderByIdAsc(Long caseId);
}
