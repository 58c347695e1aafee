package org.govmedia.workflow.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountNotFoundException;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountStatusChange;
import org.govmedia.workflow.identity.Role;
import org.govmedia.workflow.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * 退出阶梯 {@code GET /api/accounts/{id}/ladder}: the account's history on the exit ladder, each
 * supervision with its period, findings, action and dates, and the register's status changes.
 * Supervisors, account admins and administrators (403 for other users).
 */
@RestController
public class LadderController {

  private static final Set<String> READERS = Set.of(Role.SUPERVISORS.groupId(),
      Role.ACCOUNT_ADMINS.groupId(), Role.ADMIN_GROUP);

  private final AccountRegister register;
  private final SupervisionRecords records;

  public LadderController(AccountRegister register, SupervisionRecords records) {
    this.register = register;
    this.records = records;
  }

  public record Step(long supervisionId, Long roundId, String period, String automatedFindings,
      Boolean prominentProblem, String findings, Integer problemCount, String action,
      Instant startedAt, Instant inspectedAt, Instant decidedAt, Instant rectificationDue,
      boolean overdue, Instant interviewedAt, Boolean rectified, Instant verifiedAt,
      Instant shutDownAt, String processInstanceId) {}

  public record StatusStep(String from, String to, String by, Instant at, String reason) {}

  public record Ladder(long accountId, String name, String ownerUnit, String ruleSet, String status,
      List<Step> supervisions, List<StatusStep> statusHistory) {}

  @GetMapping("/api/accounts/{id}/ladder")
  public ResponseEntity<?> ladder(@PathVariable("id") String id, Authentication caller) {
    if (caller == null || caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .noneMatch(READERS::contains)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(new ApiError(403, "Forbidden", null,
              "仅监管人员和账号管理员可查看处置阶梯 (supervisors or account admins only)"));
    }
    Account account = register.find(id).orElse(null);
    if (account == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(new ApiError(404, "Not Found", "id", new AccountNotFoundException(id).getMessage()));
    }
    List<Step> steps = records.ofAccount(account.getId()).stream().map(s -> new Step(s.id(),
        s.roundId(), s.period(), s.automatedFindings(), s.prominentProblem(), s.findings(),
        s.problemCount(), s.escalationAction(), s.createdAt(), s.inspectedAt(), s.decidedAt(),
        s.rectificationDue(), s.overdue(), s.interviewedAt(), s.rectified(), s.verifiedAt(),
        s.shutDownAt(), s.processInstanceId())).toList();
    List<StatusStep> history = register.history(account.getId()).stream().map(LadderController::of).toList();
    return ResponseEntity.ok(new Ladder(account.getId(), account.getName(), account.getOwnerUnit(), account.getRuleSet(),
        account.getStatus().name(), steps, history));
  }

  private static StatusStep of(AccountStatusChange c) {
    return new StatusStep(c.getFromStatus() == null ? null : c.getFromStatus().name(),
        c.getToStatus().name(), c.getChangedBy(), c.getChangedAt(), c.getReason());
  }
}
