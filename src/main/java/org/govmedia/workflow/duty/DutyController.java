package org.govmedia.workflow.duty;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 值班读网 Duty periods (gaoxian 2(2)). {@code POST /api/duty/periods} (supervisors): an important
 * period such as the Two Sessions 全国两会, {@code {"name", "from", "to", "ruleSet"?}}, starts
 * holiday-duty (201), 409 when it was already started, 400 naming the field for bad input.
 * {@code GET /api/duty/periods}: the periods not over yet, holidays of the calendar included.
 */
@RestController
@RequestMapping("/api/duty/periods")
public class DutyController {

  private final DutyPeriods periods;
  private final DutyPeriodValidator validator;
  private final DutyPeriodRepository repository;
  private final WorkingCalendar calendar;

  public DutyController(DutyPeriods periods, DutyPeriodValidator validator,
      DutyPeriodRepository repository, WorkingCalendar calendar) {
    this.periods = periods;
    this.validator = validator;
    this.repository = repository;
    this.calendar = calendar;
  }

  /** A period and the holiday-duty instance started for it. */
  public record StartedPeriod(String name, String from, String to, String businessKey,
      String processInstanceId) {}

  @PostMapping
  public ResponseEntity<?> add(@RequestBody Map<String, Object> body) {
    DutyPeriodValidator.Period period = validator.period(body, "name", "from", "to");
    if (periods.started(period.start(), period.name())) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(409, "Conflict", "from",
          "holiday-duty was already started for " + period.name() + " from " + period.start()));
    }
    ProcessInstance instance = periods.start(
        new DutyPeriods.Period(period.name(), period.start(), period.end()),
        DutyVariables.SOURCE_SUPERVISOR, period.ruleSet());
    return ResponseEntity.status(HttpStatus.CREATED).body(new StartedPeriod(period.name(),
        period.start().toString(), period.end().toString(), instance.getBusinessKey(),
        instance.getId()));
  }

  @GetMapping
  public List<DutyPeriodRepository.DutyPeriod> list() {
    return repository.endingOnOrAfter(calendar.today());
  }
}
