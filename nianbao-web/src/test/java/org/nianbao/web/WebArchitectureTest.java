package org.nianbao.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.testkit.ArchitectureRules;

/** The architecture rules of a delivery module, checked against the web application's main classes. */
class WebArchitectureTest {
    private static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.nianbao.web");
    }

    @Test
    void importsTheModule() {
        assertThat(web.stream().map(JavaClass::getPackageName).distinct()).contains(
                "org.nianbao.web", "org.nianbao.web.auth", "org.nianbao.web.report", "org.nianbao.web.admin",
                "org.nianbao.web.error");
    }

    @Test
    void onlyWebMainNamesTheStorageAndFormatImplementations() {
        ArchitectureRules.ONLY_COMPOSITION_ROOTS_NAME_ADAPTERS.check(web);
    }

    @Test
    void printsNothing() {
        ArchitectureRules.ONLY_THE_CLI_PRINTS.check(web);
    }

    @Test
    void usesTheOneJsonCodec() {
        ArchitectureRules.JACKSON_ONLY_IN_THE_CODEC.check(web);
    }

    @Test
    void knowsNoOtherDelivery() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.nianbao.cli..", "org.nianbao.spark..")
                .check(web);
    }
}
