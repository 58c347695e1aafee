package org.govmedia.workflow.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountStatus;
import org.govmedia.workflow.account.DemoAccounts;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a page shows a clerk: Beijing time, full names, account names, Chinese statuses. */
class ClerkDisplayTest extends IntegrationTest {

  @Autowired ClerkDisplay display;
  @Autowired AccountRegister register;

  @Test
  void aMomentIsBeijingTimeToTheMinute() {
    assertThat(display.dateTime(Instant.parse("2026-11-29T06:30:59Z"))).isEqualTo("2026-11-29 14:30");
    assertThat(display.dateTime((Instant) null)).isEmpty();
  }

  @Test
  void aSignerIsNamedByFullNameNotByUserId() {
    assertThat(display.userName("editor1")).isEqualTo("张晓明");
    assertThat(display.userName("reviewer1")).isEqualTo("李文静");
    assertThat(display.userName("nobody-known")).isEqualTo("nobody-known");
  }

  @Test
  void accountsAreNamedWithTheirPlatformAndStatusesInChinese() {
    var demo = register.list(null, null, DemoAccounts.DEMO_UNIT, null).stream()
        .sorted(Comparator.comparing(Account::getId)).toList();
    String ids = demo.stream().limit(2).map(a -> a.getId().toString()).collect(Collectors.joining(","));
    assertThat(display.accountNames(ids)).isEqualTo("示范人社（微信公众号）、示范县人社局（微博）");
    assertThat(display.accountNames("999999999")).isEqualTo("编号 999999999");
    assertThat(ClerkDisplay.status(AccountStatus.ACTIVE)).isEqualTo("运行中");
    assertThat(ClerkDisplay.status(AccountStatus.CLOSED)).isEqualTo("已关闭");
  }
}
