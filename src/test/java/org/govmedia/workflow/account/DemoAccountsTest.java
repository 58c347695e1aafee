package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** A fresh default-profile install has the demo unit's accounts in the register, once. */
class DemoAccountsTest extends IntegrationTest {

  @Autowired AccountRegister register;
  @Autowired DemoAccounts demoAccounts;

  @Test
  void theDemoUnitsTwoMicroOneAppAccountsAreActiveFiledAndPublishable() {
    List<Account> demo = register.list(null, null, DemoAccounts.DEMO_UNIT, null);
    assertThat(demo).extracting(Account::getPlatform).containsExactlyInAnyOrder(
        AccountPlatform.WECHAT, AccountPlatform.WEIBO, AccountPlatform.DOUYIN, AccountPlatform.APP);
    assertThat(demo).allSatisfy(account -> {
      assertThat(account.getName()).matches("^\\p{IsHan}+$");
      assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
      assertThat(account.getFiledAt()).isNotNull();
      assertThat(register.isPublishable(account.getId())).isTrue();
    });
  }

  @Test
  void aSecondStartRegistersNothingTwice() {
    long before = register.list(null, null, DemoAccounts.DEMO_UNIT, null).size();
    demoAccounts.run(new DefaultApplicationArguments());
    assertThat(register.list(null, null, DemoAccounts.DEMO_UNIT, null)).hasSize((int) before).hasSize(4);
  }
}
