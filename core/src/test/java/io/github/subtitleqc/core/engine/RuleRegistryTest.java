package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.rule.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules are found with ServiceLoader, as a user's rule jar on the plugin's class path would be. */
class RuleRegistryTest {

    @TempDir
    Path jar;

    /** A class loader that sees the test classes and a services file listing {@code classes}. */
    private ClassLoader withServices(String... classes) throws IOException {
        Path services = jar.resolve("META-INF/services/" + Rule.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, String.join("\n", classes) + "\n");
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
    }

    private static String name(Class<?> c) {
        return c.getName();
    }

    @Test
    void findsTheListedRulesSortedById() throws IOException {
        ClassLoader loader = withServices(name(TestRules.EveryCue.class), name(TestRules.ReadingSpeed.class),
                name(TestRules.MinGap.class));
        assertThat(RuleRegistry.discover(loader)).extracting(r -> r.descriptor().id())
                .containsExactly("every-cue", "min-gap", "reading-speed");
    }

    @Test
    void theSameClassListedTwiceIsOneRule() throws IOException {
        ClassLoader loader = withServices(name(TestRules.MinGap.class), name(TestRules.MinGap.class));
        assertThat(RuleRegistry.discover(loader)).hasSize(1);
    }

    @Test
    void twoClassesWithOneIdAreAConfigurationError() throws IOException {
        ClassLoader loader = withServices(name(TestRules.MinGap.class), name(OtherMinGap.class));
        assertThatThrownBy(() -> RuleRegistry.discover(loader))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("two rules have the id 'min-gap': " + name(TestRules.MinGap.class) + " and "
                        + name(OtherMinGap.class) + "; remove one of the jars from the plugin's dependencies");
    }

    @Test
    void aRuleThatCannotBeLoadedIsAConfigurationError() throws IOException {
        ClassLoader loader = withServices("com.example.NoSuchRule");
        assertThatThrownBy(() -> RuleRegistry.discover(loader))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("a rule could not be loaded: ")
                .hasMessageContaining("com.example.NoSuchRule");
    }

    @Test
    void noRulesOnTheClassPath() {
        assertThat(RuleRegistry.discover(new URLClassLoader(new URL[0], null))).isEmpty();
    }

    /** Another rule that claims min-gap's id. */
    public static final class OtherMinGap implements Rule {
        private final TestRules.MinGap delegate = new TestRules.MinGap();

        @Override
        public io.github.subtitleqc.core.rule.RuleDescriptor descriptor() {
            return delegate.descriptor();
        }

        @Override
        public void check(io.github.subtitleqc.core.rule.CueView cue, io.github.subtitleqc.core.rule.RuleContext context) {
        }
    }
}
