package org.govmedia.workflow.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * How a refusal reads to a clerk in Tasklist: the field by the label its form gives it (read from
 * the deployed Camunda Forms, so the two never differ), the reason in Chinese. The checks write
 * their reasons for developers and API clients ("eventDate is not an ISO date ..."); the usual
 * shapes are said again in Chinese, and a reason that already starts in Chinese keeps its Chinese.
 */
public final class ClerkWording {

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** Labels of fields that no form shows (a value a client should never send). */
  private static final Map<String, String> NOT_IN_FORMS = Map.of(
      "password", "密码", "newPassword", "新密码", "businessKey", "业务编号", "periodSource", "时段来源",
      "accountIds", "发布账号", "contentCategory", "信息类别", "openedOn", "开设日期");

  private static volatile Map<String, String> labels;

  private ClerkWording() {}

  /** The field's label in the forms ("承办科室"), or the field itself where no form names it. */
  public static String field(String field) {
    String label = labels().get(field);
    if (label == null) {
      label = NOT_IN_FORMS.get(field);
    }
    return label != null ? label : field;
  }

  /** The reason in Chinese. */
  public static String reason(String field, String message) {
    if (message == null || message.isBlank()) {
      return "填写有误";
    }
    String text = message.strip();
    if (HAN.matcher(text.substring(0, 1)).matches()) {
      return chinesePart(text);
    }
    Matcher m;
    if ((m = Pattern.compile("is longer than (\\d+) characters").matcher(text)).find()) {
      return "不能超过" + m.group(1) + "个字";
    }
    if (text.contains("is required") || text.endsWith("is null")) {
      return "必填";
    }
    if (text.contains("not an ISO date") || text.contains("yyyy-MM-dd")) {
      return "日期格式应为 年-月-日，如 2026-12-04";
    }
    if (text.contains("true or false")) {
      return "请选择“是”或“否”";
    }
    if (text.contains("is not one of")) {
      return "不在可选范围内";
    }
    if ((m = Pattern.compile("no account with id (\\S+) in the register").matcher(text)).find()) {
      return "台账中没有编号为 " + m.group(1) + " 的账号";
    }
    if (text.contains("phone number")) {
      return "不是有效的电话号码";
    }
    if (text.contains("is not a user id")) {
      return "没有这个用户名";
    }
    if (text.contains("credentials are never stored")) {
      return "系统不保存任何密码，请只确认已修改";
    }
    return HAN.matcher(text).find() ? chinesePart(text) : "填写有误";
  }

  /**
   * The Chinese of a bilingual reason ("不同意须填写理由 a refusal needs a reason"): up to where two
   * English words follow each other (a lone "http://" or a date stays).
   */
  private static String chinesePart(String text) {
    Matcher english = Pattern.compile("[\\s(（]+[A-Za-z][A-Za-z']*[\\s,]+[A-Za-z(]").matcher(text);
    String chinese = english.find() ? text.substring(0, english.start()) : text;
    return chinese.replaceAll("[\\s,，:：(（]+$", "").strip();
  }

  private static Map<String, String> labels() {
    Map<String, String> known = labels;
    if (known == null) {
      known = readFormLabels();
      labels = known;
    }
    return known;
  }

  private static Map<String, String> readFormLabels() {
    Map<String, String> found = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try {
      Resource[] forms = new PathMatchingResourcePatternResolver(ClerkWording.class.getClassLoader())
          .getResources("classpath*:bpmn/forms/*.form");
      // In the order of their names, so that a field named differently by two forms always reads the same.
      java.util.Arrays.sort(forms, java.util.Comparator.comparing(r -> String.valueOf(r.getFilename())));
      for (Resource form : forms) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in).path("components"), found);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the forms' labels", e);
    }
    return Map.copyOf(found);
  }

  private static void collect(JsonNode components, Map<String, String> found) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      String label = component.path("label").asText("");
      if (!key.isEmpty() && !label.isEmpty() && HAN.matcher(label).find()) {
        // The label without its hints in brackets: "处置情况（发现问题时必填）" names 处置情况.
        found.putIfAbsent(key, label.replaceAll("\\s*[（(].*$", "").replaceAll("[\\s？?：:]+$", ""));
      }
      collect(component.path("components"), found);
    }
  }

  /** For tests: the labels read from the forms. */
  static List<String> knownFields() {
    return List.copyOf(labels().keySet());
  }
}
