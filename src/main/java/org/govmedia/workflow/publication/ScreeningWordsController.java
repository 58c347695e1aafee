package org.govmedia.workflow.publication;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The screening lists: everyone may read them, an administrator extends them (SecurityConfig). */
@RestController
@RequestMapping("/api/screening/words")
public class ScreeningWordsController {

  private final ScreeningWordRepository words;
  private final ContentScreener screener;

  public ScreeningWordsController(ScreeningWordRepository words, ContentScreener screener) {
    this.words = words;
    this.screener = screener;
  }

  public record Lists(String version, List<ContentScreener.Entry> entries) {}

  public record NewWord(String kind, String word, String correction) {}

  @GetMapping
  public Lists list() {
    return new Lists(screener.version(), screener.entries());
  }

  @PostMapping
  @Transactional
  public ResponseEntity<ScreeningWord> add(@RequestBody NewWord request, Principal caller) {
    if (request.kind() == null || request.kind().isBlank()) {
      throw new BadRequestException("kind", "kind is required: one of " + Arrays.toString(ScreeningKind.values()));
    }
    ScreeningKind kind = Arrays.stream(ScreeningKind.values()).filter(k -> k.name().equals(request.kind()))
        .findFirst().orElseThrow(() -> new BadRequestException("kind",
            "kind '" + request.kind() + "' is unknown: one of " + Arrays.toString(ScreeningKind.values())));
    String word = request.word() == null ? "" : request.word().strip();
    if (word.isEmpty() || word.length() > 200) {
      throw new BadRequestException("word", "word is required (1 to 200 characters)");
    }
    String correction = request.correction() == null || request.correction().isBlank() ? null : request.correction().strip();
    if (kind == ScreeningKind.ERRONEOUS && correction == null) {
      throw new BadRequestException("correction", "an erroneous expression needs its correct form");
    }
    var existing = words.findByKindAndWord(kind, word);
    if (existing.isPresent()) {
      return ResponseEntity.ok(existing.get());
    }
    ScreeningWord saved = words.saveAndFlush(new ScreeningWord(kind, word, correction, caller.getName(),
        ClockUtil.getCurrentTime().toInstant()));
    screener.reload();
    return ResponseEntity.status(HttpStatus.CREATED).body(saved);
  }

  @DeleteMapping("/{id}")
  @Transactional
  public ResponseEntity<Void> remove(@PathVariable long id) {
    if (!words.existsById(id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no added word " + id + " (shipped words are edited in the release)");
    }
    words.deleteById(id);
    words.flush();
    screener.reload();
    return ResponseEntity.noContent().build();
  }
}
