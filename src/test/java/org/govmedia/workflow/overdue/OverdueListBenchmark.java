package org.govmedia.workflow.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Not a test: prints how long {@code GET /api/overdue} (JSON and xlsx) takes for one owner unit's
 * overdue messages at growing counts ({@code -Dbenchmark.overdue=250,500,1000}), each open with an
 * assigned task, so that its growth with the number of rows shows (the list asks a fixed number of
 * queries, none per row). {@code ./mvnw verify -Pbenchmark -Dtest=OverdueListBenchmark}.
 */
@Tag("benchmark")
class OverdueListBenchmark extends IntegrationTest {

  @Test
  void printsTheListsTimeAtGrowingCounts() {
    int[] counts = Arrays.stream(System.getProperty("benchmark.overdue", "250,500,1000").split(","))
        .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    String unit = "基准单位-" + UUID.randomUUID().toString().substring(0, 8);
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.parse("2025-11-10T10:00").atZone(shanghai).toInstant()));
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    int made = 0;
    for (int count : counts) {
      long startMaking = System.nanoTime();
      for (; made < count; made++) {
        String id = "bench-" + UUID.randomUUID();
        Map<String, Object> variables = new HashMap<>();
        variables.put("messageId", id);
        variables.put("platform", "WECHAT");
        variables.put("receivedAt", "2025-11-10T10:00:00+08:00");
        variables.put("content", "基准测试留言 " + made);
        var instance = runtime.createProcessInstanceByKey("message-reply").businessKey(id)
            .setVariables(variables).execute();
        String triage = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        tasks.complete(triage, Map.of("classification", "CONSULTATION", "department", unit, "majorOpinion", false));
        tasks.claim(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(), "dept1");
        // What the deadline timer's delegate sets (the timers themselves are not what is measured).
        runtime.setVariable(instance.getId(), "overdue", true);
      }
      double makingSeconds = (System.nanoTime() - startMaking) / 1e9;
      ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.parse("2025-12-01T10:00").atZone(shanghai).toInstant()));
      for (String format : List.of("", "&format=xlsx")) {
        long[] millis = new long[7];
        for (int i = 0; i < millis.length; i++) {
          long t = System.nanoTime();
          ResponseEntity<byte[]> response = as("supervisor1").getForEntity("/api/overdue?ownerUnit=" + unit + format,
              byte[].class);
          millis[i] = (System.nanoTime() - t) / 1_000_000;
          assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        Arrays.sort(millis);
        System.out.printf("OverdueListBenchmark: %,d overdue rows%s: median %d ms, max %d ms of %d calls "
            + "(made %d rows in %.1f s)%n", count, format.isEmpty() ? " JSON" : " xlsx", millis[millis.length / 2],
            millis[millis.length - 1], millis.length, count, makingSeconds);
      }
      ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.parse("2025-11-10T10:00").atZone(shanghai).toInstant()));
    }
  }
}
