package org.govmedia.workflow.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads the holiday arrangements shipped with the application ({@code classpath:calendar/holidays/*.json}). */
public final class HolidayFiles {

  /** Where the shipped files are. */
  public static final String LOCATION = "calendar/holidays/";

  /** A shipped year and the resource it was read from. */
  public record Shipped(HolidayYear year, String resource) {}

  private HolidayFiles() {}

  /** A mapper for the files' format (dates as ISO strings); usable without Spring. */
  public static ObjectMapper defaultMapper() {
    return JsonMapper.builder().findAndAddModules().build();
  }

  /**
   * Every shipped year, by year. Each file is validated: a broken shipped file is a build error
   * and fails loudly ({@link IllegalStateException}).
   */
  public static Map<Integer, Shipped> readAll(ObjectMapper mapper) {
    Map<Integer, Shipped> years = new TreeMap<>();
    try {
      Resource[] resources = new PathMatchingResourcePatternResolver(HolidayFiles.class.getClassLoader())
          .getResources("classpath*:" + LOCATION + "*.json");
      for (Resource resource : resources) {
        String name = LOCATION + resource.getFilename();
        HolidayYear year;
        try (InputStream in = resource.getInputStream()) {
          year = mapper.readValue(in, HolidayYear.class);
        }
        try {
          year.validate(null);
        } catch (RuntimeException e) {
          throw new IllegalStateException("invalid holiday file " + name + ": " + e.getMessage(), e);
        }
        if (!resource.getFilename().equals(year.year() + ".json")) {
          throw new IllegalStateException("holiday file " + name + " holds the year " + year.year());
        }
        years.putIfAbsent(year.year(), new Shipped(year, name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the holiday files under classpath:" + LOCATION, e);
    }
    return years;
  }

  /** Every shipped year, read with {@link #defaultMapper()}. */
  public static Map<Integer, Shipped> readAll() {
    return readAll(defaultMapper());
  }
}
