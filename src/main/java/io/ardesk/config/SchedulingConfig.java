package io.ardesk.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work outside the engine: the letter outbox. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class SchedulingConfig {}
