package org.govmedia.workflow.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govmedia.workflow.filing.FilingStarter;
import org.govmedia.workflow.web.ApiError;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
  private final FilingStarter filings;

  public AccountController(AccountRegister register, AccountValidator validator, FilingStarter filings) {
    this.register = register;
    this.validator = validator;
    this.filings = filings;
  }

  /** An account as the API shows it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AccountView(Long id, String name, AccountPlatform platform, AccountClass accountClass,
      String ownerUnit, String ruleSet, AccountStatus status, boolean unfiled, String link,
      LocalDate openedOn, Instant filedAt, ResponsiblePerson leader, ResponsiblePerson reviewer,
      ResponsiblePerson publisher, boolean thirdParty, String operatorCompany, String contractNumber,
      LocalDate contractValidFrom, LocalDate contractValidTo, LocalDate agreementValidFrom,
      LocalDate agreementValidTo, String operatorQualification, LocalDate qualificationValidTo) {

    static AccountView of(Account a) {
      return new AccountView(a.getId(), a.getName(), a.getPlatform(), a.getAccountClass(),
          a.getOwnerUnit(), a.getRuleSet(), a.getStatus(), a.isUnfiled(), a.getLink(), a.getOpenedOn(),
          a.getFiledAt(), a.getLeader(), a.getReviewer(), a.getPublisher(), a.isThirdParty(),
          a.getOperatorCompany(), a.getContractNumber(), a.getContractValidFrom(),
          a.getContractValidTo(), a.getAgreementValidFrom(), a.getAgreementValidTo(),
          a.getOperatorQualification(), a.getQualificationValidTo());
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

  @PostMapping
  public ResponseEntity<AccountView> create(@RequestBody Map<String, Object> body,
      Authentication caller) {
    AccountData data = validator.account(body, null);
    Account account = register.registerExisting(data, caller.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(AccountView.of(account));
  }

  @GetMapping
  public List<AccountView> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) String ruleSet, @RequestParam(required = false) String ownerUnit,
      @RequestParam(required = false) String platform) {
    return register.list(filter("status", status, AccountStatus.class),
            validator.ruleSetFilter(ruleSet), AccountValidator.textFilter(ownerUnit),
            filter("platform", platform, AccountPlatform.class))
        .stream().map(AccountView::of).toList();
  }

  @GetMapping("/{id}")
  public AccountView get(@PathVariable String id) {
    return AccountView.of(register.get(id));
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
    register.get(id);
    ResponsiblePeople people = validator.completePeople(body);
    FilingStarter.StaffChange change = filings.changeResponsiblePeople(id, people, caller.getName());
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
    ThirdPartyOperator operator = validator.operator(body);
    OperatorQualification qualification = OperatorQualification.of(body, operator);
    register.updateOperator(id, operator);
    return AccountView.of(register.updateOperatorQualification(id, qualification.name(),
        qualification.validTo()));
  }

  @GetMapping("/{id}/posts")
  public List<PostView> posts(@PathVariable String id) {
    return register.posts(id).stream().map(PostView::of).toList();
  }

  /** A post of an account run outside this application: date, original (boolean), link, title. */
  @PostMapping("/{id}/posts")
  public ResponseEntity<PostView> addPost(@PathVariable String id, @RequestBody Map<String, Object> body) {
    register.get(id);
    Object dateValue = body.get("date");
    if (dateValue == null || dateValue.toString().isBlank()) {
      throw new BadRequestException("date", "date is required (yyyy-MM-dd)");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(dateValue.toString().strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("date", "date is not an ISO date (yyyy-MM-dd): '" + dateValue + "'");
    }
    Object original = body.get("original");
    if (!(original instanceof Boolean)) {
      throw new BadRequestException("original", "original is required: true (original) or false (reprint)");
    }
    String link = text(body.get("link"), "link", 1000);
    String title = text(body.get("title"), "title", 500);
    AccountPost post = register.addPost(id, date, (Boolean) original, link, title);
    return ResponseEntity.status(HttpStatus.CREATED).body(PostView.of(post));
  }

  @ExceptionHandler(AccountNotFoundException.class)
  public ResponseEntity<ApiError> notFound(AccountNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(404, "Not Found", "id",
        e.getMessage()));
  }

  private static String text(Object value, String field, int maxLength) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().strip();
    if (text.length() > maxLength) {
      throw new BadRequestException(field, field + " is longer than " + maxLength + " characters");
    }
    return text;
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
