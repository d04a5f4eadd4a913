package nnlab.grader.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Feeds a {@code @ParameterizedTest} one {@link FixtureCase} per case of a step's golden fixture, named after
 * the case. Use with {@code @ParameterizedTest(name = "{0}")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ArgumentsSource(FixtureCases.Provider.class)
public @interface FixtureCases {

    /** The step whose fixture to read, such as {@code "L3.2"}. */
    String value();

    /** Reads the fixture named by the annotation. */
    final class Provider implements ArgumentsProvider {
        @Override
        public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
                ExtensionContext context) {
            String step = context.getRequiredTestMethod().getAnnotation(FixtureCases.class).value();
            return Fixtures.golden(step).cases().stream().map(c -> Arguments.of(Named.of(c.name(), c)));
        }
    }
}
