package org.nianbao.core.recognition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.report.Provenance.PrintedLabel;
import org.nianbao.core.report.Provenance.ReadingNote;
import org.nianbao.core.report.Section;

/** Collects the provenance of one recognition; not thread-safe, one per recognition. */
final class ProvenanceBuilder {
    private final Map<String, Integer> lines = new HashMap<>(128);
    private final Map<Section, List<Integer>> sectionLines = new EnumMap<>(Section.class);
    private final List<PrintedLabel> labels = new ArrayList<>();
    private final List<ReadingNote> notes = new ArrayList<>();

    void line(CellPath path, int line) {
        lines.putIfAbsent(path.value(), line);
    }

    void sectionLines(Section section, List<Integer> sourceLines) {
        sectionLines.put(section, sourceLines);
    }

    void label(CellPath path, String printed, String official, int line) {
        labels.add(new PrintedLabel(path, printed, official, line));
    }

    void note(ReadingNote.Kind kind, CellPath path, @Nullable Integer line, String printed) {
        notes.add(new ReadingNote(kind, path, line, printed));
    }

    Provenance build() {
        return new Provenance(lines, sectionLines, labels, notes);
    }
}
