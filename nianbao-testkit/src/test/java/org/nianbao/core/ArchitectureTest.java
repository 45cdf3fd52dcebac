package org.nianbao.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.testkit.ArchitectureRules;

/**
 * The architecture rules checked against nianbao-core. It lives in nianbao-testkit because core cannot depend on
 * the testkit that holds the rules.
 */
class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(ArchitectureRules.CORE);
    }

    @Test
    void importsEveryFeaturePackageCoreHasToday() {
        assertThat(core.stream().map(JavaClass::getPackageName).distinct())
                .contains(
                        "org.nianbao.core",
                        "org.nianbao.core.report",
                        "org.nianbao.core.document",
                        "org.nianbao.core.json",
                        "org.nianbao.core.recognition",
                        "org.nianbao.core.validation",
                        "org.nianbao.core.validation.rules",
                        "org.nianbao.core.account",
                        "org.nianbao.core.library",
                        "org.nianbao.core.usecase");
    }

    @Test
    void coreHasOnlyItsFeaturePackages() {
        ArchitectureRules.CORE_HAS_ONLY_ITS_FEATURE_PACKAGES.check(core);
    }

    @Test
    void reportModelDependsOnNothingElseInCore() {
        ArchitectureRules.REPORT_MODEL_DEPENDS_ON_NOTHING_ELSE_IN_CORE.check(core);
    }

    @Test
    void documentDependsOnNothingElseInCore() {
        ArchitectureRules.DOCUMENT_DEPENDS_ON_NOTHING_ELSE_IN_CORE.check(core);
    }

    @Test
    void validationUsesOnlyTheReportModel() {
        ArchitectureRules.VALIDATION_USES_ONLY_THE_REPORT_MODEL.check(core);
    }

    @Test
    void recognitionUsesOnlyDocumentAndReport() {
        ArchitectureRules.RECOGNITION_USES_ONLY_DOCUMENT_AND_REPORT.check(core);
    }

    @Test
    void jsonUsesOnlyReportAndValidation() {
        ArchitectureRules.JSON_USES_ONLY_REPORT_AND_VALIDATION.check(core);
    }

    @Test
    void plannedPackagesDependOneWay() {
        ArchitectureRules.RENDERING_USES_ONLY_THE_REPORT_MODEL.check(core);
        ArchitectureRules.REGISTER_USES_ONLY_THE_REPORT_MODEL.check(core);
        ArchitectureRules.DASHBOARD_USES_ONLY_REPORT_AND_REGISTER.check(core);
    }

    @Test
    void storedThingsDependOneWay() {
        ArchitectureRules.ACCOUNT_DEPENDS_ON_NOTHING_ELSE_IN_CORE.check(core);
        ArchitectureRules.LIBRARY_USES_REPORT_VALIDATION_AND_ACCOUNT.check(core);
    }

    @Test
    void nothingInCoreDependsOnUseCases() {
        ArchitectureRules.NOTHING_IN_CORE_DEPENDS_ON_USE_CASES.check(core);
    }

    @Test
    void coreUsesNoIoOrFrameworkLibrary() {
        ArchitectureRules.CORE_USES_NO_IO_OR_FRAMEWORK_LIBRARY.check(core);
    }

    @Test
    void jacksonIsUsedOnlyInTheCodec() {
        ArchitectureRules.JACKSON_ONLY_IN_THE_CODEC.check(core);
    }

    @Test
    void icuIsUsedOnlyInRecognition() {
        ArchitectureRules.ICU_ONLY_IN_RECOGNITION.check(core);
    }

    @Test
    void coreNeverPrintsToStandardStreams() {
        ArchitectureRules.ONLY_THE_CLI_PRINTS.check(core);
    }
}
