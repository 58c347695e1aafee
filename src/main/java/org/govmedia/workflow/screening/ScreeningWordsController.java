package org.govmedia.workflow.screening;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The screening lists: everyone signed in may read them and their journal; an administrator adds
 * entries and switches entries off or on, each with a reason (SecurityConfig).
 */
@RestController
@RequestMapping("/api/screening/words")
public class ScreeningWordsController {

  static final int MAX_WORD = 200;
  static final int MAX_SOURCE = 500;
  static final int MAX_REASON = 500;

  private final ContentScreener screener;
  private final ScreeningListChanges changes;

  public ScreeningWordsController(ContentScreener screener, ScreeningListChanges changes) {
    this.screener = screener;
    this.changes = changes;
  }

  public record Lists(String version, List<ContentScreener.ListedEntry> entries) {}

  @GetMapping
  public Lists list() {
    return new Lists(screener.version(), screener.entries());
  }

  @GetMapping("/journal")
  public List<ScreeningListChanges.Change> journal() {
    return changes.journal();
  }

  /** {@code {"category", "word", "correction", "source", "reason"}}: 201 with the entry. */
  @PostMapping
  public ResponseEntity<ScreeningWord> add(@RequestBody Map<String, Object> body, Principal caller) {
    only(body, Set.of("category", "word", "correction", "source", "reason"));
    ScreeningCategory category = category(body);
    String word = InputRules.requiredText(body.get("word"), "word", MAX_WORD);
    String correction = InputRules.text(body.get("correction"), "correction", MAX_WORD);
    if (category.kind() == ScreeningKind.ERRONEOUS && correction == null) {
      throw new BadRequestException("correction", "字段 correction 必填：错误表述须给出正确写法 "
          + "(an erroneous expression needs its correct form)");
    }
    String source = InputRules.requiredText(body.get("source"), "source", MAX_SOURCE);
    String reason = InputRules.requiredText(body.get("reason"), "reason", MAX_REASON);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(changes.add(category, word, correction, source, reason, caller.getName()));
  }

  /** {@code {"category", "word", "reason"}}: 204, the entry no longer flags anything. */
  @PostMapping("/switch-off")
  public ResponseEntity<Void> switchOff(@RequestBody Map<String, Object> body, Principal caller) {
    only(body, Set.of("category", "word", "reason"));
    changes.switchOff(category(body), InputRules.requiredText(body.get("word"), "word", MAX_WORD),
        InputRules.requiredText(body.get("reason"), "reason", MAX_REASON), caller.getName());
    return ResponseEntity.noContent().build();
  }

  /** {@code {"category", "word", "reason"}}: 204, the entry flags again. */
  @PostMapping("/switch-on")
  public ResponseEntity<Void> switchOn(@RequestBody Map<String, Object> body, Principal caller) {
    only(body, Set.of("category", "word", "reason"));
    changes.switchOn(category(body), InputRules.requiredText(body.get("word"), "word", MAX_WORD),
        InputRules.requiredText(body.get("reason"), "reason", MAX_REASON), caller.getName());
    return ResponseEntity.noContent().build();
  }

  private static ScreeningCategory category(Map<String, Object> body) {
    String code = InputRules.requiredText(body.get("category"), "category", 32);
    return ScreeningCategory.of(code).filter(ScreeningCategory::listed).orElseThrow(() -> new BadRequestException(
        "category", "字段 category 不是可维护的词表：" + code + " (unknown list; personal data is found by pattern)"));
  }

  private static void only(Map<String, Object> body, Set<String> fields) {
    for (String field : body.keySet()) {
      if (!fields.contains(field)) {
        throw new BadRequestException(field, "不接受字段 " + field + " (unknown field " + field + ")");
      }
    }
  }
}
