package org.nianbao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.cli.archfixture.Delivery;
import org.nianbao.core.report.archfixture.MisplacedDependencies;
import org.nianbao.core.stray.StrayPackage;
import org.nianbao.formats.archfixture.ConcreteReader;

/**
 * The shared rules can fail: each is evaluated against fixture classes that break it. (The rules allow an empty
 * selection, so a rule with a wrong package pattern would otherwise pass silently everywhere.)
 */
class ArchitectureRulesTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(
            MisplacedDependencies.class,
            StrayPackage.class,
            ConcreteReader.class,
            Delivery.class,
            Delivery.FixtureMain.class,
            Delivery.FixtureCommand.class);

    static Stream<Named<ArchRule>> rulesTheFixturesBreak() {
        return Stream.of(
                Named.of("core has only its feature packages", ArchitectureRules.CORE_HAS_ONLY_ITS_FEATURE_PACKAGES),
                Named.of("report depends on nothing else", ArchitectureRules.REPORT_MODEL_DEPENDS_ON_NOTHING_ELSE_IN_CORE),
                Named.of("nothing depends on use cases", ArchitectureRules.NOTHING_IN_CORE_DEPENDS_ON_USE_CASES),
                Named.of("no I/O or framework library", ArchitectureRules.CORE_USES_NO_IO_OR_FRAMEWORK_LIBRARY),
                Named.of("Jackson only in the codec", ArchitectureRules.JACKSON_ONLY_IN_THE_CODEC),
                Named.of("ICU only in recognition", ArchitectureRules.ICU_ONLY_IN_RECOGNITION),
                Named.of("only the CLI prints", ArchitectureRules.ONLY_THE_CLI_PRINTS),
                Named.of("only composition roots name adapters", ArchitectureRules.ONLY_COMPOSITION_ROOTS_NAME_ADAPTERS));
    }

    @ParameterizedTest
    @MethodSource("rulesTheFixturesBreak")
    void ruleReportsTheFixtureThatBreaksIt(ArchRule rule) {
        assertThat(rule.evaluate(FIXTURES).hasViolation()).isTrue();
    }

    @Test
    void reportModelRuleNamesEachForbiddenDependency() {
        EvaluationResult result = ArchitectureRules.REPORT_MODEL_DEPENDS_ON_NOTHING_ELSE_IN_CORE.evaluate(FIXTURES);

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(MisplacedDependencies.class.getName(), "RuleId"))
                .anySatisfy(line -> assertThat(line).contains(MisplacedDependencies.class.getName(), "ReportPipeline"));
    }

    @Test
    void compositionRootMayNameAnAdapterButACommandMayNot() {
        EvaluationResult result = ArchitectureRules.ONLY_COMPOSITION_ROOTS_NAME_ADAPTERS.evaluate(FIXTURES);

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("FixtureCommand"))
                .noneSatisfy(line -> assertThat(line).contains("FixtureMain"));
    }

    @Test
    void ruleWithNothingToCheckPasses() {
        JavaClasses nothingInCore = new ClassFileImporter().importClasses(ConcreteReader.class);

        assertThat(ArchitectureRules.REPORT_MODEL_DEPENDS_ON_NOTHING_ELSE_IN_CORE.evaluate(nothingInCore)
                        .hasViolation())
                .isFalse();
    }
}
