package org.nianbao.core.report.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Assertions;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.RuleId;

/** Breaks every architecture rule a class of the report model can break; ArchitectureRulesTest imports it. */
@SuppressWarnings("unused")
public final class MisplacedDependencies {
    private final RuleId rule = RuleId.T3_BALANCE;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Transliterator transliterator = Transliterator.getInstance("Any-Latin");
    private final ReportPipeline pipeline = null;

    void print() {
        System.out.println(rule);
        Assertions.fail();
    }
}
