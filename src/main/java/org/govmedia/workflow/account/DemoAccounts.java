package org.govmedia.workflow.account;

import java.time.LocalDate;
import java.util.List;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.operations.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data an office recognises (default profile only, {@code govmedia.demo-data=true}): the demo
 * unit's "two micro, one app" accounts, ACTIVE and filed, so that an editor can pick them and
 * publish on a fresh install. Idempotent (an account already registered under the demo unit with
 * the same name and platform is left alone) and run under a cluster lock, so nodes starting at once
 * register each account once.
 */
@Component
@Order(1)
public class DemoAccounts implements ApplicationRunner {

  /** The demo owner unit; no test or real unit uses it. */
  public static final String DEMO_UNIT = "示范县人力资源和社会保障局";

  private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

  private record Demo(String name, AccountPlatform platform, String link) {}

  private static final List<Demo> DEMO = List.of(
      new Demo("示范人社", AccountPlatform.WECHAT, "https://mp.weixin.qq.com/"),
      new Demo("示范县人社局", AccountPlatform.WEIBO, "https://weibo.com/"),
      new Demo("示范人社抖音号", AccountPlatform.DOUYIN, "https://www.douyin.com/"),
      new Demo("示范人社客户端", AccountPlatform.APP, "https://app.example.gov.cn/"));

  private final GovmediaProperties properties;
  private final ClusterLock clusterLock;
  private final AccountRegister register;

  public DemoAccounts(GovmediaProperties properties, ClusterLock clusterLock, AccountRegister register) {
    this.properties = properties;
    this.clusterLock = clusterLock;
    this.register = register;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.demoData()) {
      return;
    }
    clusterLock.inTransaction("govmedia-demo-accounts", this::registerMissing);
  }

  private void registerMissing() {
    String ruleSet = properties.defaultRuleSet();
    ResponsiblePeople people = new ResponsiblePeople(
        new ResponsiblePerson("赵国强", "副局长", "0431-80000001"),
        new ResponsiblePerson("李文静", "办公室副主任", "0431-80000002"),
        new ResponsiblePerson("张晓明", "信息员", "0431-80000003"));
    List<Account> registered = register.list(null, null, DEMO_UNIT, null);
    int created = 0;
    for (Demo demo : DEMO) {
      boolean exists = registered.stream().anyMatch(a -> demo.name().equals(a.getName())
          && demo.platform() == a.getPlatform());
      if (!exists) {
        register.registerExisting(new AccountData(demo.name(), demo.platform(),
            AccountClass.TWO_MICRO_ONE_APP, DEMO_UNIT, ruleSet, demo.link(),
            LocalDate.of(2020, 1, 6), people), "system");
        created++;
      }
    }
    if (created > 0) {
      LOG.info("Demo accounts registered for {}: {}", DEMO_UNIT, created);
    }
  }
}
