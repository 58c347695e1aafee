package org.govmedia.workflow.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRepository;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.FormValues;
import org.govmedia.workflow.web.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 假冒政务新媒体 Counterfeit accounts (henan 6(2)). {@code POST /api/units/{ownerUnit}/counterfeit-reports}
 * (supervisors, administrators): a counterfeit of the unit's account found, {@code {"platform",
 * "counterfeitName", "counterfeitLink"?, "impersonatedAccountId"?, "foundOn", "description"?}}; 201 with
 * the record, whose {@code counterfeit-report} task reports it to the cyberspace office. 400 naming the
 * field for bad input, nothing written. {@code GET} lists the unit's reports.
 */
@RestController
public class CounterfeitReportController {

  private static final Logger LOG = LoggerFactory.getLogger(CounterfeitReportController.class);
  static final int NAME_MAX = 100;
  static final int LINK_MAX = 500;
  static final int DESCRIPTION_MAX = 2000;
  static final int UNIT_MAX = 200;

  private final CounterfeitReports reports;
  private final AccountRepository accounts;
  private final WorkingCalendar calendar;
  private final IdentityService identity;

  public CounterfeitReportController(CounterfeitReports reports, AccountRepository accounts,
      WorkingCalendar calendar, IdentityService identity) {
    this.reports = reports;
    this.accounts = accounts;
    this.calendar = calendar;
    this.identity = identity;
  }

  @PostMapping("/api/units/{ownerUnit}/counterfeit-reports")
  public ResponseEntity<Map<String, Object>> report(@PathVariable String ownerUnit,
      @RequestBody Map<String, Object> body) {
    CounterfeitReports.Finding finding;
    try {
      finding = finding(ownerUnit, body);
    } catch (BadRequestException e) {
      LOG.warn("counterfeit report refused: {}: {}", e.getField(), e.getMessage());
      throw e;
    }
    var authentication = identity.getCurrentAuthentication();
    String user = authentication == null ? "unknown" : authentication.getUserId();
    return ResponseEntity.status(HttpStatus.CREATED).body(reports.record(finding, user));
  }

  @GetMapping("/api/units/{ownerUnit}/counterfeit-reports")
  public List<Map<String, Object>> list(@PathVariable String ownerUnit) {
    return reports.ofUnit(ownerUnit);
  }

  private CounterfeitReports.Finding finding(String ownerUnit, Map<String, Object> body) {
    String unit = FormValues.text(ownerUnit);
    if (unit == null || unit.length() > UNIT_MAX) {
      throw new BadRequestException("ownerUnit", "主办单位（ownerUnit）必填，且不超过" + UNIT_MAX + "字");
    }
    String platformText = FormValues.text(body.get("platform"));
    if (platformText == null) {
      throw new BadRequestException("platform", "平台（platform）为必填项");
    }
    AccountPlatform platform;
    try {
      platform = AccountPlatform.valueOf(platformText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("platform", "平台（platform）不是已知平台：" + platformText);
    }
    String name = required(body, "counterfeitName", "假冒账号名称", NAME_MAX);
    String link = optional(body, "counterfeitLink", "假冒账号链接", LINK_MAX);
    String description = optional(body, "description", "情况说明", DESCRIPTION_MAX);
    Long impersonated = null;
    Object account = body.get("impersonatedAccountId");
    if (account != null && !account.toString().isBlank()) {
      try {
        impersonated = Long.valueOf(account.toString().strip());
      } catch (NumberFormatException e) {
        throw new BadRequestException("impersonatedAccountId", "被假冒账号（impersonatedAccountId）应为账号编号");
      }
      if (!accounts.existsById(impersonated)) {
        throw new BadRequestException("impersonatedAccountId",
            "被假冒账号（impersonatedAccountId）不在台账中：" + impersonated);
      }
    }
    String found = FormValues.text(body.get("foundOn"));
    if (found == null) {
      throw new BadRequestException("foundOn", "发现日期（foundOn）为必填项");
    }
    LocalDate foundOn;
    try {
      foundOn = LocalDate.parse(found);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("foundOn", "发现日期（foundOn）格式应为 yyyy-MM-dd");
    }
    if (foundOn.isAfter(calendar.today())) {
      throw new BadRequestException("foundOn", "发现日期（foundOn）不能晚于今天");
    }
    return new CounterfeitReports.Finding(unit, platform.name(), name, link, impersonated, foundOn,
        description);
  }

  private static String required(Map<String, Object> body, String field, String label, int max) {
    String value = optional(body, field, label, max);
    if (value == null) {
      throw new BadRequestException(field, label + "（" + field + "）为必填项");
    }
    return value;
  }

  private static String optional(Map<String, Object> body, String field, String label, int max) {
    String value = FormValues.text(body.get(field));
    if (value != null && value.length() > max) {
      throw new BadRequestException(field, label + "（" + field + "）不得超过" + max + "字");
    }
    return value;
  }
}
