package org.nianbao.storage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.testkit.ArchitectureRules;

/** The architecture rules that apply to this adapter, checked against its main classes. */
class StorageArchitectureTest {
    private static JavaClasses storage;

    @BeforeAll
    static void importStorage() {
        storage = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.nianbao.storage");
    }

    @Test
    void importsTheModule() {
        assertThat(storage.stream().map(JavaClass::getPackageName).distinct())
                .containsExactlyInAnyOrder("org.nianbao.storage", "org.nianbao.storage.internal");
    }

    @Test
    void printsNothing() {
        ArchitectureRules.ONLY_THE_CLI_PRINTS.check(storage);
    }

    @Test
    void usesTheOneJsonCodec() {
        ArchitectureRules.JACKSON_ONLY_IN_THE_CODEC.check(storage);
    }

    @Test
    void knowsNoOtherAdapterOrDelivery() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.nianbao.formats..", "org.nianbao.web..", "org.nianbao.cli..")
                .check(storage);
    }

    @Test
    void theSqlStaysInside() {
        classes().that().resideInAPackage("org.nianbao.storage.internal..")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("org.nianbao.storage..")
                .check(storage);
    }
}
