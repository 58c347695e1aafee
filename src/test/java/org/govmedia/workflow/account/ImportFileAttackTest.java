package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * POST /api/accounts/import of a file within the byte bounds (under 5 MB, under 50 MB unpacked)
 * whose sheet holds a million empty rows, or a few rows of thousands of cells: POI held every one
 * in memory (900 MB of heap, 4 seconds) before the row count was looked at. Now the rows and cells
 * are counted as the file inflates, and it is refused 400 naming the file with nothing read or
 * written.
 */
class ImportFileAttackTest extends AccountTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Test
  void aMillionEmptyRowsAreRefusedBeforeTheWorkbookIsRead() throws Exception {
    byte[] file = templateWithRows(1_000_000, r -> "<row r=\"" + r + "\"><c r=\"A" + r + "\"/></row>");
    assertThat(file.length).isLessThan(RegisterImport.MAX_BYTES);
    long before = accounts.count();

    long started = System.nanoTime();
    ResponseEntity<Map<String, Object>> answer = upload(file);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).containsEntry("field", "file");
    assertThat((String) answer.getBody().get("message")).contains("一次最多导入 " + RegisterSheet.MAX_ROWS + " 行");
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3_000);
    assertThat(accounts.count()).isEqualTo(before);
  }

  @Test
  void rowsOfThousandsOfCellsAreRefused() throws Exception {
    StringBuilder wide = new StringBuilder();
    for (int c = 0; c < 16_000; c++) {
      wide.append("<c/>");
    }
    byte[] file = templateWithRows(20, r -> "<row r=\"" + r + "\">" + wide + "</row>");
    long before = accounts.count();

    ResponseEntity<Map<String, Object>> answer = upload(file);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).containsEntry("field", "file");
    assertThat((String) answer.getBody().get("message")).startsWith("表格的单元格超过");
    assertThat(accounts.count()).isEqualTo(before);
  }

  private ResponseEntity<Map<String, Object>> upload(byte[] file) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    return as("owner1").exchange("/api/accounts/import", HttpMethod.POST, new HttpEntity<>(file, headers), JSON);
  }

  /** The import template as served, its register sheet given {@code count} more rows as written. */
  private byte[] templateWithRows(int count, IntFunction<String> row) throws Exception {
    byte[] template = as("owner1").getForEntity("/api/accounts/import-template", byte[].class).getBody();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(template));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipArchiveEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          int end = xml.indexOf("</sheetData>");
          StringBuilder rows = new StringBuilder(xml.substring(0, end));
          for (int r = 2; r < count + 2; r++) {
            rows.append(row.apply(r));
          }
          data = rows.append(xml.substring(end)).toString().getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
