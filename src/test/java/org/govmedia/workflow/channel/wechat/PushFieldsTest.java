package org.govmedia.workflow.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import me.chanjar.weixin.common.util.XmlUtils;
import org.junit.jupiter.api.Test;

/**
 * A push is read into the same fields WxJava reads (its XmlUtils, the reference), and a push that
 * brings a DTD or an external entity is refused instead of being expanded.
 */
class PushFieldsTest {

  private static final String TEXT = """
      <xml><ToUserName><![CDATA[gh_123]]></ToUserName><FromUserName><![CDATA[oCitizen1]]></FromUserName>
      <CreateTime>1764367200</CreateTime><MsgType><![CDATA[text]]></MsgType>
      <Content><![CDATA[请问社保卡在哪里办理？]]></Content><MsgId>24436921012345678</MsgId></xml>""";

  private static final String PUBLISH_FINISH = """
      <xml><ToUserName><![CDATA[gh_123]]></ToUserName><FromUserName><![CDATA[oOffice]]></FromUserName>
      <CreateTime>1764367300</CreateTime><MsgType><![CDATA[event]]></MsgType>
      <Event><![CDATA[PUBLISHJOBFINISH]]></Event>
      <PublishEventInfo><publish_id>2247503051</publish_id><publish_status>0</publish_status>
      <article_id><![CDATA[b5O2OUs25HBxRceL7hfReg]]></article_id>
      <article_detail><count>2</count>
      <item><idx>1</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/a]]></article_url></item>
      <item><idx>2</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/b]]></article_url></item>
      </article_detail></PublishEventInfo></xml>""";

  @Test
  void aTextMessageGivesTheFieldsTheIntakeReads() {
    Map<String, Object> fields = PushFields.of(TEXT);
    assertThat(fields).containsEntry("MsgType", "text").containsEntry("MsgId", "24436921012345678")
        .containsEntry("FromUserName", "oCitizen1").containsEntry("CreateTime", "1764367200")
        .containsEntry("Content", "请问社保卡在哪里办理？");
    assertThat(fields).isEqualTo(XmlUtils.xml2Map(TEXT));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPublicationEventKeepsItsNestedInfoAsWxJavaReadsIt() {
    Map<String, Object> fields = PushFields.of(PUBLISH_FINISH);
    assertThat(WechatPublisher.publishId(fields)).isEqualTo("2247503051");
    Map<String, Object> detail = (Map<String, Object>) ((Map<String, Object>) fields.get("PublishEventInfo"))
        .get("article_detail");
    assertThat(detail.get("item")).asList().hasSize(2);
    assertThat(fields).isEqualTo(XmlUtils.xml2Map(PUBLISH_FINISH));
  }

  @Test
  void aPushWithADoctypeOrAnEntityIsRefused() {
    String entity = """
        <?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <xml><MsgType>text</MsgType><Content>&x;</Content></xml>""";
    assertThatThrownBy(() -> PushFields.of(entity)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PushFields.of("<xml><MsgType>text</xml>"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
