package org.govmedia.workflow.web;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The printable pages, rendered from the Thymeleaf templates under {@code classpath:templates/}
 * (e.g. {@code reports/round.html}) into a string: a report controller answers JSON, HTML or CSV
 * from one method ({@link ReportFormat}), so the page is a body, not a view. Templates are parsed
 * once and cached. Expressions are Spring EL (the starter brings no OGNL); records are read with
 * their accessors, e.g. {@code ${r.period()}}.
 */
public final class Pages {

  private static final SpringTemplateEngine ENGINE = engine();

  private Pages() {}

  /** The page of the template (without {@code .html}) filled with the model's values. */
  public static String render(String template, Map<String, Object> model) {
    Context context = new Context(Locale.SIMPLIFIED_CHINESE);
    context.setVariables(model);
    context.setVariable("style", ReportFormat.STYLE);
    return ENGINE.process(template, context);
  }

  private static SpringTemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine(); // expressions in SpEL
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
