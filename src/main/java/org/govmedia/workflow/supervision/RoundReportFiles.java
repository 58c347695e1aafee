package org.govmedia.workflow.supervision;

import java.time.LocalDate;
import org.govmedia.workflow.web.Workbooks;
import org.springframework.http.ResponseEntity;

/**
 * The round report as files: {@code ?format=xlsx} (or {@code Accept:} the xlsx type) the report
 * sheet, {@code ?format=docx} (or {@code Accept:} the Word type) the printable notice 通报; null for
 * the other formats, which the controller answers itself.
 */
public final class RoundReportFiles {

  private RoundReportFiles() {}

  public static ResponseEntity<byte[]> of(RoundReportController.Report report, String format, String accept,
      LocalDate today) {
    String name = "检查通报-" + report.round().period() + "-" + report.round().id();
    if (Workbooks.wanted(format, accept)) {
      return Workbooks.xlsx(RoundReportWorkbook.of(report), name);
    }
    boolean docx = format != null ? format.strip().equalsIgnoreCase("docx")
        : accept != null && accept.toLowerCase().contains(Workbooks.DOCX.getSubtype());
    if (docx) {
      LocalDate day = report.round().reportedAt() == null ? today
          : report.round().reportedAt().atZone(Workbooks.BEIJING).toLocalDate();
      return Workbooks.docx(RoundNoticeDocument.of(report, day), name);
    }
    return null;
  }
}
