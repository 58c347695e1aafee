package org.govmedia.workflow.feed;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 截止日期日历 The deadline calendar feeds (RFC 5545), for Outlook, a phone or WeChat Work's calendar:
 * {@code GET /api/me/calendar.ics}: the caller's own deadlines (HTTP basic like the rest of /api);
 * {@code GET /api/units/{ownerUnit}/calendar.ics} (supervisors): the deadlines of that owner unit's
 * accounts. Content-Type {@code text/calendar; charset=utf-8}.
 */
@RestController
public class CalendarFeedController {

  public static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

  private final DeadlineFinder deadlines;
  private final CalendarFeed feed;

  public CalendarFeedController(DeadlineFinder deadlines, CalendarFeed feed) {
    this.deadlines = deadlines;
    this.feed = feed;
  }

  @GetMapping("/api/me/calendar.ics")
  public ResponseEntity<String> mine(Authentication caller) {
    List<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    List<Deadline> mine = deadlines.ofUser(caller.getName(), groups, tasklist());
    return ics(feed.write("待办截止 Deadlines " + caller.getName(), mine));
  }

  @GetMapping("/api/units/{ownerUnit}/calendar.ics")
  public ResponseEntity<String> unit(@PathVariable String ownerUnit) {
    List<Deadline> ofUnit = deadlines.ofUnit(ownerUnit, tasklist());
    return ics(feed.write("待办截止 Deadlines " + ownerUnit, ofUnit));
  }

  private static ResponseEntity<String> ics(String body) {
    return ResponseEntity.ok().contentType(TEXT_CALENDAR)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"deadlines.ics\"").body(body);
  }

  /** The Tasklist of this application, as the caller reached it. */
  private static String tasklist() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path("/camunda/app/tasklist/default")
        .build().toUriString();
  }
}
