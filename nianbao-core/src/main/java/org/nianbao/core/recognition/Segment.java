package org.nianbao.core.recognition;

import java.util.List;

/**
 * A label followed by the values printed after it on one source line. A line usually holds one segment; a line
 * holding only text is one segment without values.
 *
 * @param line the 1-based source line
 * @param label the label's match key ({@link Text#key})
 * @param leadingEmpties empty cells between the label and the first value (blank values, or just unused label
 *     columns: only the count of values decides)
 * @param slots the values in order, interior empty cells included, trailing empty cells dropped
 */
record Segment(int line, String label, int leadingEmpties, List<Slot> slots) {
    Segment {
        slots = List.copyOf(slots);
    }

    boolean hasValues() {
        return !slots.isEmpty();
    }

    /** The values without any blank. */
    List<Slot> numbers() {
        return slots.stream().filter(slot -> !slot.isBlank()).toList();
    }

    /** The values as printed, separated by spaces, for notes. */
    String printed() {
        StringBuilder b = new StringBuilder();
        for (Slot slot : slots) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(slot.isBlank() && slot.printed().isEmpty() ? "（空）" : slot.printed());
        }
        return b.toString();
    }

    /**
     * The values laid out on {@code count} positions, if the printed cells prove the layout: exactly
     * {@code count} cells with or without the empty cells before them, or exactly {@code count} numbers.
     */
    List<Slot> positioned(int count) {
        if (leadingEmpties > 0 && leadingEmpties + slots.size() == count) {
            List<Slot> all = new java.util.ArrayList<>(count);
            for (int i = 0; i < leadingEmpties; i++) {
                all.add(Slot.EMPTY);
            }
            all.addAll(slots);
            return all;
        }
        if (slots.size() == count) {
            return slots;
        }
        List<Slot> numbers = numbers();
        if (numbers.size() == count) {
            return numbers;
        }
        return List.of();
    }
}
