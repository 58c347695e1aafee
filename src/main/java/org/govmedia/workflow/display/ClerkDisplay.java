package org.govmedia.workflow.display;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountStatus;
import org.springframework.stereotype.Component;

/**
 * What the application's pages show a clerk instead of raw values (for the 登记审核表 and the
 * reports): Beijing time {@code yyyy-MM-dd HH:mm}, a user's full name instead of "editor1", an
 * account's name and platform instead of "1", and each code by its Chinese name.
 */
@Component
public class ClerkDisplay {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ZoneId zone;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final AccountRegister register;

  public ClerkDisplay(GovmediaProperties properties, ProcessEngine engine, AccountRegister register) {
    this.zone = ZoneId.of(properties.zone());
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.register = register;
  }

  /** Beijing time, e.g. 2026-11-29 14:30; empty for none. */
  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
  }

  public String dateTime(Date date) {
    return date == null ? "" : dateTime(date.toInstant());
  }

  /**
   * A user's full name as the office knows it ("张晓明"), the user id where the user is unknown.
   * Looked up without the caller's authorizations on users: a reviewer may not list the users, but
   * the record and the forms name everyone who signed, whoever reads them.
   */
  public String userName(String userId) {
    if (userId == null || userId.isBlank()) {
      return "";
    }
    User user = findUser(userId);
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  /** A person by full name with the user id, as the record lists signers: 张晓明（editor1）. */
  public String person(String userId) {
    String name = userName(userId);
    return name.isEmpty() || name.equals(userId) ? name : name + "（" + userId + "）";
  }

  private User findUser(String userId) {
    // Joins the caller's command where there is one (a task listener), else runs a command of its own.
    return engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
      boolean checks = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        return context.getReadOnlyIdentityProvider().findUserById(userId);
      } finally {
        if (checks) {
          context.enableAuthorizationCheck();
        }
      }
    });
  }

  /** Register ids ("1,2") as the accounts' names and platforms: "示范人社（微信公众号）、示范县人社局（微博）". */
  public String accountNames(String accountIds) {
    if (accountIds == null || accountIds.isBlank()) {
      return "";
    }
    return Arrays.stream(accountIds.split(",")).map(String::strip).filter(id -> !id.isEmpty())
        .map(id -> register.find(id).map(this::accountName).orElse("编号 " + id))
        .collect(Collectors.joining("、"));
  }

  public String accountName(Account account) {
    return account.getName() + "（" + platform(account.getPlatform()) + "）";
  }

  public static String platform(AccountPlatform platform) {
    return platform == null ? "" : platform.chineseName();
  }

  /** An account's status by its Chinese name: 运行中, 已关停 ... */
  public static String status(AccountStatus status) {
    return status == null ? "" : status.chineseName();
  }
}
