package org.govmedia.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.govmedia.workflow.account.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The automated checks against the posts ledger (update-frequency.dmn; the national single veto 国办秘函〔2019〕19号; gaoxian 7(3) unfiled): update-frequency windows per rule set
 * and class (working days of the 2025 holiday calendar for a gaoxian main account), originals, the
 * national single veto of 2 weeks (its window from update-frequency's catch-all row), unfiled.
 */
class AutomatedChecksTest extends SupervisionTestSupport {

  @Autowired ObjectMapper json;

  private SupervisionChecks.Result check(Account account, String day) {
    return checks.check(new SupervisionChecks.Subject(account.getId(), account.getRuleSet(),
        account.getAccountClass().name(), account.isUnfiled()), LocalDate.parse(day));
  }

  private static List<String> codes(SupervisionChecks.Result result) {
    return result.findings().stream().map(SupervisionChecks.Finding::code).toList();
  }

  @Test
  void noPostInTheTwoWeeksBeforeTheCheckIsTheNationalSingleVeto() {
    Account account = account("gaoxian-2023", "OTHER", null);
    post(account, "2025-10-20", true);
    post(account, "2025-11-10", true); // the day of the check itself is not looked at

    SupervisionChecks.Result result = check(account, "2025-11-10");

    assertThat(codes(result)).contains(SupervisionChecks.SILENT, SupervisionChecks.ORIGINALS)
        .containsOnly(SupervisionChecks.SILENT, SupervisionChecks.FREQUENCY, SupervisionChecks.ORIGINALS);
    SupervisionChecks.Finding silent = result.findings().stream()
        .filter(f -> f.code().equals(SupervisionChecks.SILENT)).findFirst().orElseThrow();
    assertThat(silent.from()).isEqualTo(LocalDate.parse("2025-10-27"));
    assertThat(silent.to()).isEqualTo(LocalDate.parse("2025-11-09"));
    assertThat(result.text()).contains("国办秘函〔2019〕19号").contains("2025-10-27");
  }

  @Test
  void aGaoxianMainAccountMustPostEveryWorkingDayOfTheHolidayCalendar() {
    Account account = account("gaoxian-2023", "MAIN", null);
    // Check on 2025-10-09: the working days of the two weeks before are 09-25, 09-26, 09-28 (a
    // make-up Sunday), 09-29, 09-30; 10-01..10-08 are off. 09-28 is missed.
    post(account, "2025-09-25", true);
    post(account, "2025-09-26", false);
    post(account, "2025-09-29", false);
    post(account, "2025-09-30", false);
    post(account, "2025-10-03", false);

    SupervisionChecks.Result result = check(account, "2025-10-09");

    assertThat(codes(result)).containsExactly(SupervisionChecks.FREQUENCY);
    SupervisionChecks.Finding missed = result.findings().get(0);
    assertThat(missed.from()).isEqualTo(LocalDate.parse("2025-09-28"));
    assertThat(missed.to()).isEqualTo(LocalDate.parse("2025-09-28"));
    assertThat(missed.count()).isZero();
    assertThat(missed.minimum()).isEqualTo(1);

    post(account, "2025-09-28", false);
    assertThat(check(account, "2025-10-09").findings()).isEmpty();
  }

  @Test
  void aGaoxianAccountWithoutAnOriginalInTwoWeeksIsAFinding() {
    Account account = account("gaoxian-2023", "OTHER", null);
    post(account, "2025-10-28", false);
    post(account, "2025-11-04", false);
    post(account, "2025-10-20", true); // an original, but more than 14 days before

    SupervisionChecks.Result result = check(account, "2025-11-10");

    assertThat(codes(result)).containsExactly(SupervisionChecks.ORIGINALS);
    assertThat(result.findings().get(0).from()).isEqualTo(LocalDate.parse("2025-10-27"));
    assertThat(result.text()).contains("原创不足");
  }

  @Test
  void aHenanTwoMicroAccountNeedsThreeUpdatesAWeek() {
    Account account = account("henan-2019", "TWO_MICRO_ONE_APP", null);
    for (String day : List.of("2025-11-03", "2025-11-05", "2025-11-09", "2025-10-28", "2025-10-30")) {
      post(account, day, false);
    }
    SupervisionChecks.Result result = check(account, "2025-11-10");

    assertThat(codes(result)).containsExactly(SupervisionChecks.FREQUENCY);
    SupervisionChecks.Finding week = result.findings().get(0);
    assertThat(week.from()).isEqualTo(LocalDate.parse("2025-10-27"));
    assertThat(week.to()).isEqualTo(LocalDate.parse("2025-11-02"));
    assertThat(week.count()).isEqualTo(2);
    assertThat(week.minimum()).isEqualTo(3);
  }

  @Test
  void yakeshiJudgesTheMonthsPostsAgainstWhatThePlatformAllowsAndTheNationalVeto() {
    // yakeshi art. 9: not clearly below what the platform allows in a month (application default:
    // 4 a month). Posts every 10 days pass the national 2 weeks but not the month.
    Account account = account("yakeshi", "OTHER", null);
    for (String day : List.of("2025-10-01", "2025-10-11", "2025-10-21", "2025-10-31")) {
      post(account, day, false);
    }
    Account sparse = account("yakeshi", "OTHER", null);
    for (String day : List.of("2025-10-01", "2025-10-13", "2025-10-25")) {
      post(sparse, day, false);
    }
    SupervisionChecks.Result monthly = checks.check(new SupervisionChecks.Subject(account.getId(),
        "yakeshi", "OTHER", false), "2025-10", LocalDate.parse("2025-11-05"));
    assertThat(monthly.findings()).isEmpty();
    SupervisionChecks.Result tooFew = checks.check(new SupervisionChecks.Subject(sparse.getId(),
        "yakeshi", "OTHER", false), "2025-10", LocalDate.parse("2025-11-05"));
    assertThat(codes(tooFew)).containsExactly(SupervisionChecks.FREQUENCY);
    assertThat(tooFew.findings().get(0).from()).isEqualTo(LocalDate.parse("2025-10-01"));
    assertThat(tooFew.findings().get(0).to()).isEqualTo(LocalDate.parse("2025-10-31"));
    assertThat(tooFew.findings().get(0).count()).isEqualTo(3);
    // A month not over yet is judged when it is over; the national veto is judged every day.
    assertThat(checks.check(new SupervisionChecks.Subject(sparse.getId(), "yakeshi", "OTHER", false),
        "2025-10", LocalDate.parse("2025-10-26")).findings()).isEmpty();
  }

  @Test
  void aRuleSetWithoutANumberFallsBackToTheNationalTwoWeeks() {
    Account account = account("yanchi-2017", "OTHER", null);
    post(account, "2025-10-28", false);
    assertThat(check(account, "2025-11-10").findings()).isEmpty();
  }

  @Test
  void aPeriodIsCheckedDayByDayWhateverTheDayOfTheCheck() {
    Account silent = account("gaoxian-2023", "OTHER", null);
    post(silent, "2025-09-30", true);
    dailyPosts(silent, "2025-10-20", "2025-10-31", true);
    dailyPosts(silent, "2026-01-20", "2026-02-15", true);
    Account everyThirdDay = account("gaoxian-2023", "OTHER", null);
    for (int day = 1; day <= 31; day += 3) {
      post(everyThirdDay, String.format("2025-10-%02d", day), true);
    }

    for (String checkDay : List.of("2025-11-01", "2026-02-16")) {
      SupervisionChecks.Result flagged = checks.check(new SupervisionChecks.Subject(silent.getId(),
          "gaoxian-2023", "OTHER", false), "2025-10", LocalDate.parse(checkDay));
      assertThat(flagged.findings()).filteredOn(f -> f.code().equals(SupervisionChecks.SILENT))
          .singleElement().satisfies(f -> {
            assertThat(f.from()).isEqualTo(LocalDate.parse("2025-10-01"));
            assertThat(f.to()).isEqualTo(LocalDate.parse("2025-10-19"));
          });
      // Every week of October is looked at: the weeks without a post are findings too.
      assertThat(flagged.findings()).filteredOn(f -> f.code().equals(SupervisionChecks.FREQUENCY))
          .extracting(f -> f.to().toString()).contains("2025-10-17", "2025-10-10");
      assertThat(checks.check(new SupervisionChecks.Subject(everyThirdDay.getId(), "gaoxian-2023",
          "OTHER", false), "2025-10", LocalDate.parse(checkDay)).findings()).as(checkDay).isEmpty();
    }
  }

  @Test
  void manyAccountsAreCheckedInOnePassWithStructuredFindings() throws Exception {
    String unit = unique("县政务中心");
    Account silent = account("gaoxian-2023", "OTHER", unit);
    Account busy = account("gaoxian-2023", "OTHER", unit);
    Account henan = account("henan-2019", "OTHER", unit);
    dailyPosts(busy, "2025-10-27", "2025-11-09", true);
    post(henan, "2025-11-01", false);
    post(henan, "2025-11-07", false);

    Map<Long, SupervisionChecks.Result> results = checks.check(List.of(
        new SupervisionChecks.Subject(silent.getId(), "gaoxian-2023", "OTHER", false),
        new SupervisionChecks.Subject(busy.getId(), "gaoxian-2023", "OTHER", false),
        new SupervisionChecks.Subject(henan.getId(), "henan-2019", "OTHER", true)), LocalDate.parse("2025-11-10"));

    assertThat(results).hasSize(3);
    assertThat(results.get(busy.getId()).problem()).isFalse();
    assertThat(results.get(silent.getId()).problem()).isTrue();
    assertThat(codes(results.get(henan.getId()))).containsExactly(SupervisionChecks.UNFILED);
    JsonNode tree = json.readTree(checks.toJson(results.get(silent.getId())));
    assertThat(tree.get("problem").asBoolean()).isTrue();
    assertThat(tree.get("findings").findValuesAsText("code")).contains(SupervisionChecks.SILENT);
  }

  @Test
  void theProcessShowsTheAutomatedFindingsToTheInspector() {
    clock("2025-11-10T10:00");
    Account account = account("gaoxian-2023", "OTHER", null);
    var supervision = supervise(account, "2025-11");
    assertThat(var(supervision, "automatedProblem")).isEqualTo(true);
    assertThat((String) var(supervision, "automatedFindings")).contains("无任何更新");
    assertThat((String) var(supervision, "automatedFindingsJson")).contains(SupervisionChecks.SILENT);
    var inspect = task(supervision, "inspect");
    assertThat((String) tasks.getVariable(inspect.getId(), "findings")).contains("无任何更新");
  }
}
