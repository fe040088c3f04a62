package io.ardesk.credit;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The {@code ardesk.credit} settings as shipped in {@code application.yaml}, for plain unit tests. */
public final class ShippedCreditProperties {

  private ShippedCreditProperties() {}

  public static CreditProperties load() {
    try {
      var environment = new StandardEnvironment();
      new YamlPropertySourceLoader()
          .load("application.yaml", new ClassPathResource("application.yaml"))
          .forEach(environment.getPropertySources()::addLast);
      return new Binder(ConfigurationPropertySources.get(environment))
          .bind("ardesk.credit", CreditProperties.class)
          .get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
