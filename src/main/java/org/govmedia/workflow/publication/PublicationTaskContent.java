package org.govmedia.workflow.publication;

import java.util.LinkedHashMap;
import java.util.Map;
import org.govmedia.workflow.screening.TaskContent;
import org.springframework.stereotype.Component;

/**
 * Every task of a content item (the reviews, the consultation, the post-publication check, the
 * draft) screens the item's title and body as they stand: a reviewer's correction is screened once
 * the task is completed with it.
 */
@Component
public class PublicationTaskContent implements TaskContent {

  private static final Map<String, String> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put(PublicationVariables.TITLE, "标题");
    FIELDS.put(PublicationVariables.BODY, "正文");
  }

  @Override
  public boolean covers(String processKey, String taskKey) {
    return PublicationVariables.PROCESS_KEY.equals(processKey);
  }

  @Override
  public Map<String, String> fields() {
    return FIELDS;
  }
}
