package org.nianbao.core.document;

import java.util.List;

/** A paragraph or a table of an extracted document. */
public sealed interface Block permits Block.Paragraph, Block.Table {

    SourceRef source();

    /**
     * One line of text. A tab inside it separates table cells, as text extraction writes them.
     *
     * @param text the text, without its line break
     * @param source where it came from
     */
    record Paragraph(String text, SourceRef source) implements Block {}

    /**
     * A table whose cells the reader could delimit (merged cells already expanded).
     *
     * @param rows the rows in order
     * @param source where the table starts
     */
    record Table(List<Row> rows, SourceRef source) implements Block {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One table row; an empty string is an empty cell.
     *
     * @param cells the cell texts in order
     * @param source where the row came from
     */
    record Row(List<String> cells, SourceRef source) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
