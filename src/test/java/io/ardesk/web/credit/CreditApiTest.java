package io.ardesk.web.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ardesk.credit.CreditFixtures;
import io.ardesk.credit.domain.CharacteristicItem;
import io.ardesk.credit.review.CreditReviewRepository;
import io.ardesk.credit.review.ReviewTrigger;
import io.ardesk.support.Http;
import io.ardesk.ledger.customer.CustomerService;
import io.ardesk.support.IntegrationTest;
import io.ardesk.support.TestNumbers;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CreditApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired CreditReviewRepository reviews;
  @Autowired TaskService taskService;
  @Autowired CustomerService customers;

  String customerNo;

  /** A customer imported with its grade: no review runs until something calls for one. */
  @BeforeEach
  void existingCustomer() {
    customerNo = TestNumbers.unique("API");
    customers.create(CreditFixtures.newCustomer(customerNo, "C"), "test");
  }

  @Test
  void creditComputesAnAssessmentWithoutApprovingIt() throws Exception {
    HttpResponse<String> response = assess("carol", "Ardesk-credit-1", request(7, figures("1000")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("workingCapital").decimalValue()).isEqualByComparingTo("1000.00");
    assertThat(body.get("workingAssets").decimalValue()).isEqualByComparingTo("1750.00");
    assertThat(body.get("evaluationValue").decimalValue()).isEqualByComparingTo("2.2");
    assertThat(body.get("limitPercent").decimalValue()).isEqualByComparingTo("25");
    assertThat(body.get("workingAssetLimit").decimalValue()).isEqualByComparingTo("437.50");
    assertThat(body.get("score").decimalValue()).isEqualByComparingTo("70");
    assertThat(body.get("grade").asText()).isEqualTo("B");
    assertThat(body.get("recommendedLimit").decimalValue()).isEqualByComparingTo("328.13");
    assertThat(body.get("settlementMethods").toString()).isEqualTo("[\"CREDIT\",\"PREPAYMENT\",\"CASH\"]");
    assertThat(body.get("reviewIntervalMonths").asInt()).isEqualTo(12);
    assertThat(body.get("warnings").toString()).isEqualTo("[]");
    assertThat(body.get("status").asText()).isEqualTo("PROPOSED");
    assertThat(reviews.findByCustomerNoOrderByStartedAtAsc(customerNo)).as("no warning, no review").isEmpty();
    assertThat(new Http(port).as("carol", "Ardesk-credit-1").get("/api/customers/" + customerNo + "/credit").statusCode())
        .as("not approved, so no current terms").isEqualTo(404);
  }

  @Test
  void anUnknownCustomerIsNotFound() {
    customerNo = TestNumbers.unique("NONE");
    assertThat(assess("carol", "Ardesk-credit-1", request(7, figures("1000"))).statusCode()).isEqualTo(404);
    assertThat(signal("lily", "Ardesk-sales-1", "{\"code\":\"GUT_FEELING\"}").statusCode()).isEqualTo(404);
  }

  @Test
  void financeMayAssessSalesMayNot() {
    assertThat(assess("frank", "Ardesk-finance-1", request(7, figures("1000"))).statusCode()).isEqualTo(201);
    assertThat(assess("lily", "Ardesk-sales-1", request(7, figures("1000"))).statusCode()).isEqualTo(403);
  }

  @Test
  void missingAndOutOfRangeInputsAreNamedEachOne() throws Exception {
    Map<String, Object> request = request(7, figures("1000"));
    @SuppressWarnings("unchecked")
    Map<String, Object> characteristics = (Map<String, Object>) request.get("characteristics");
    characteristics.put("HISTORY", 11);
    characteristics.remove("SOLVENCY");
    @SuppressWarnings("unchecked")
    Map<String, Object> financials = (Map<String, Object>) request.get("financials");
    financials.put("inventory", -5);
    financials.remove("receivables");

    HttpResponse<String> response = assess("carol", "Ardesk-credit-1", request);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    JsonNode errors = JSON.readTree(response.body()).get("errors");
    assertThat(errors.findValuesAsText("field"))
        .containsExactlyInAnyOrder(
            "characteristics.HISTORY", "characteristics.SOLVENCY", "financials.inventory", "financials.receivables");
  }

  @Test
  void warningSignsStartAReviewThatReusesFinancesFigures() throws Exception {
    HttpResponse<String> response = assess("frank", "Ardesk-finance-1", request(7, figures("5000")));

    assertThat(JSON.readTree(response.body()).get("warnings").toString()).isEqualTo("[\"HIGH_RECEIVABLES\"]");
    var review = reviews.findByCustomerNoOrderByStartedAtAsc(customerNo);
    assertThat(review).singleElement().satisfies(r -> assertThat(r.trigger()).isEqualTo(ReviewTrigger.WARNING_SIGN));
    String instance = review.get(0).processInstanceId();
    var profile = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(profile.getTaskDefinitionKey()).isEqualTo("Task_EnterProfile");
    taskService.complete(profile.getId(), Map.of());
    // no finance task: the figures just given are recent
    assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isZero();
  }

  /** Figures credit entered itself are not finance's; the review asks finance for them. */
  @Test
  void figuresCreditEnteredItselfDoNotSkipFinancesStep() throws Exception {
    HttpResponse<String> response = assess("carol", "Ardesk-credit-1", request(7, figures("5000")));
    JsonNode assessment = JSON.readTree(response.body());
    assertThat(assessment.get("figuresBy").asText()).isEqualTo("carol");
    assertThat(assessment.get("figuresByFinance").asBoolean()).isFalse();
    String instance = reviews.findByCustomerNoOrderByStartedAtAsc(customerNo).get(0).processInstanceId();
    var profile = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    taskService.complete(profile.getId(), Map.of());
    assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_EnterFigures");

    // a second person confirms them through the API: carol may not, lily's group may not, frank may
    String confirm = "/api/customers/" + customerNo + "/credit-assessments/" + assessment.get("assessmentId").asLong()
        + "/figures-confirmation";
    assertThat(new Http(port).as("lily", "Ardesk-sales-1").postJson(confirm, "{}").statusCode()).isEqualTo(403);
    HttpResponse<String> confirmed = new Http(port).as("frank", "Ardesk-finance-1").postJson(confirm, "{}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    assertThat(JSON.readTree(confirmed.body()).get("figuresConfirmedBy").asText()).isEqualTo("frank");
  }

  @Test
  void anyoneReportsARiskSignalAndASecondOneJoinsTheSameReview() throws Exception {
    HttpResponse<String> first = signal("lily", "Ardesk-sales-1", "{\"code\":\"GOODS_DIVERTED\",\"note\":\"seen at a competitor\"}");
    HttpResponse<String> second = signal("olivia", "Ardesk-process-owner-1", "{\"code\":\"GUT_FEELING\"}");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    long reviewId = JSON.readTree(first.body()).get("reviewId").asLong();
    assertThat(JSON.readTree(second.body()).get("reviewId").asLong()).isEqualTo(reviewId);
    assertThat(reviews.findById(reviewId).orElseThrow().trigger()).isEqualTo(ReviewTrigger.RISK_SIGNAL);
    assertThat(JSON.readTree(first.body()).get("reportedBy").asText()).isEqualTo("lily");
  }

  @Test
  void aReviewOnRequestStartsOnceAndIsJoinedAfter() throws Exception {
    HttpResponse<String> first = new Http(port).as("lily", "Ardesk-sales-1").postJson("/api/customers/" + customerNo + "/credit-reviews", "");
    HttpResponse<String> second = new Http(port).as("carol", "Ardesk-credit-1").postJson("/api/customers/" + customerNo + "/credit-reviews", "");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(second.body()).get("joinedRunningReview").asBoolean()).isTrue();
    assertThat(JSON.readTree(second.body()).get("reviewId").asLong()).isEqualTo(JSON.readTree(first.body()).get("reviewId").asLong());
    assertThat(reviews.findByCustomerNoOrderByStartedAtAsc(customerNo)).singleElement()
        .satisfies(r -> assertThat(r.trigger()).isEqualTo(ReviewTrigger.ON_REQUEST));
  }

  @Test
  void aCustomerOpenedThroughTheApiGetsItsFirstReview() {
    String newCustomer = TestNumbers.unique("NEW");
    HttpResponse<String> created = new Http(port).as("lily", "Ardesk-sales-1")
        .postJson("/api/customers", "{\"customerNo\":\"" + newCustomer + "\",\"name\":\"New Ltd\",\"salesperson\":\"lily\"}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var review = reviews.findByCustomerNoOrderByStartedAtAsc(newCustomer);
    assertThat(review).singleElement().satisfies(r -> assertThat(r.trigger()).isEqualTo(ReviewTrigger.NEW_CUSTOMER));
    var profile = taskService.createTaskQuery().processInstanceId(review.get(0).processInstanceId()).singleResult();
    assertThat(profile.getName()).isEqualTo("Profile and score New Ltd (" + newCustomer + ") for the credit review");
    assertThat(profile.getAssignee()).isEqualTo("lily");
  }

  @Test
  void anUnknownRiskSignalIsNamed() throws Exception {
    HttpResponse<String> response = signal("carol", "Ardesk-credit-1", "{\"code\":\"ALIENS\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("code");
    assertThat(reviews.findByCustomerNoOrderByStartedAtAsc(customerNo)).isEmpty();
  }

  private HttpResponse<String> assess(String user, String password, Map<String, Object> request) {
    try {
      return new Http(port).as(user, password)
          .postJson("/api/customers/" + customerNo + "/credit-assessments", JSON.writeValueAsString(request));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> signal(String user, String password, String json) {
    return new Http(port).as(user, password).postJson("/api/customers/" + customerNo + "/risk-signals", json);
  }

  static Map<String, Object> request(int score, Map<String, Object> financials) {
    Map<String, Object> characteristics = new LinkedHashMap<>();
    for (CharacteristicItem item : CharacteristicItem.values()) {
      characteristics.put(item.name(), score);
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("characteristics", characteristics);
    request.put("financials", financials);
    return request;
  }

  static Map<String, Object> figures(String receivables) {
    return CreditFixtures.firstTestVector(new java.math.BigDecimal(receivables));
  }
}
