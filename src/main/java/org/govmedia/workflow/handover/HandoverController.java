package org.govmedia.workflow.handover;

import java.util.List;
import org.govmedia.workflow.account.AccountNotFoundException;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/handovers/{accountId}}: the recorded staff handovers of an account (404 unknown, in Chinese). */
@RestController
public class HandoverController {

  private final AccountRegister register;
  private final HandoverLog log;

  public HandoverController(AccountRegister register, HandoverLog log) {
    this.register = register;
    this.log = log;
  }

  @GetMapping("/api/handovers/{accountId}")
  public List<HandoverLog.Handover> ofAccount(@PathVariable String accountId) {
    return log.ofAccount(register.find(accountId).orElseThrow(() -> new AccountNotFoundException(accountId)).getId());
  }

  @ExceptionHandler(AccountNotFoundException.class)
  public ResponseEntity<ApiError> notFound(AccountNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(new ApiError(404, "Not Found", "accountId", e.getMessage()));
  }
}
