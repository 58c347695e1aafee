package org.govmedia.workflow.handover;

import java.util.List;
import org.govmedia.workflow.account.AccountRegister;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/handovers/{accountId}}: the recorded staff handovers of an account (404 unknown). */
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
    return log.ofAccount(register.find(accountId).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.NOT_FOUND, "no account with id " + accountId)).getId());
  }
}
