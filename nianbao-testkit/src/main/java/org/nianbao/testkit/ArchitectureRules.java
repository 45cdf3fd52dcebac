package org.nianbao.testkit;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture rules of {@code docs/architecture.md} (§9.1 rules 1 and 4–6, §9.4) as ArchUnit rules, shared by
 * every module. A module checks them either by extending this class in an {@code @AnalyzeClasses} test (the
 * {@code @ArchTest} fields are inherited) or by calling {@link ArchRule#check} on classes it imported itself.
 *
 * <p>Every rule allows an empty selection, because each module imports only its own classes: the rules about
 * {@code org.nianbao.core} have nothing to check in {@code nianbao-cli}, and the delivery rule has nothing to check
 * in {@code nianbao-core}. A module's test should therefore assert that it imported the packages it means to check.
 */
public class ArchitectureRules {
    /** The root package of core: holds only {@code NianbaoException}, which every feature may use. */
    public static final String CORE = "org.nianbao.core";

    /** The feature packages of core (§9.3); those not written yet are listed so that their rules are ready. */
    public static final List<String> CORE_FEATURES = List.of(
            "report", "document", "json", "recognition", "validation", "rendering", "register", "dashboard", "account",
            "library", "usecase");

    @ArchTest
    public static final ArchRule CORE_HAS_ONLY_ITS_FEATURE_PACKAGES = classes()
            .that().resideInAPackage(CORE + "..")
            .should().resideInAnyPackage(coreFeaturesAndRoot())
            .because("core is cut into the feature packages of architecture §9.3; a new one is a design decision")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule REPORT_MODEL_DEPENDS_ON_NOTHING_ELSE_IN_CORE = featureMayOnlyUse("report")
            .because("the report model is the centre; logic depends on it, never the reverse");

    @ArchTest
    public static final ArchRule DOCUMENT_DEPENDS_ON_NOTHING_ELSE_IN_CORE = featureMayOnlyUse("document")
            .because("the extracted document is what readers produce; it knows nothing of reports or rules");

    @ArchTest
    public static final ArchRule VALIDATION_USES_ONLY_THE_REPORT_MODEL = featureMayOnlyUse("validation", "report")
            .because("rules check an AnnualReport; they never see documents, JSON or use cases");

    @ArchTest
    public static final ArchRule RECOGNITION_USES_ONLY_DOCUMENT_AND_REPORT =
            featureMayOnlyUse("recognition", "document", "report")
                    .because("recognition turns an ExtractedDocument into an AnnualReport and nothing more");

    @ArchTest
    public static final ArchRule JSON_USES_ONLY_REPORT_AND_VALIDATION = featureMayOnlyUse("json", "report", "validation")
            .because("CanonicalJson serializes reports and findings, nothing else");

    @ArchTest
    public static final ArchRule RENDERING_USES_ONLY_THE_REPORT_MODEL = featureMayOnlyUse("rendering", "report")
            .because("architecture §9.1 rule 5");

    @ArchTest
    public static final ArchRule REGISTER_USES_ONLY_THE_REPORT_MODEL = featureMayOnlyUse("register", "report")
            .because("the register shares the row keys of table 三 and nothing else (architecture §9.1 rule 5)");

    @ArchTest
    public static final ArchRule DASHBOARD_USES_ONLY_REPORT_AND_REGISTER =
            featureMayOnlyUse("dashboard", "report", "register").because("architecture §9.1 rule 5");

    @ArchTest
    public static final ArchRule ACCOUNT_DEPENDS_ON_NOTHING_ELSE_IN_CORE = featureMayOnlyUse("account")
            .because("users, sessions and the audit log know nothing of reports (decision 0008)");

    @ArchTest
    public static final ArchRule LIBRARY_USES_REPORT_VALIDATION_AND_ACCOUNT =
            featureMayOnlyUse("library", "report", "validation", "account")
                    .because("the library stores reports with their findings and audits each write (decision 0008)");

    @ArchTest
    public static final ArchRule NOTHING_IN_CORE_DEPENDS_ON_USE_CASES = noClasses()
            .that().resideInAPackage(CORE + "..")
            .and().resideOutsideOfPackage(CORE + ".usecase..")
            .should().dependOnClassesThat().resideInAPackage(CORE + ".usecase..")
            .because("use cases chain the stages; the stages must not call back into them")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule CORE_USES_NO_IO_OR_FRAMEWORK_LIBRARY = classes()
            .that().resideInAPackage(CORE + "..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.jspecify..", "org.slf4j..", "com.fasterxml.jackson..", "com.ibm.icu..", CORE + "..")
            .because("core depends on the JDK, slf4j-api, jspecify, Jackson (json) and ICU (recognition) only;"
                    + " formats, storage and frameworks live in their own modules (architecture §9.1 rule 1)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule JACKSON_ONLY_IN_THE_CODEC = noClasses()
            .that().resideOutsideOfPackage("..core.json..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
            .because("nianbao.report/1 has exactly one reader and writer: CanonicalJson (architecture §9.1 rule 6)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ICU_ONLY_IN_RECOGNITION = noClasses()
            .that().resideInAPackage(CORE + "..")
            .and().resideOutsideOfPackage(CORE + ".recognition..")
            .should().dependOnClassesThat().resideInAPackage("com.ibm.icu..")
            .because("ICU serves the recognizer's text normalisation only")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ONLY_THE_CLI_PRINTS = noClasses()
            .that().resideOutsideOfPackage("..cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("use the logger; stdout belongs to the CLI's output contract")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ONLY_COMPOSITION_ROOTS_NAME_ADAPTERS = noClasses()
            .that().resideInAnyPackage("..web..", "..cli..", "..spark..")
            .and().haveSimpleNameNotEndingWith("Main")
            .and().haveSimpleNameNotEndingWith("Job")
            .should().dependOnClassesThat(concreteAdapters())
            .because("delivery code talks to core interfaces; wiring happens in one class (architecture §9.1 rule 4)")
            .allowEmptyShould(true);

    protected ArchitectureRules() {}

    /** Classes of {@code feature} may use, inside core, only the root package, themselves and {@code allowed}. */
    private static ArchRule featureMayOnlyUse(String feature, String... allowed) {
        List<String> permitted = new ArrayList<>();
        permitted.add(CORE);
        permitted.add(CORE + "." + feature + "..");
        for (String other : allowed) {
            permitted.add(CORE + "." + other + "..");
        }
        DescribedPredicate<JavaClass> elsewhereInCore = resideInAPackage(CORE + "..")
                .and(DescribedPredicate.not(resideInAnyPackage(permitted.toArray(String[]::new))))
                .as("reside in core outside of %s", permitted);
        return noClasses()
                .that().resideInAPackage(CORE + "." + feature + "..")
                .should().dependOnClassesThat(elsewhereInCore)
                .allowEmptyShould(true);
    }

    private static String[] coreFeaturesAndRoot() {
        List<String> packages = new ArrayList<>();
        packages.add(CORE);
        CORE_FEATURES.forEach(feature -> packages.add(CORE + "." + feature + ".."));
        return packages.toArray(String[]::new);
    }

    /** The readers, renderers and repositories of the adapter modules: anything but their registries. */
    private static DescribedPredicate<JavaClass> concreteAdapters() {
        return resideInAnyPackage("org.nianbao.formats.*..", "org.nianbao.storage..")
                .or(JavaClass.Predicates.simpleNameStartingWith("Jdbi"))
                .as("are concrete adapters (org.nianbao.formats.<format>.*, org.nianbao.storage.*, Jdbi*)");
    }
}
