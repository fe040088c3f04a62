package io.ardesk.web.input;

import io.ardesk.config.ArDeskProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The request size limit before any other filter (security, Camunda webapps, engine REST). */
@Configuration(proxyBeanMethods = false)
public class RequestLimitsConfig {

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(ArDeskProperties properties) {
    var registration = new FilterRegistrationBean<>(
        new RequestSizeLimitFilter(properties.maxRequestSize().toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    registration.setName("requestSizeLimitFilter");
    return registration;
  }
}
