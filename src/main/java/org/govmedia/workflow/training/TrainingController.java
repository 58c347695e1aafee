package org.govmedia.workflow.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.web.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 业务培训 (henan 7(2): 每年要至少组织一次业务培训), supervisors and administrators (SecurityConfig):
 * <ul>
 *   <li>{@code POST /api/units/{ownerUnit}/trainings} {@code {"trainedOn", "title", "participants",
 *       "organizer"?}}: 201 with the record; 400 naming the field, nothing written;</li>
 *   <li>{@code GET /api/units/{ownerUnit}/trainings?year=}: the unit's trainings of the year;</li>
 *   <li>{@code GET /api/reports/years/{year}/trainings?ruleSet=[&ownerUnit=]}: the yearly check, every
 *       owner unit of the rule set with its trainings and whether it is below the minimum of
 *       {@code dmn/training-minimum.dmn}.</li>
 * </ul>
 */
@RestController
public class TrainingController {

  private static final Logger LOG = LoggerFactory.getLogger(TrainingController.class);
  static final int TEXT_MAX = 200;

  private final UnitTrainings trainings;
  private final WorkingCalendar calendar;
  private final IdentityService identity;

  public TrainingController(UnitTrainings trainings, WorkingCalendar calendar, IdentityService identity) {
    this.trainings = trainings;
    this.calendar = calendar;
    this.identity = identity;
  }

  @PostMapping("/api/units/{ownerUnit}/trainings")
  public ResponseEntity<UnitTrainings.Training> record(@PathVariable String ownerUnit,
      @RequestBody Map<String, Object> body) {
    try {
      String unit = text(ownerUnit, "ownerUnit", "主办单位", true);
      String title = text(body.get("title"), "title", "培训名称", true);
      String organizer = text(body.get("organizer"), "organizer", "组织单位", false);
      LocalDate trainedOn = trainedOn(body.get("trainedOn"));
      int participants = participants(body.get("participants"));
      var authentication = identity.getCurrentAuthentication();
      String user = authentication == null ? "unknown" : authentication.getUserId();
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(trainings.record(unit, trainedOn, title, participants, organizer, user));
    } catch (BadRequestException e) {
      LOG.warn("training refused: {}: {}", e.getField(), e.getMessage());
      throw e;
    }
  }

  @GetMapping("/api/units/{ownerUnit}/trainings")
  public List<UnitTrainings.Training> list(@PathVariable String ownerUnit,
      @RequestParam(name = "year", required = false) String year) {
    return trainings.ofUnit(ownerUnit, year == null ? calendar.today().getYear() : year(year));
  }

  @GetMapping("/api/reports/years/{year}/trainings")
  public UnitTrainings.Check check(@PathVariable("year") String year,
      @RequestParam(name = "ruleSet", required = false) String ruleSet,
      @RequestParam(name = "ownerUnit", required = false) String ownerUnit) {
    String set = new AccountValidator().ruleSetFilter(ruleSet);
    if (set == null) {
      throw new BadRequestException("ruleSet", "规则集（ruleSet）为必填项");
    }
    return trainings.check(year(year), set, AccountValidator.textFilter(ownerUnit));
  }

  private static int year(String text) {
    try {
      int year = Integer.parseInt(text.strip());
      if (year >= 2000 && year <= 2100) {
        return year;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BadRequestException("year", "年度（year）应为如 2025 的年份：" + text);
  }

  private LocalDate trainedOn(Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new BadRequestException("trainedOn", "培训日期（trainedOn）为必填项");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(value.toString().strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("trainedOn", "培训日期（trainedOn）格式应为 yyyy-MM-dd");
    }
    if (day.isAfter(calendar.today())) {
      throw new BadRequestException("trainedOn", "培训日期（trainedOn）不能晚于今天");
    }
    return day;
  }

  private static int participants(Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new BadRequestException("participants", "参训人数（participants）为必填项");
    }
    try {
      int count = value instanceof Number n && n.doubleValue() == n.intValue() ? n.intValue()
          : Integer.parseInt(value.toString().strip());
      if (count > 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BadRequestException("participants", "参训人数（participants）应为正整数");
  }

  private static String text(Object value, String field, String label, boolean required) {
    String text = value == null ? null : value.toString().strip();
    if (text == null || text.isEmpty()) {
      if (required) {
        throw new BadRequestException(field, label + "（" + field + "）为必填项");
      }
      return null;
    }
    if (text.length() > TEXT_MAX) {
      throw new BadRequestException(field, label + "（" + field + "）不得超过" + TEXT_MAX + "字");
    }
    return text;
  }
}
