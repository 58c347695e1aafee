package org.govmedia.workflow.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The three shapes of every report (the round report 通报, the quarterly and annual reports): JSON (default), a printable
 * Chinese HTML page ({@code Accept: text/html} or {@code ?format=html}) and CSV for a spreadsheet
 * ({@code Accept: text/csv} or {@code ?format=csv}; UTF-8 with a byte order mark so that Excel reads
 * the Chinese, cells that could start a formula quoted).
 */
public final class ReportFormat {

  public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  public static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  public static final String STYLE = "<style>body{font-family:'SimSun','Songti SC',serif;margin:2em}"
      + "table{border-collapse:collapse;width:100%;margin-bottom:1em}th,td{border:1px solid #333;"
      + "padding:4px;vertical-align:top;font-size:12px}th{background:#eee}td.num{text-align:right}"
      + "td.pre{white-space:pre-wrap}@media print{body{margin:0}h2{page-break-after:avoid}}</style>";

  private ReportFormat() {}

  public enum Kind { JSON, HTML, CSV }

  /** The formats a report's {@code format} parameter names (the files are chosen before this). */
  private static final List<String> FORMATS = List.of("json", "html", "csv", "xlsx", "docx");

  /** As asked by {@code ?format=} (an unknown one is a 400 naming it), else by {@code Accept}. */
  public static Kind wanted(String format, String accept) {
    check(format, FORMATS);
    String wanted = format != null ? format.toLowerCase() : accept == null ? "" : accept.toLowerCase();
    if (wanted.equals("csv") || wanted.contains("text/csv")) {
      return Kind.CSV;
    }
    if (wanted.equals("html") || wanted.contains("text/html")) {
      return Kind.HTML;
    }
    return Kind.JSON;
  }

  /** A {@code format} parameter, when given, is one of {@code allowed}: else a 400 naming them. */
  public static void check(String format, List<String> allowed) {
    if (format != null && !allowed.contains(format.strip().toLowerCase(Locale.ROOT))) {
      throw new BadRequestException("format", "格式 format 应为 "
          + String.join("、", allowed.subList(0, allowed.size() - 1)) + " 或 " + allowed.get(allowed.size() - 1)
          + "：'" + (format.length() > 20 ? format.substring(0, 20) + "…" : format) + "'");
    }
  }

  public static ResponseEntity<?> respond(Kind kind, Object json, String html, String csv, String fileName) {
    return switch (kind) {
      case CSV -> ResponseEntity.ok().contentType(CSV)
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + ".csv\"")
          .body(csv);
      case HTML -> ResponseEntity.ok().contentType(HTML).body(html);
      case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    };
  }

  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  public static String esc(Object value) {
    if (value == null) {
      return "";
    }
    return value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  public static String percent(Double ratio) {
    return ratio == null ? "—" : String.format("%.1f%%", ratio * 100);
  }

  public static Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }
}
