package org.govmedia.workflow.dashboard;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 监管看板 The supervisors' dashboard (supervisors and administrators, SecurityConfig; others 403):
 * {@code GET /api/dashboard} the page with its charts (Apache ECharts, served by the application
 * itself), {@code GET /api/dashboard/figures} the figures as JSON, {@code GET /api/dashboard/list}
 * the list behind a figure. Under /api, so a user signed in to Cockpit or Tasklist opens it without a
 * second login (reads ride on the webapp session); Cockpit's header links to it.
 */
@Controller
@RequestMapping("/api/dashboard")
public class DashboardController {

  private final KeptFigures figures;
  private final DashboardLists lists;

  public DashboardController(KeptFigures figures, DashboardLists lists) {
    this.figures = figures;
    this.lists = lists;
  }

  @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
  public String page() {
    return "dashboard/index";
  }

  @GetMapping(path = "/figures", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public DashboardFigures.Figures figures() {
    return figures.figures();
  }

  @GetMapping(path = "/list", produces = MediaType.TEXT_HTML_VALUE)
  public String list(@RequestParam(name = "kind", required = false) String kind,
      @RequestParam Map<String, String> query, Model model) {
    model.addAttribute("listing", lists.list(kind, query));
    model.addAttribute("rows", DashboardLists.ROWS);
    return "dashboard/list";
  }
}
