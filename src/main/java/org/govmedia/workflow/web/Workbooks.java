package org.govmedia.workflow.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every .xlsx of the application shares (Apache POI XSSF): a bold shaded header row that stays
 * in view, cells of the right type (a date is a real Excel date in Beijing time, a number a number),
 * column widths set, and the download answer with a Chinese file name.
 */
public final class Workbooks {

  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  public static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  /** Excel's own limit of characters in a cell. */
  public static final int MAX_CELL_LENGTH = 32_767;

  private Workbooks() {}

  /** Rows kept in memory while a sheet is written; older ones go to a temporary file (SXSSF). */
  static final int ROWS_IN_MEMORY = 200;

  /**
   * A new workbook with its styles. Written as a stream (POI's SXSSF): a register of 10,000 accounts
   * or a list of 50,000 overdue items takes the memory of {@value #ROWS_IN_MEMORY} rows, not all.
   */
  public static Styled create() {
    // Shared strings (as Excel writes them), not inline ones: a tool that edits a cell of the file
    // (POI's own XSSF does so) keeps the text it was given. They cost most of the time of a large
    // sheet (POI keys each text by its XML): 10,000 accounts of 30 columns took about 3.3 s with
    // them and 0.7-1.1 s inline on the 2-core build machine, but an exported register edited with
    // XSSF and imported again is then refused (RegisterExcelTest). Compressing the temporary files
    // made no measurable difference.
    return new Styled(new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY, true, true));
  }

  /** A workbook and the styles its cells take. */
  public static final class Styled {
    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle dateTime;
    private final CellStyle date;
    private final CellStyle text;
    private final CellStyle title;

    Styled(SXSSFWorkbook workbook) {
      this.workbook = workbook;
      var format = workbook.createDataFormat();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      header.setWrapText(true);
      dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
      date = workbook.createCellStyle();
      date.setDataFormat(format.getFormat("yyyy-mm-dd"));
      text = workbook.createCellStyle();
      text.setWrapText(true);
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = workbook.createCellStyle();
      title.setFont(big);
    }

    public Workbook workbook() {
      return workbook;
    }

    /**
     * A sheet whose first row is {@code headers}; {@code widths} in characters (one per column,
     * Chinese characters count double), the header row frozen.
     */
    public Sheet sheet(String name, String[] headers, int[] widths) {
      Sheet sheet = workbook.createSheet(name);
      header(sheet, 0, headers, widths);
      return sheet;
    }

    /** A header row at {@code rowIndex}, frozen, with the column widths. */
    public void header(Sheet sheet, int rowIndex, String[] headers, int[] widths) {
      Row row = sheet.createRow(rowIndex);
      for (int i = 0; i < headers.length; i++) {
        Cell cell = row.createCell(i);
        cell.setCellValue(headers[i]);
        cell.setCellStyle(header);
        sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
      }
      sheet.createFreezePane(0, rowIndex + 1);
    }

    /** A title line above a table (a report's heading). */
    public void title(Sheet sheet, int rowIndex, String text) {
      Cell cell = sheet.createRow(rowIndex).createCell(0);
      cell.setCellValue(text);
      cell.setCellStyle(title);
    }

    /** Sets the cell by the value's type; null leaves it blank. */
    public void set(Row row, int column, Object value) {
      if (value == null) {
        return;
      }
      Cell cell = row.createCell(column);
      if (value instanceof Instant instant) {
        cell.setCellValue(instant.atZone(BEIJING).toLocalDateTime());
        cell.setCellStyle(dateTime);
      } else if (value instanceof java.util.Date d) {
        cell.setCellValue(d.toInstant().atZone(BEIJING).toLocalDateTime());
        cell.setCellStyle(dateTime);
      } else if (value instanceof LocalDate day) {
        cell.setCellValue(day);
        cell.setCellStyle(date);
      } else if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (value instanceof Boolean b) {
        cell.setCellValue(b ? "是" : "否");
      } else {
        String text = value.toString();
        cell.setCellValue(text.length() > MAX_CELL_LENGTH ? text.substring(0, MAX_CELL_LENGTH) : text);
        if (text.indexOf('\n') >= 0) {
          cell.setCellStyle(this.text);
        }
      }
    }

    /** Appends a row of values at {@code rowIndex}. */
    public Row row(Sheet sheet, int rowIndex, Object... values) {
      Row row = sheet.createRow(rowIndex);
      for (int i = 0; i < values.length; i++) {
        set(row, i, values[i]);
      }
      return row;
    }

    /** The workbook as the bytes of an .xlsx file (and closes it, its temporary files removed). */
    public byte[] bytes() {
      try {
        return Workbooks.bytes(workbook);
      } finally {
        workbook.dispose();
      }
    }
  }

  public static byte[] bytes(Workbook workbook) {
    try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The download of an .xlsx file named {@code fileName} (without extension; Chinese allowed). */
  public static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
    return download(body, XLSX, fileName + ".xlsx");
  }

  /** The download of a .docx file named {@code fileName} (without extension). */
  public static ResponseEntity<byte[]> docx(byte[] body, String fileName) {
    return download(body, DOCX, fileName + ".docx");
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(body);
  }

  /** Whether the client asked for .xlsx: {@code ?format=xlsx} or {@code Accept:} the xlsx type. */
  public static boolean wanted(String format, String accept) {
    if (format != null) {
      return format.strip().equalsIgnoreCase("xlsx");
    }
    return accept != null && accept.toLowerCase().contains(XLSX.getSubtype());
  }
}
