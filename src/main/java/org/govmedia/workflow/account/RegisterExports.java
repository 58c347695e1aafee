package org.govmedia.workflow.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 台账导出 The register's export ({@code GET /api/accounts?format=xlsx}) with its last few files kept.
 *
 * <p>Writing the sheet is the dear part (seconds for a province's 10,000 accounts on a busy 2-core
 * machine), and ten supervisors opening the export at once would each write the same file. So a
 * file is kept for {@value #MINUTES} minutes, at most {@value #FILES} of them (each a few MB), under
 * the digest of every cell it holds: the accounts are read on every call (one query), and a file is
 * written again as soon as any of its cells would differ — a change of status, people, filing, an
 * account added or gone, the phone numbers shown or not. No timestamp is trusted as the register's
 * version: a filing sets {@code updated_at} to the day it was filed, and a change within the same
 * instant would not move it. Callers asking for the same file at once wait for one writer (the
 * cache's {@code get} loads a key once).
 */
@Component
public class RegisterExports {

  static final int FILES = 4;
  static final int MINUTES = 10;

  private final Cache<String, byte[]> files = Caffeine.newBuilder().maximumSize(FILES)
      .expireAfterWrite(Duration.ofMinutes(MINUTES)).build();

  /** The register's sheet of these accounts ({@link RegisterSheet#export}). */
  public byte[] export(List<Account> accounts, boolean phones) {
    List<Object[]> rows = accounts.stream().map(a -> RegisterSheet.values(a, phones)).toList();
    return files.get(digest(rows), k -> RegisterSheet.export(rows));
  }

  /** A digest of every cell: its type and its text, cell by cell, row by row. */
  static String digest(List<Object[]> rows) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      StringBuilder row = new StringBuilder();
      for (Object[] values : rows) {
        row.setLength(0);
        for (Object v : values) {
          String text = v == null ? "" : v.toString();
          // Each cell's type and length before its text: no two rows of cells read the same.
          row.append(v == null ? "-" : v.getClass().getSimpleName()).append(':').append(text.length())
              .append(':').append(text);
        }
        row.append('\n');
        sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
      }
      return rows.size() + ":" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
