package org.govmedia.workflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The government new-media process application. Its models are deployed from the classpath
 * copies of the top-level {@code bpmn/} and {@code dmn/} folders (see {@code META-INF/processes.xml}).
 */
@SpringBootApplication
@EnableProcessApplication("govmedia-workflow")
@ConfigurationPropertiesScan
@EnableScheduling
public class GovmediaApplication {

  public static void main(String[] args) {
    SpringApplication.run(GovmediaApplication.class, args);
  }
}
