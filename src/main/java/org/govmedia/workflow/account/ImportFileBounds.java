package org.govmedia.workflow.account;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.govmedia.workflow.web.BadRequestException;

/**
 * What an import file may hold before POI reads it, checked as its zip entries inflate: at most
 * {@link RegisterImport#MAX_UNPACKED_BYTES} bytes in all, in each worksheet at most the
 * {@link RegisterSheet#MAX_ROWS} rows (and the header) and their cells, and in all its XML parts
 * (shared strings, styles) as many elements as such cells take. POI holds every row, cell, string
 * and style of the file in memory: a 5 MB file of a million empty rows (40 MB unpacked, under the
 * byte bound) took 4 seconds and 900 MB of heap before the row count was looked at.
 */
final class ImportFileBounds {

  /** Cells a row may carry: the template's columns, twice over for notes beside them. */
  private static final int CELLS_PER_ROW = 2 * RegisterSheet.columns().size();
  /** Cells a sheet may carry: the rows and the header, each of its cells. */
  private static final long MAX_CELLS = (long) (RegisterSheet.MAX_ROWS + 1) * CELLS_PER_ROW;
  /**
   * XML elements in all the file's parts: a cell, its value, its shared string and that string's
   * text are four; styles, relations and the rest of the template are a few hundred.
   */
  private static final long MAX_ELEMENTS = 4 * MAX_CELLS;
  private static final int MAX_ENTRIES = 1000;
  private static final XMLInputFactory XML = xmlFactory();

  private ImportFileBounds() {}

  static void check(byte[] file) {
    long[] total = {0};
    long[] elements = {0};
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      InputStream counted = new FilterInputStream(zip) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n > 0 && (total[0] += n) > RegisterImport.MAX_UNPACKED_BYTES) {
            throw new BadRequestException("file", "文件解压后超过 " + RegisterImport.MAX_UNPACKED_BYTES / 1024 / 1024
                + " MB，拒绝读取 (the file unpacks to more than " + RegisterImport.MAX_UNPACKED_BYTES + " bytes)");
          }
          return n;
        }

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public void close() {
          // the entry, not the zip: the next entry follows
        }
      };
      ZipEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new BadRequestException("file", "文件结构异常：条目过多 (too many entries in the file)");
        }
        if (entry.getName().endsWith(".xml")) {
          elements[0] += countElements(counted, entry.getName().startsWith("xl/worksheets/"));
          if (elements[0] > MAX_ELEMENTS) {
            throw new BadRequestException("file", "文件中的表格内容超过 " + MAX_ELEMENTS + " 项，不是台账导入模板能有的 "
                + "(too many XML elements)");
          }
        }
        counted.transferTo(OutputStreamNowhere.INSTANCE);
      }
      if (entries == 0) {
        throw notXlsx();
      }
    } catch (IOException e) {
      throw notXlsx();
    }
  }

  /**
   * Reads a part's XML as it streams (no DTD, no entity) and counts its elements; in a worksheet
   * refuses too many rows or cells.
   */
  private static long countElements(InputStream part, boolean worksheet) {
    long elements = 0;
    long rows = 0;
    long cells = 0;
    try {
      XMLStreamReader xml = XML.createXMLStreamReader(part);
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamReader.START_ELEMENT) {
          continue;
        }
        if (++elements > MAX_ELEMENTS || !worksheet) {
          continue;
        }
        String name = xml.getLocalName();
        if (name.equals("row") && ++rows > RegisterSheet.MAX_ROWS + 1) {
          throw new BadRequestException("file", "一次最多导入 " + RegisterSheet.MAX_ROWS + " 行，本表超过此数 (at most "
              + RegisterSheet.MAX_ROWS + " rows per import)");
        }
        if (name.equals("c") && ++cells > MAX_CELLS) {
          throw new BadRequestException("file", "表格的单元格超过 " + MAX_CELLS + " 个（" + RegisterSheet.MAX_ROWS
              + " 行，每行 " + CELLS_PER_ROW + " 个）(too many cells)");
        }
      }
      return elements;
    } catch (XMLStreamException e) {
      throw notXlsx();
    }
  }

  private static BadRequestException notXlsx() {
    return new BadRequestException("file", "不是台账导入模板：不是 .xlsx 文件。请先下载 GET /api/accounts/import-template "
        + "(not the register's import template)");
  }

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  /** Where the rest of an entry goes: its bytes are only counted. */
  private static final class OutputStreamNowhere extends java.io.OutputStream {
    static final OutputStreamNowhere INSTANCE = new OutputStreamNowhere();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
