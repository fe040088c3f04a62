package io.ardesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** AR Desk: accounts-receivable collections and customer credit on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ArDeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(ArDeskApplication.class, args);
  }
}
