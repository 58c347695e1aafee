package org.govmedia.workflow.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govmedia.workflow.screening.ContentScreener;
import org.govmedia.workflow.screening.ScreeningHit;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/screening/check} {@code {"title", "body"}}: the hits an item with this title and
 * body would get, without starting anything (editors and reviewers, SecurityConfig). The texts are
 * held to an item's own bounds ({@link ContentValidator}).
 */
@RestController
public class ScreeningCheckController {

  public record Hits(List<ScreeningHit> hits) {}

  private final ContentScreener screener;

  public ScreeningCheckController(ContentScreener screener) {
    this.screener = screener;
  }

  @PostMapping("/api/screening/check")
  public Hits check(@RequestBody Map<String, Object> body) {
    for (String field : body.keySet()) {
      if (!PublicationVariables.TITLE.equals(field) && !PublicationVariables.BODY.equals(field)) {
        throw new BadRequestException(field, "不接受字段 " + field + "，只有 title 和 body (only title and body)");
      }
    }
    String title = InputRules.text(body.get(PublicationVariables.TITLE), PublicationVariables.TITLE,
        ContentValidator.MAX_TITLE_LENGTH);
    String text = InputRules.text(body.get(PublicationVariables.BODY), PublicationVariables.BODY,
        ContentValidator.MAX_BODY_LENGTH);
    if (title == null && text == null) {
      throw new BadRequestException(PublicationVariables.BODY, "标题 title 和正文 body 至少填写一项 "
          + "(title or body is required)");
    }
    // Offsets count from the text as sent, as they do for an item's stored title and body.
    List<ScreeningHit> hits = new ArrayList<>(screener.screen(PublicationVariables.TITLE, raw(body, title,
        PublicationVariables.TITLE)));
    hits.addAll(screener.screen(PublicationVariables.BODY, raw(body, text, PublicationVariables.BODY)));
    return new Hits(hits);
  }

  private static String raw(Map<String, Object> body, String checked, String field) {
    return checked != null && body.get(field) instanceof String sent ? sent : checked;
  }
}
