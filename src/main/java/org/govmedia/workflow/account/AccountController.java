package org.govmedia.workflow.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govmedia.workflow.web.ApiError;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.govmedia.workflow.web.Workbooks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 台账 The account register: create (an existing, filed account: ACTIVE), read, list with filters,
 * change the responsible people (which starts a STAFF_CHANGE filing), posts. No endpoint changes a
 * status: a {@code status} in a body is refused 400; statuses follow the processes.
 */
@RestController
@RequestMapping("/api/accounts")
public class AccountController {

  private final AccountRegister register;
  private final AccountValidator validator;
  private final StaffChanges filings;
  private final AccountAdmission admission;
  private final PostsLedger posts;
  private final RegisterExports exports;

  public AccountController(AccountRegister register, AccountValidator validator, StaffChanges filings,
      AccountAdmission admission, PostsLedger posts, RegisterExports exports) {
    this.exports = exports;
    this.register = register;
    this.validator = validator;
    this.filings = filings;
    this.admission = admission;
    this.posts = posts;
  }

  /** An account as the API shows it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AccountView(Long id, String name, AccountPlatform platform, AccountClass accountClass,
      String ownerUnit, String ruleSet, AccountStatus status, boolean unfiled, String link,
      LocalDate openedOn, Instant filedAt, ResponsiblePerson leader, ResponsiblePerson reviewer,
      ResponsiblePerson publisher, boolean thirdParty, String operatorCompany, String contractNumber,
      LocalDate contractValidFrom, LocalDate contractValidTo, LocalDate agreementValidFrom,
      LocalDate agreementValidTo, String operatorQualification, LocalDate qualificationValidTo,
      UnitLevel unitLevel, String admissionReason, String admissionReasonBy) {

    static AccountView of(Account a) {
      return of(a, true);
    }

    /** The account; without the responsible people's phone numbers unless {@code phones}. */
    static AccountView of(Account a, boolean phones) {
      return new AccountView(a.getId(), a.getName(), a.getPlatform(), a.getAccountClass(),
          a.getOwnerUnit(), a.getRuleSet(), a.getStatus(), a.isUnfiled(), a.getLink(), a.getOpenedOn(),
          a.getFiledAt(), person(a.getLeader(), phones), person(a.getReviewer(), phones),
          person(a.getPublisher(), phones), a.isThirdParty(),
          a.getOperatorCompany(), a.getContractNumber(), a.getContractValidFrom(),
          a.getContractValidTo(), a.getAgreementValidFrom(), a.getAgreementValidTo(),
          a.getOperatorQualification(), a.getQualificationValidTo(), a.getUnitLevel(),
          a.getAdmissionReason(), a.getAdmissionReasonBy());
    }

