package org.govmedia.workflow.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
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

  /** Exports being read now, by filters and phones: who asks meanwhile gets the same answer. */
  private final ConcurrentHashMap<String, CompletableFuture<byte[]>> reading = new ConcurrentHashMap<>();

  /**
   * The register's sheet of the accounts (read by {@code accounts}) that the filters select
   * ({@link RegisterSheet#export}). A caller who asks for the same filters while another caller's
   * export of them is being read waits for that one and gets its file: ten supervisors pressing
   * 导出 at once read the register once, not ten times (each read is 10,000 accounts at a
   * province's scale). The file is as the register stood when that read began.
   */
  public byte[] export(String filters, Supplier<List<Account>> accounts, boolean phones) {
    String key = filters + "|" + phones;
    CompletableFuture<byte[]> mine = new CompletableFuture<>();
    CompletableFuture<byte[]> running = reading.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      List<Object[]> rows = accounts.get().stream().map(a -> RegisterSheet.values(a, phones)).toList();
      byte[] file = files.get(digest(rows), k -> RegisterSheet.export(rows));
      mine.complete(file);
      return file;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      reading.remove(key, mine);
    }
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
