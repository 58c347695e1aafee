package org.govmedia.workflow.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Writes deadlines as an iCalendar (RFC 5545) feed with ical4j. Each deadline is an all-day event
 * (DTSTART;VALUE=DATE on the due day in Asia/Shanghai, DTEND the next day): the application's
 * deadlines end at the end of a day (23:59:59), which an all-day event shows in every calendar app
 * without time-zone data, on the right day, and without a misleading "event at midnight"; the exact
 * due time is in the DESCRIPTION. UID is stable per task or filing, so a refreshed feed updates the
 * event instead of duplicating it.
 */
@Component
public class CalendarFeed {

  public static final String PRODID = "-//govmedia//政务新媒体 deadlines 1.0//ZH";

  private final ZoneId zone;

  public CalendarFeed(WorkingCalendar calendar) {
    this.zone = calendar.zone();
  }

  /** The feed of the deadlines, titled (X-WR-CALNAME) with the name. */
  public String write(String name, List<Deadline> deadlines) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
    DtStamp stamp = new DtStamp(ClockUtil.getCurrentTime().toInstant());
    for (Deadline deadline : deadlines) {
      LocalDate day = deadline.due().toInstant().atZone(zone).toLocalDate();
      VEvent event = new VEvent(day, day.plusDays(1), deadline.summary());
      event.replace(stamp);
      event.add(new Uid(deadline.uid()));
      event.add(new Description(deadline.description()));
      if (deadline.url() != null) {
        event.add(new Url(URI.create(deadline.url())));
      }
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
