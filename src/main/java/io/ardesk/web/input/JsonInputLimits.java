package io.ardesk.web.input;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.math.BigDecimal;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits on the JSON the API reads (README "Input limits and safe defaults"): amounts are plain
 * decimals ({@link PlainDecimalDeserializer}), and the parser refuses numbers, strings and nesting
 * beyond what any AR Desk request needs, while it reads.
 */
@Configuration(proxyBeanMethods = false)
public class JsonInputLimits {
  /** Digits of any JSON number: far more than an amount needs, far less than a hostile one. */
  static final int MAX_NUMBER_LENGTH = 100;
  /** Characters of any JSON string: the longest column is 4,000 characters. */
  static final int MAX_STRING_LENGTH = 1_000_000;
  static final int MAX_NESTING_DEPTH = 64;

  @Bean
  Jackson2ObjectMapperBuilderCustomizer jsonInputLimitsCustomizer() {
    return builder -> builder
        .deserializerByType(BigDecimal.class, new PlainDecimalDeserializer())
        // what AR Desk writes it reads back (letters keep their content as JSON): amounts always plain
        .featuresToEnable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .build()));
  }
}
