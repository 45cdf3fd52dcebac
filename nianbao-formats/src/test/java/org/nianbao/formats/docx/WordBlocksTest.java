package org.nianbao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.UnreadableDocumentException;

/** The rules both Word readers share: cell text, paragraph text, the per-document budget. */
class WordBlocksTest {

    @Test
    void cellTextJoinsParagraphsAndDropsWhitespace() {
        assertThat(WordBlocks.cellText(List.of("三、本年度", "办理结果"))).isEqualTo("三、本年度办理结果");
        assertThat(WordBlocks.cellText(List.of(" （二）部分公开\u3000（区分处理的，", "只计这一情形）\u00A0"))).isEqualTo(
                "（二）部分公开（区分处理的，只计这一情形）");
        assertThat(WordBlocks.cellText(List.of("\t 1 \t"))).isEqualTo("1");
    }

    @Test
    void cellTextKeepsOneSpaceBetweenAsciiLettersAndDigits() {
        assertThat(WordBlocks.cellText(List.of("1   2"))).isEqualTo("1 2");
        assertThat(WordBlocks.cellText(List.of("12", "34"))).isEqualTo("12 34");
        assertThat(WordBlocks.cellText(List.of("6133.0438 万元"))).isEqualTo("6133.0438万元");
        assertThat(WordBlocks.cellText(List.of("第 20 条"))).isEqualTo("第20条");
    }

    @Test
    void whitespaceOnlyCellIsEmpty() {
        assertThat(WordBlocks.cellText(List.of())).isEmpty();
        assertThat(WordBlocks.cellText(List.of("", " ", "\u3000\u00A0\u200B\t"))).isEmpty();
    }

    @Test
    void paragraphTextTrimsWhitespaceButNotTabs() {
        assertThat(WordBlocks.paragraphText("\u3000 一、总体情况\u00A0")).isEqualTo("一、总体情况");
        assertThat(WordBlocks.paragraphText(" \t自然人\t商业企业\t ")).isEqualTo("\t自然人\t商业企业\t");
        assertThat(WordBlocks.isBlank("\t \u3000\t")).isTrue();
    }

    @Test
    void budgetRefusesMoreLinesThanTheLimit() {
        WordBlocks budget = new WordBlocks("长.docx");
        for (int i = 0; i < WordBlocks.MAX_LINES; i++) {
            budget.countLine();
        }

        assertThatThrownBy(budget::countLine).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("长.docx：").hasMessageContaining("超过 " + WordBlocks.MAX_LINES);
    }

    @Test
    void budgetRefusesTooManyCellsAndTooWideRows() {
        WordContent.Row wide = new WordContent.Row(List.of(WordContent.Cell.empty(WordBlocks.MAX_GRID_COLUMNS + 1)));
        assertThatThrownBy(() -> new WordBlocks("宽.docx").countRow(wide))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("宽.docx：").hasMessageContaining("超过 " + WordBlocks.MAX_GRID_COLUMNS + " 列");

        WordBlocks budget = new WordBlocks("多.docx");
        WordContent.Row full = new WordContent.Row(List.of(WordContent.Cell.empty(WordBlocks.MAX_GRID_COLUMNS)));
        assertThatThrownBy(() -> {
            for (int i = 0; i <= WordBlocks.MAX_CELLS / WordBlocks.MAX_GRID_COLUMNS; i++) {
                budget.countRow(full);
            }
        }).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("多.docx：").hasMessageContaining("单元格超过 " + WordBlocks.MAX_CELLS);
    }

    @Test
    void budgetRefusesTablesNestedTooDeep() {
        WordBlocks budget = new WordBlocks("套.doc");
        budget.checkNesting(WordBlocks.MAX_NESTING);

        assertThatThrownBy(() -> budget.checkNesting(WordBlocks.MAX_NESTING + 1))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("套.doc：");
    }
}
