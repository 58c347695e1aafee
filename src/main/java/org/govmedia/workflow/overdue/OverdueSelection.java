package org.govmedia.workflow.overdue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.govmedia.workflow.account.AccountRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which items the overdue list shows, in which order, before any row is made: the running
 * instances their process marked {@code overdue = true} (and, with a rule set, whose {@code ruleSet}
 * is it: both variables of the instance itself, as the engine's instance query reads them), with
 * only the values that order and filter them (the deadline; for a unit the account's, the
 * department's or the instance's own unit), read in one statement. Most working days late is the
 * earliest deadline first: days late never grow with a later deadline. At a province's 5,000
 * overdue items of 50,000 open ones, reading them as the engine's objects took most of a second.
 */
@Component
class OverdueSelection {

  private static final List<String> DUE_VARIABLES = List.copyOf(new java.util.TreeSet<>(
      OverdueItems.DUE_VARIABLE.values()));

  /** What orders the list and filters it by unit. */
  private static final List<String> ORDER_AND_UNIT_VARIABLES = java.util.stream.Stream.concat(
      DUE_VARIABLES.stream(), java.util.stream.Stream.of("accountId", "department", "ownerUnit")).toList();

  private final JdbcClient jdbc;

  OverdueSelection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The ids of the matching instances, most days late first; each filter null for none. */
  List<String> ordered(List<String> processKeys, String ownerUnit, String ruleSet) {
    Map<String, String> keyOf = new HashMap<>();
    Map<String, Map<String, Object>> light = values(processKeys, ruleSet,
        ownerUnit == null ? DUE_VARIABLES : ORDER_AND_UNIT_VARIABLES, keyOf);
    Map<Long, String> units = ownerUnit == null ? Map.of() : accountUnits(light.values());
    List<Map.Entry<String, Instant>> ordered = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> instance : light.entrySet()) {
      String key = keyOf.get(instance.getKey());
      Map<String, Object> vars = instance.getValue();
      if (ownerUnit != null && !ownerUnit.equals(unitOf(key, vars, units))) {
        continue;
      }
      ordered.add(Map.entry(instance.getKey(), Optional.ofNullable(
          OverdueRowText.instant(vars.get(OverdueItems.DUE_VARIABLE.get(key)))).orElse(Instant.MAX)));
    }
    ordered.sort(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    return ordered.stream().map(Map.Entry::getKey).toList();
  }

  /** The overdue instances of the processes and the named values of each, instance scope first. */
  private Map<String, Map<String, Object>> values(List<String> keys, String ruleSet, List<String> names,
      Map<String, String> keyOf) {
    Map<String, Map<String, Object>> byInstance = new LinkedHashMap<>();
    Map<String, Set<String>> fromInstanceScope = new HashMap<>();
    jdbc.sql("""
            select v.PROC_INST_ID_, d.KEY_, x.NAME_, case when x.EXECUTION_ID_ = x.PROC_INST_ID_ then 1 else 0 end,
              x.TYPE_, x.LONG_, x.TEXT_
            """ + OverdueInstances.FROM + """
            left join ACT_RU_VARIABLE x on x.PROC_INST_ID_ = v.PROC_INST_ID_ and x.NAME_ in (:names)
            """ + "where " + OverdueInstances.WHERE + " and d.KEY_ in (:keys)" + (ruleSet == null ? "" : """

              and exists (select 1 from ACT_RU_VARIABLE r where r.EXECUTION_ID_ = v.PROC_INST_ID_
                and r.NAME_ = 'ruleSet' and r.TYPE_ = 'string' and r.TEXT_ = :ruleSet)"""))
        .param("names", names).param("keys", keys).params(ruleSet == null ? Map.of() : Map.of("ruleSet", ruleSet))
        .query(row -> {
          String id = row.getString(1);
          keyOf.put(id, row.getString(2));
          Map<String, Object> vars = byInstance.computeIfAbsent(id, k -> new HashMap<>());
          String name = row.getString(3);
          if (name == null) {
            return;
          }
          String type = row.getString(5);
          Object value = "date".equals(type) && row.getObject(6) != null ? new Date(row.getLong(6))
              : "string".equals(type) ? row.getString(7) : null;
          Set<String> own = fromInstanceScope.computeIfAbsent(id, k -> new HashSet<>());
          if (row.getInt(4) == 1) {
            vars.put(name, value);
            own.add(name);
          } else if (!own.contains(name) && value != null) {
            vars.putIfAbsent(name, value);
          }
        });
    return byInstance;
  }

  /** The unit a row shows (as {@link OverdueRowText#ownerUnit}), from the account's unit alone. */
  private static String unitOf(String key, Map<String, Object> vars, Map<Long, String> accountUnits) {
    String unit = accountUnits.get(AccountRegister.parseId(vars.get("accountId")));
    return unit != null ? unit : OverdueRowText.ownerUnit(key, vars, null);
  }

  /** The owner units of the accounts the variables name, in one query per chunk. */
  private Map<Long, String> accountUnits(Collection<Map<String, Object>> variables) {
    List<Long> ids = variables.stream().map(v -> AccountRegister.parseId(v.get("accountId")))
        .filter(Objects::nonNull).distinct().toList();
    Map<Long, String> units = new HashMap<>();
    OverdueItems.chunks(ids, chunk -> jdbc.sql("select id, owner_unit from gm_account where id in (:ids)")
        .param("ids", chunk).query((row, n) -> Map.entry(row.getLong(1), row.getString(2))).list()
        .forEach(e -> units.put(e.getKey(), e.getValue())));
    return units;
  }

}