    private static ResponsiblePerson person(ResponsiblePerson p, boolean phones) {
      return p == null || phones ? p : new ResponsiblePerson(p.getName(), p.getTitle(), null);
    }
  }

  /** The default and the largest page of the register list ({@code GET /api/accounts?page=&size=}). */
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 200;
  /** The highest page number asked for (50 million accounts at the largest page). */
  public static final int MAX_PAGE = 250_000;

  /**
   * The responsible people's phone numbers are read by those who need them: account admins (who
   * file them), supervisors (who call them) and administrators; everyone else reads the register
   * without them.
   */
  static boolean seesPhones(Authentication caller) {
    return caller != null && caller.getAuthorities().stream().map(a -> a.getAuthority())
        .anyMatch(g -> g.equals(org.govmedia.workflow.identity.Role.ACCOUNT_ADMINS.groupId())
            || g.equals(org.govmedia.workflow.identity.Role.SUPERVISORS.groupId())
            || g.equals(org.govmedia.workflow.identity.Role.ADMIN_GROUP));
  }

  static boolean isAdministrator(Authentication caller) {
    return caller != null && caller.getAuthorities().stream().map(a -> a.getAuthority())
        .anyMatch(g -> g.equals(org.govmedia.workflow.identity.Role.ADMIN_GROUP));
  }

  /** Posts and staff changes are for running accounts: refused on a closed or shut-down one. */
  private static void refuseEnded(Account account, String what) {
    if (account.getStatus() == AccountStatus.CLOSED || account.getStatus() == AccountStatus.SHUT_DOWN) {
      throw new BadRequestException("id", "账号 " + account.getId() + " 已" + (account.getStatus()
          == AccountStatus.CLOSED ? "注销" : "关停") + "，不能再" + what + " (account is "
          + account.getStatus() + ")");
    }
  }

  public record StaffChangeView(AccountView account, String filingProcessInstanceId,
      String filingBusinessKey) {}

  public record PostView(Long id, String accountId, LocalDate date, boolean original, String link,
      String title, String sourceKey) {

    static PostView of(AccountPost p) {
      return new PostView(p.getId(), p.getAccountId(), p.getPostDate(), p.isOriginal(), p.getLink(),
          p.getTitle(), p.getSourceKey());
    }
  }

  /** Admission and registration in one transaction: the admission's lock holds until the account is written. */
  @PostMapping
  @Transactional
  public ResponseEntity<AccountView> create(@RequestBody Map<String, Object> body,
      Authentication caller) {
    AccountData data = validator.account(body, null);
    AccountAdmission.Admitted admitted = admission.check(data, body, caller.getName(),
        isAdministrator(caller));
    Account account = register.registerExisting(data, caller.getName(), admitted);
    return ResponseEntity.status(HttpStatus.CREATED).body(AccountView.of(account));
  }

  /**
   * One page of the register ({@code page} from 0, {@code size} up to {@value #MAX_PAGE_SIZE},
   * default {@value #DEFAULT_PAGE_SIZE}); the headers {@code X-Total-Count} and {@code X-Page-Size}
   * tell how many there are in all.
   */
  @GetMapping
  public ResponseEntity<?> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) String ruleSet, @RequestParam(required = false) String ownerUnit,
      @RequestParam(required = false) String platform,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      Authentication caller) {
    if (Workbooks.wanted(format, accept)) {
      // The whole register (the filters apply, no pages) in the import template's columns.
      String unit = AccountValidator.textFilter(ownerUnit);
      InputRules.check("ownerUnit", unit, 200);
      AccountStatus statusFilter = filter("status", status, AccountStatus.class);
      String ruleSetFilter = validator.ruleSetFilter(ruleSet);
      AccountPlatform platformFilter = filter("platform", platform, AccountPlatform.class);
      boolean phones = seesPhones(caller);
      return Workbooks.xlsx(exports.export(statusFilter + "|" + ruleSetFilter + "|" + unit + "|" + platformFilter,
          () -> register.list(statusFilter, ruleSetFilter, unit, platformFilter), phones), "政务新媒体账号台账");
    }
    int pageNumber = page == null ? 0 : page;
    int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
    if (pageNumber < 0 || pageNumber > MAX_PAGE) {
      throw new BadRequestException("page", "参数 page 应在 0 到 " + MAX_PAGE + " 之间 (page must be "
          + "between 0 and " + MAX_PAGE + "): " + pageNumber);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new BadRequestException("size", "参数 size 应在 1 到 " + MAX_PAGE_SIZE + " 之间 (size must "
          + "be between 1 and " + MAX_PAGE_SIZE + "): " + pageSize);
    }
    String unit = AccountValidator.textFilter(ownerUnit);
    InputRules.check("ownerUnit", unit, 200);
    boolean phones = seesPhones(caller);
    var result = register.page(filter("status", status, AccountStatus.class),
        validator.ruleSetFilter(ruleSet), unit, filter("platform", platform, AccountPlatform.class),
        pageNumber, pageSize);
    return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.getTotalElements()))
        .header("X-Page-Size", Integer.toString(pageSize))
        .body(result.getContent().stream().map(a -> AccountView.of(a, phones)).toList());
  }

  @GetMapping("/{id}")
  public AccountView get(@PathVariable String id, Authentication caller) {
    return AccountView.of(register.get(id), seesPhones(caller));
  }

  @GetMapping("/{id}/history")
  public List<AccountStatusChange> history(@PathVariable String id) {
    return register.history(id);
  }

  @GetMapping("/{id}/filings")
  public List<AccountFiling> filingsOf(@PathVariable String id) {
    return register.filings(id);
  }

  /**
   * New responsible people (leader, reviewer, publisher: each name, title, phone). Starts
   * account-filing with STAFF_CHANGE (gaoxian 7(1)); never changes the status.
   */
  @PutMapping("/{id}/responsible")
  public StaffChangeView changeResponsible(@PathVariable String id,
      @RequestBody Map<String, Object> body, Authentication caller) {
    refuseEnded(register.get(id), "变更责任人");
    ResponsiblePeople people = validator.completePeople(body);
    StaffChanges.StaffChange change = filings.changeResponsiblePeople(id, people, caller.getName());
    return new StaffChangeView(AccountView.of(change.account()), change.filingProcessInstanceId(),
        change.filingBusinessKey());
  }

  /**
   * 第三方运维 The third party running the account (gaoxian 1): {@code thirdParty} with company,
   * contract and confidentiality agreement (a renewed contract or agreement), or
   * {@code thirdParty: false} when the unit takes the account back. Never changes the status.
   */
  @PutMapping("/{id}/operator")
  public AccountView changeOperator(@PathVariable String id, @RequestBody Map<String, Object> body) {
    register.get(id);
    if (body.containsKey("status")) {
      throw new BadRequestException("status", "字段 status 不能在此修改：状态只由流程变更 (status is "
          + "changed only by the processes, never by PUT .../operator)");
    }
    ThirdPartyOperator operator = validator.operator(body);
    OperatorQualification qualification = OperatorQualification.of(body, operator);
    register.updateOperator(id, operator);
    return AccountView.of(register.updateOperatorQualification(id, qualification.name(),
        qualification.validTo()));
  }

  @GetMapping("/{id}/posts")
  public List<PostView> posts(@PathVariable String id) {
    return posts.posts(id).stream().map(PostView::of).toList();
  }

  /** A post of an account run outside this application: date, original (boolean), link, title. */
  @PostMapping("/{id}/posts")
  public ResponseEntity<PostView> addPost(@PathVariable String id, @RequestBody Map<String, Object> body) {
    refuseEnded(register.get(id), "登记发文");
    String dateValue = InputRules.text(body.get("date"), "date", 10);
    if (dateValue == null) {
      throw new BadRequestException("date", "date is required (yyyy-MM-dd)");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(dateValue);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("date", "date is not an ISO date (yyyy-MM-dd): '" + dateValue + "'");
    }
    InputRules.pastDate(date, "date", InputRules.today());
    Object original = body.get("original");
    if (!(original instanceof Boolean)) {
      throw new BadRequestException("original", "original is required: true (original) or false (reprint)");
    }
    String link = text(body.get("link"), "link", 1000);
    String title = text(body.get("title"), "title", 500);
    AccountPost post = posts.addPost(id, date, (Boolean) original, link, title);
    return ResponseEntity.status(HttpStatus.CREATED).body(PostView.of(post));
  }

  @ExceptionHandler(AccountAdmission.ReasonNotAllowed.class)
  public ResponseEntity<ApiError> reasonNotAllowed(AccountAdmission.ReasonNotAllowed e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError(403, "Forbidden",
        AccountAdmission.ADMISSION_REASON, e.getMessage()));
  }

  @ExceptionHandler(AccountNotFoundException.class)
  public ResponseEntity<ApiError> notFound(AccountNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(404, "Not Found", "id",
        e.getMessage()));
  }

  private static String text(Object value, String field, int maxLength) {
    return InputRules.text(value, field, maxLength);
  }

  private static <E extends Enum<E>> E filter(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(field, field + " '" + value + "' is not one of "
          + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
