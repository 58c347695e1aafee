package org.govmedia.workflow.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account register 台账: the one place that writes accounts. A status changes only through
 * {@link #changeStatus}, which the process delegates call and which writes the history row; "now"
 * is the engine clock ({@link ClockUtil}), so process tests can move it.
 */
@Service
@Transactional
public class AccountRegister {

  private final AccountRepository accounts;
  private final AccountStatusChangeRepository history;
  private final AccountFilingRepository filings;
  private final JdbcClient jdbc;

  public AccountRegister(AccountRepository accounts, AccountStatusChangeRepository history,
      AccountFilingRepository filings, JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.history = history;
    this.filings = filings;
  }

  // ------------------------------------------------------------------------------ creating

  /** An existing account, already filed (filling the register with today's accounts): ACTIVE. */
  public Account registerExisting(AccountData data, String actor) {
    return registerExisting(data, actor, null);
  }

  /** {@link #registerExisting(AccountData, String)}, admitted as {@code admitted} says (null: no admission data). */
  public Account registerExisting(AccountData data, String actor, AccountAdmission.Admitted admitted) {
    Instant now = now();
    Account fresh = new Account(data, AccountStatus.ACTIVE, now);
    if (admitted != null) {
      fresh.setAdmission(admitted);
    }
    Account account = accounts.save(fresh);
    account.setFiledAt(now);
    history.save(new AccountStatusChange(account.getId(), null, AccountStatus.ACTIVE, actor, now,
        "登记已备案的现有账号 Existing, filed account registered"));
    return account;
  }

  /** A new account whose opening is being decided (account-opening): PLANNED. */
  public Account plan(AccountData data, String actor) {
    return plan(data, actor, null);
  }

  /** {@link #plan(AccountData, String)}, admitted as {@code admitted} says (null: no admission data). */
  public Account plan(AccountData data, String actor, AccountAdmission.Admitted admitted) {
    Instant now = now();
    Account fresh = new Account(data, AccountStatus.PLANNED, now);
    if (admitted != null) {
      fresh.setAdmission(admitted);
    }
    Account account = accounts.save(fresh);
    history.save(new AccountStatusChange(account.getId(), null, AccountStatus.PLANNED, actor, now,
        "申请开设 Opening requested"));
    return account;
  }

  // ------------------------------------------------------------------------------ reading

  /**
   * The owner unit's accounts on the platform that are planned or running (every status but
   * CLOSED and SHUT_DOWN): what "one account per unit per platform" (henan 3(1)) counts.
   */
  @Transactional(readOnly = true)
  public long countOpen(String ownerUnit, AccountPlatform platform) {
    return jdbc.sql("select count(*) from gm_account where owner_unit = :unit and platform = :platform"
            + " and status not in ('CLOSED', 'SHUT_DOWN')")
        .param("unit", ownerUnit).param("platform", platform.name()).query(Long.class).single();
  }

  @Transactional(readOnly = true)
  public Optional<Account> find(Object id) {
    Long key = parseId(id);
    return key == null ? Optional.empty() : accounts.findById(key);
  }

  /** The account, or {@link AccountNotFoundException}. */
  @Transactional(readOnly = true)
  public Account get(Object id) {
    return find(id).orElseThrow(() -> new AccountNotFoundException(id));
  }

  /** Accounts by any of the filters (null: no filter), by id. */
  @Transactional(readOnly = true)
  public List<Account> list(AccountStatus status, String ruleSet, String ownerUnit,
      AccountPlatform platform) {
    return accounts.findAll(filters(status, ruleSet, ownerUnit, platform), Sort.by("id"));
  }

  /** One page (0-based) of {@link #list}, by id. */
  @Transactional(readOnly = true)
  public org.springframework.data.domain.Page<Account> page(AccountStatus status, String ruleSet,
      String ownerUnit, AccountPlatform platform, int page, int size) {
    return accounts.findAll(filters(status, ruleSet, ownerUnit, platform),
        org.springframework.data.domain.PageRequest.of(page, size, Sort.by("id")));
  }

  private static Specification<Account> filters(AccountStatus status, String ruleSet,
      String ownerUnit, AccountPlatform platform) {
    Specification<Account> spec = (root, query, cb) -> cb.conjunction();
    if (status != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
    }
    if (ruleSet != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("ruleSet"), ruleSet));
    }
    if (ownerUnit != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("ownerUnit"), ownerUnit));
    }
    if (platform != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("platform"), platform));
    }
    return spec;
  }

  /**
   * For the publication process: which of the given register ids are unknown or not publishable
   * (publishable: ACTIVE, WARNED, REPORTED, INTERVIEWED), in the order given, each once.
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public List<String> unknownOrInactive(Collection<String> ids) {
    return publishable(ids).refused();
  }

  /** An account an item may go out on: its register id and platform. */
  public record Channel(Long id, AccountPlatform platform) {}

  /** The accounts of the ids that may be published on (by the id as given), and the ids refused. */
  public record Publishable(Map<String, Channel> accounts, List<String> refused) {}

  /**
   * One plain query (it runs in every draft submission and publication, so no entity loading):
   * which of the ids are accounts open for publication, which are not.
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public Publishable publishable(Collection<String> ids) {
    List<Long> keys = ids.stream().map(AccountRegister::parseId).filter(k -> k != null).distinct().toList();
    Map<Long, Channel> open = new HashMap<>();
    if (!keys.isEmpty()) {
      jdbc.sql("select id, platform, status from gm_account where id in (:ids)").param("ids", keys)
          .query((row, n) -> AccountStatus.valueOf(row.getString("status")).publishable()
              ? new Channel(row.getLong("id"), AccountPlatform.valueOf(row.getString("platform"))) : null)
          .list().stream().filter(java.util.Objects::nonNull).forEach(c -> open.put(c.id(), c));
    }
    Map<String, Channel> byGivenId = new java.util.LinkedHashMap<>();
    List<String> refused = new ArrayList<>();
    for (String id : ids) {
      Long key = parseId(id);
      Channel channel = key == null ? null : open.get(key);
      if (channel != null) {
        byGivenId.put(id, channel);
      } else if (!refused.contains(id)) {
        refused.add(id);
      }
    }
    return new Publishable(byGivenId, refused);
  }

  /** True when the account exists and may be published on. */
  @Transactional(readOnly = true)
  public boolean isPublishable(Object id) {
    return find(id).map(a -> a.getStatus().publishable()).orElse(false);
  }

  @Transactional(readOnly = true)
  public List<AccountStatusChange> history(Object id) {
    return history.findByAccountIdOrderByIdAsc(get(id).getId());
  }

  @Transactional(readOnly = true)
  public List<AccountFiling> filings(Object id) {
    return filings.findByAccountIdOrderByIdAsc(get(id).getId());
  }

  // ------------------------------------------------------------------------------ changing

  /** The one way to change a status: writes who, when, from, to and why. */
  public Account changeStatus(Object id, AccountStatus to, String actor, String reason) {
    Account account = get(id);
    Instant now = now();
    AccountStatus from = account.getStatus();
    account.setStatus(to, now);
    history.save(new AccountStatusChange(account.getId(), from, to, actor, now, reason));
    return account;
  }

  /** The account is opened on the platform: PLANNED -> PENDING_FILING, opened today. */
  public Account open(Object id, LocalDate openedOn, String actor, String reason) {
    Account account = get(id);
    account.setOpenedOn(openedOn, now());
    return changeStatus(id, AccountStatus.PENDING_FILING, actor, reason);
  }

  /** The responsible people change; the status never does. */
  public Account updatePeople(Object id, ResponsiblePeople people) {
    Account account = get(id);
    account.setPeople(people, now());
    return account;
  }

  /** The third party running the account (gaoxian 1), or null; the status never changes. */
  public Account updateOperator(Object id, ThirdPartyOperator operator) {
    Account account = get(id);
    account.setOperator(operator, now());
    return account;
  }

  /**
   * 资质 The third-party operator's qualification and its validity (gaoxian 1); both null when the
   * unit runs the account itself or none was recorded.
   */
  public Account updateOperatorQualification(Object id, String qualification, LocalDate validTo) {
    Account account = get(id);
    boolean thirdParty = account.isThirdParty();
    account.setOperatorQualification(thirdParty ? qualification : null, thirdParty ? validTo : null, now());
    return account;
  }

  /** An OPEN filing is overdue (true) or was confirmed (false): gaoxian 7(3) unfiled account. */
  public Account markUnfiled(Object id, boolean unfiled) {
    Account account = get(id);
    account.setUnfiled(unfiled, now());
    return account;
  }

  /**
   * A filing was confirmed by the supervising office: the people filed, when, a filing row; an
   * OPEN filing also ends the unfiled mark and makes a PENDING_FILING account ACTIVE.
   */
  public Account recordFiling(Object id, FilingRecord record) {
    Account account = get(id);
    Instant now = now();
    if (record.people() != null) {
      account.setPeople(record.people(), now);
    }
    account.setFiledAt(now);
    filings.save(new AccountFiling(account.getId(), record, now));
    if (record.event() == FilingEvent.OPEN) {
      account.setUnfiled(false, now);
      if (account.getStatus() == AccountStatus.PENDING_FILING) {
        changeStatus(id, AccountStatus.ACTIVE, record.confirmedBy(),
            "开设备案已确认 Opening filing confirmed");
      }
    }
    return account;
  }

  // ------------------------------------------------------------------------------ helpers

  /** A register id from a Long, Integer or decimal string; null when it is none. */
  public static Long parseId(Object id) {
    if (id instanceof Long l) {
      return l;
    }
    if (id instanceof Number n) {
      return n.longValue();
    }
    if (id == null) {
      return null;
    }
    try {
      return Long.valueOf(id.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
