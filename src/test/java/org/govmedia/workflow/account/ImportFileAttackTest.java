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
 * whose sheet holds a million empty rows, a few rows of thousands of cells, or a million shared
 * strings: POI held every one
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

    long started = System.nanoTime();
    String message = refusal(file);

    assertThat(message).contains("一次最多导入 " + RegisterSheet.MAX_ROWS + " 行");
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3_000);
  }

  @Test
  void rowsOfThousandsOfCellsAreRefused() throws Exception {
    StringBuilder wide = new StringBuilder();
    for (int c = 0; c < 16_000; c++) {
      wide.append("<c/>");
    }
    byte[] file = templateWithRows(20, r -> "<row r=\"" + r + "\">" + wide + "</row>");

    assertThat(refusal(file)).startsWith("表格的单元格超过");
  }

  @Test
  void aMillionSharedStringsAreRefused() throws Exception {
    byte[] file = templateWith("xl/sharedStrings.xml", "</sst>", 1_000_000, i -> "<si><t>" + i + "</t></si>");
    assertThat(file.length).isLessThan(RegisterImport.MAX_BYTES);

    assertThat(refusal(file)).startsWith("文件中的表格内容超过");
  }

  /** The file uploaded as owner1: a 400 naming {@code file}, no account written; its message. */
  private String refusal(byte[] file) {
    long before = accounts.count();
    ResponseEntity<Map<String, Object>> answer = upload(file);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).containsEntry("field", "file");
    assertThat(accounts.count()).isEqualTo(before);
    return (String) answer.getBody().get("message");
  }

  private ResponseEntity<Map<String, Object>> upload(byte[] file) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    return as("owner1").exchange("/api/accounts/import", HttpMethod.POST, new HttpEntity<>(file, headers), JSON);
  }

  /** The import template as served, its register sheet given {@code count} more rows as written. */
  private byte[] templateWithRows(int count, IntFunction<String> row) throws Exception {
    return templateWith("xl/worksheets/sheet1.xml", "</sheetData>", count, r -> row.apply(r + 2));
  }

  /** The import template as served, its part {@code part} given {@code count} more elements before {@code before}. */
  private byte[] templateWith(String part, String before, int count, IntFunction<String> element)
      throws Exception {
    byte[] template = as("owner1").getForEntity("/api/accounts/import-template", byte[].class).getBody();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(template));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipArchiveEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        if (entry.getName().equals(part)) {
          String xml = new String(data, StandardCharsets.UTF_8);
          int end = xml.indexOf(before);
          assertThat(end).as(part + " holds " + before).isPositive();
          StringBuilder more = new StringBuilder(xml.substring(0, end));
          for (int i = 0; i < count; i++) {
            more.append(element.apply(i));
          }
          data = more.append(xml.substring(end)).toString().getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
