package org.govmedia.workflow.training;

import static org.govmedia.workflow.process.ProcessVariables.RULE_SET;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.identity.AsApplication;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 业务培训 Trainings per unit (henan 7(2): at least once a year) and the yearly check: every owner unit
 * with an opened account of the rule set, its trainings in the year and whether it is below the
 * minimum of {@code dmn/training-minimum.dmn}.
 */
@Service
public class UnitTrainings {

  public record Training(long id, String ownerUnit, String trainedOn, String title, int participants,
      String organizer, String recordedBy) {}

  public record UnitLine(String ownerUnit, int trainings, boolean belowMinimum) {}

  public record Check(int year, String ruleSet, int minTrainingsPerYear, String clause,
      List<UnitLine> units, List<String> unitsBelowMinimum) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final ProcessEngine engine;

  public UnitTrainings(NamedParameterJdbcTemplate jdbc, ProcessEngine engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  public Training record(String ownerUnit, LocalDate trainedOn, String title, int participants,
      String organizer, String recordedBy) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.update("insert into gm_unit_training (owner_unit, trained_on, title, participants, organizer,"
        + " recorded_by, recorded_at) values (:unit, :day, :title, :participants, :organizer, :by, :at)",
        new MapSqlParameterSource().addValue("unit", ownerUnit).addValue("day", java.sql.Date.valueOf(trainedOn))
            .addValue("title", title).addValue("participants", participants).addValue("organizer", organizer)
            .addValue("by", recordedBy).addValue("at", new Timestamp(ClockUtil.getCurrentTime().getTime())),
        keys, new String[] {"id"});
    return new Training(keys.getKey().longValue(), ownerUnit, trainedOn.toString(), title, participants,
        organizer, recordedBy);
  }

  public List<Training> ofUnit(String ownerUnit, int year) {
    return jdbc.query("select id, owner_unit, trained_on, title, participants, organizer, recorded_by"
        + " from gm_unit_training where owner_unit = :unit and trained_on between :from and :to order by trained_on, id",
        new MapSqlParameterSource().addValue("unit", ownerUnit).addValue("from", java.sql.Date.valueOf(LocalDate.of(year, 1, 1)))
            .addValue("to", java.sql.Date.valueOf(LocalDate.of(year, 12, 31))),
        (rs, i) -> new Training(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate().toString(),
            rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7)));
  }

  /** The yearly check of the rule set's owner units (accounts not PLANNED), optionally one unit. */
  public Check check(int year, String ruleSet, String ownerUnit) {
    Map<String, Object> row = AsApplication.run(engine, () -> engine.getDecisionService()
        .evaluateDecisionTableByKey("training-minimum")
        .variables(Variables.createVariables().putValue(RULE_SET, ruleSet)).evaluate()
        .getSingleResult().getEntryMap());
    int minimum = ((Number) row.get("minTrainingsPerYear")).intValue();
    String clause = (String) row.get("clause");
    MapSqlParameterSource params = new MapSqlParameterSource().addValue("ruleSet", ruleSet)
        .addValue("unit", ownerUnit)
        .addValue("from", java.sql.Date.valueOf(LocalDate.of(year, 1, 1)))
        .addValue("to", java.sql.Date.valueOf(LocalDate.of(year, 12, 31)));
    TreeSet<String> units = new TreeSet<>(jdbc.queryForList("select distinct owner_unit from gm_account"
        + " where rule_set = :ruleSet and status <> 'PLANNED'"
        + (ownerUnit == null ? "" : " and owner_unit = :unit"), params, String.class));
    Map<String, Integer> counts = new HashMap<>();
    jdbc.query("select owner_unit, count(*) from gm_unit_training where trained_on between :from and :to"
        + (ownerUnit == null ? "" : " and owner_unit = :unit") + " group by owner_unit", params,
        rs -> {
          counts.put(rs.getString(1), rs.getInt(2));
        });
    List<UnitLine> lines = new ArrayList<>();
    List<String> below = new ArrayList<>();
    for (String unit : units) {
      int trainings = counts.getOrDefault(unit, 0);
      boolean short_ = trainings < minimum;
      lines.add(new UnitLine(unit, trainings, short_));
      if (short_) {
        below.add(unit);
      }
    }
    return new Check(year, ruleSet, minimum, clause, lines, below);
  }
}
