package org.govmedia.workflow.overdue;

import static org.govmedia.workflow.web.ReportFormat.cell;

import java.util.List;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.govmedia.workflow.web.PageAsked;
import org.govmedia.workflow.web.ReportFormat;
import org.govmedia.workflow.web.Workbooks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 逾期事项 {@code GET /api/overdue[?process=&ownerUnit=&ruleSet=][&page=&size=][&format=csv|xlsx]}:
 * everything overdue across all processes, one row each ({@link OverdueItems}). JSON by default: one
 * page of rows ({@code page} from 1, {@code size} {@value PageAsked#DEFAULT_SIZE} by default, at most
 * {@value PageAsked#MAX_SIZE}) with the count of all and the page's place ({@link OverduePage}); CSV (UTF-8
 * with a byte order mark) and the Excel sheet (Chinese headers, real dates) carry every row.
 * Supervisors and administrators only (SecurityConfig); a filter outside its list, a page or size
 * that is no whole number in its range, is a 400 naming it.
 */
@RestController
@RequestMapping("/api/overdue")
public class OverdueController {

  static final String[] HEADERS = {"流程", "业务编号", "事项", "主办单位", "期限（北京时间）", "逾期工作日",
      "当前待办", "办理人"};

  private static final int[] WIDTHS = {14, 28, 48, 24, 18, 10, 22, 22};

  private final OverdueItems items;
  private final AccountValidator validator;

  public OverdueController(OverdueItems items, AccountValidator validator) {
    this.items = items;
    this.validator = validator;
  }

  @GetMapping
  public ResponseEntity<?> overdue(@RequestParam(name = "process", required = false) String process,
      @RequestParam(name = "ownerUnit", required = false) String ownerUnit,
      @RequestParam(name = "ruleSet", required = false) String ruleSet,
      @RequestParam(name = "page", required = false) String page,
      @RequestParam(name = "size", required = false) String size,
      @RequestParam(name = "format", required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    String processKey = AccountValidator.textFilter(process);
    if (processKey != null && !OverdueItems.PROCESSES.contains(processKey)) {
      throw new BadRequestException("process", "流程 process 应为 " + OverdueItems.PROCESSES
          + " 之一：'" + processKey + "' (process is not one of the deadline-bearing processes)");
    }
    String unit = AccountValidator.textFilter(ownerUnit);
    InputRules.check("ownerUnit", unit, 200);
    ReportFormat.check(format, List.of("json", "csv", "xlsx"));
    PageAsked asked = PageAsked.of(page, size);
    String rules = validator.ruleSetFilter(ruleSet);
    if (!Workbooks.wanted(format, accept) && ReportFormat.wanted(format, accept) != ReportFormat.Kind.CSV) {
      // The rows of the page as the list they always were; where they stand in the whole, in
      // headers, as GET /api/accounts tells its pages.
      OverduePage shown = items.page(processKey, unit, rules, asked);
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
          .header("X-Total-Count", Integer.toString(shown.count()))
          .header("X-Page", Integer.toString(shown.number()))
          .header("X-Page-Size", Integer.toString(shown.size()))
          .header("X-Page-Count", Integer.toString(shown.pages())).body(shown.items());
    }
    List<OverdueItem> rows = items.find(processKey, unit, rules);
    if (Workbooks.wanted(format, accept)) {
      return Workbooks.xlsx(xlsx(rows), "逾期事项");
    }
    return ResponseEntity.ok().contentType(ReportFormat.CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"overdue.csv\"").body(csv(rows));
  }

  static String csv(List<OverdueItem> rows) {
    StringBuilder out = new StringBuilder("\uFEFF").append(String.join(",", HEADERS)).append("\r\n");
    for (OverdueItem i : rows) {
      out.append(cell(i.processName())).append(',').append(cell(i.businessKey())).append(',')
          .append(cell(i.title())).append(',').append(cell(i.ownerUnit())).append(',')
          .append(cell(i.dueText())).append(',')
          .append(i.workingDaysLate() == null ? "" : i.workingDaysLate()).append(',')
          .append(cell(i.openTask())).append(',').append(cell(i.holder())).append("\r\n");
    }
    return out.toString();
  }

  static byte[] xlsx(List<OverdueItem> rows) {
    var book = Workbooks.create();
    var sheet = book.sheet("逾期事项", HEADERS, WIDTHS);
    int r = 1;
    for (OverdueItem i : rows) {
      book.row(sheet, r++, i.processName(), i.businessKey(), i.title(), i.ownerUnit(), i.due(),
          i.workingDaysLate(), i.openTask(), i.holder());
    }
    sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
    return book.bytes();
  }
}
