package org.govmedia.workflow.account;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govmedia.workflow.web.Workbooks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 台账导入 The register in Excel, inwards: the import template and the filled-in sheet, all rows or
 * none, through the same checks and admission as {@code POST /api/accounts} ({@link RegisterImport}).
 * The export is {@code GET /api/accounts?format=xlsx} ({@link AccountController}).
 */
@RestController
@RequestMapping("/api/accounts")
public class RegisterImportController {

  private final RegisterImport importer;

  public RegisterImportController(RegisterImport importer) {
    this.importer = importer;
  }

  /** 导入模板 The import sheet: Chinese and API field in each header, drop-downs for the closed lists. */
  @GetMapping("/import-template")
  public ResponseEntity<byte[]> importTemplate() {
    return Workbooks.xlsx(RegisterSheet.template(), "台账导入模板");
  }

  /**
   * 台账导入 The import template filled in, as the request body: all rows registered (201 with the
   * count) or none (400 listing each bad row and field); see {@link RegisterImport}.
   */
  @PostMapping("/import")
  public ResponseEntity<Map<String, Object>> importSheet(HttpServletRequest request, Authentication caller)
      throws IOException {
    byte[] file = request.getInputStream().readNBytes(RegisterImport.MAX_BYTES + 1);
    List<Account> imported = importer.importSheet(file, caller.getName(),
        AccountController.isAdministrator(caller));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("count", imported.size(),
        "ids", imported.stream().map(Account::getId).toList()));
  }

  @ExceptionHandler(RegisterImport.Refused.class)
  public ResponseEntity<Map<String, Object>> importRefused(RegisterImport.Refused e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", 400);
    body.put("error", "Bad Request");
    body.put("field", "rows");
    body.put("message", "台账导入未执行，以下各行有误（未写入任何账号）：" + e.getMessage());
    body.put("errors", e.problems().stream().map(RegisterImport.Problem::text).toList());
    body.put("problems", e.problems());
    return ResponseEntity.badRequest().body(body);
  }

  @ExceptionHandler(AccountAdmission.ReasonNotAllowed.class)
  public ResponseEntity<org.govmedia.workflow.web.ApiError> reasonNotAllowed(
      AccountAdmission.ReasonNotAllowed e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new org.govmedia.workflow.web.ApiError(
        403, "Forbidden", AccountAdmission.ADMISSION_REASON, e.getMessage()));
  }
}
