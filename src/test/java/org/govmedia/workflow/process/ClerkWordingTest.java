package org.govmedia.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** A refusal reads to a clerk: the field as the form names it, the reason in Chinese. */
class ClerkWordingTest {

  @Test
  void fieldsAreNamedAsTheFormsNameThem() {
    assertThat(ClerkWording.field("eventDate")).isEqualTo("事项日期");
    assertThat(ClerkWording.field("closingReason")).isEqualTo("关闭原因");
    assertThat(ClerkWording.field("accountId")).isEqualTo("账号编号");
    assertThat(ClerkWording.field("problemsFixed")).isEqualTo("处置情况");
    assertThat(ClerkWording.field("newPassword")).isEqualTo("新密码");
    assertThat(ClerkWording.knownFields()).contains("department", "classification", "supervisionNote");
  }

  @Test
  void theChecksReasonsAreSaidInChinese() {
    assertThat(refusal("eventDate", "eventDate is not an ISO date (yyyy-MM-dd): '12/04/2026'"))
        .isEqualTo("事项日期：日期格式应为 年-月-日，如 2026-12-04");
    assertThat(refusal("closingReason", "closingReason is required")).isEqualTo("关闭原因：必填");
    assertThat(refusal("accountId", "no account with id 77 in the register"))
        .isEqualTo("账号编号：台账中没有编号为 77 的账号");
    assertThat(refusal("comment", "不同意或退回须填写理由 a refusal or send-back needs a reason"))
        .isEqualTo("审批意见：不同意或退回须填写理由");
    assertThat(refusal("publishedLink", "须为政府网站公开页面的链接（以 http:// 或 https:// 开头）"))
        .isEqualTo("政府网站公开链接：须为政府网站公开页面的链接（以 http:// 或 https:// 开头）");
    assertThat(refusal("leaderPhone", "leaderPhone is longer than 40 characters")).isEqualTo("分管领导电话：不能超过40个字");
  }

  @Test
  void aYesNoLeftOpenIsRefusedInChinese() {
    BadUserRequestException refused = null;
    try {
      RefusedInput.yesNo(null, "approved", "请选择同意或不同意 choose approve or refuse");
    } catch (BadUserRequestException e) {
      refused = e;
    }
    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).isEqualTo("审批结论：请选择同意或不同意");
  }

  private static String refusal(String field, String message) {
    return RefusedInput.forClerk(field, message).getMessage();
  }
}
