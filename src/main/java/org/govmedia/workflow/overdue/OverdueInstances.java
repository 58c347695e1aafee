package org.govmedia.workflow.overdue;

/**
 * What makes a running instance overdue in SQL, for every reader of the engine's tables (the overdue
 * list, the dashboard's figures and lists): its own variable {@code overdue = true}, which the
 * process's deadline timer set (MarkOverdueDelegate), joined to its execution and definition as
 * {@code v}, {@code e} and {@code d}.
 */
public final class OverdueInstances {

  /** The instance's overdue flag {@code v}, its execution {@code e} and its definition {@code d}. */
  public static final String FROM = """
      from ACT_RU_VARIABLE v
      join ACT_RU_EXECUTION e on e.ID_ = v.PROC_INST_ID_
      join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
      """;

  /** The flag is the instance's own and true. */
  public static final String WHERE = "v.NAME_ = 'overdue' and v.EXECUTION_ID_ = v.PROC_INST_ID_ "
      + "and v.TYPE_ = 'boolean' and v.LONG_ = 1";

  private OverdueInstances() {}
}
