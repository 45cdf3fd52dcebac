package org.nianbao.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.report.Section;

/**
 * A Markdown row of empty cells (「| |」, copied from a web page) is a blank line wherever it stands: it is not
 * part of a section's text. Whether a line is blank once depended on whether its key had been made before, which
 * a faster recognizer no longer does for every line (found in review).
 */
class BlankLinesTest {

    @Test
    void anEmptyMarkdownRowIsNotPartOfTheSectionText() {
        for (String blank : List.of("| |", "||", "| ** |", "|　|")) {
            List<String> lines = new ArrayList<>(List.of("某某县人民政府2021年政府信息公开工作年度报告", "一、总体情况", blank,
                    "本年度工作稳步推进。", blank));
            lines.addAll(List.of("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"));

            var recognition = new ReportRecognizer().recognize(ExtractedDocument.ofLines("blank.txt", lines));

            assertThat(recognition.report().sections().get(Section.OVERVIEW)).as(blank).isEqualTo("本年度工作稳步推进。");
            assertThat(recognition.provenance().sectionLines().get(Section.OVERVIEW)).as(blank).containsExactly(4);
        }
    }
}
