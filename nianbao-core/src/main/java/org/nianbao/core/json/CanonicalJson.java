package org.nianbao.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.Keyed;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.core.report.Section;
import org.nianbao.core.validation.Finding;

/**
 * Reads and writes the canonical JSON of {@code docs/spec/report-json.md}. The canonical form lists keys in the
 * spec's order (the printed order of rows and columns), indents by two spaces, keeps Chinese as Chinese and ends
 * with a newline, so that reading and writing a canonical file gives the same bytes. Thread-safe.
 */
public final class CanonicalJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private static final DefaultPrettyPrinter PRETTY = prettyPrinter();
    private static final Pattern AMOUNT_WITH_UNIT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(.*)");

    private CanonicalJson() {}

    /** The report in canonical form, ending with a newline. */
    public static String write(AnnualReport report) {
        return generate(true, g -> writeReport(g, report)) + "\n";
    }

    /** One JSON Lines record {@code {"source", "report", "findings"}} without a line break. */
    public static String writeCheckResult(String source, AnnualReport report, List<Finding> findings) {
        return generate(false, g -> {
            g.writeStartObject();
            g.writeStringField("source", source);
            g.writeFieldName("report");
            writeReport(g, report);
            g.writeFieldName("findings");
            writeFindings(g, findings);
            g.writeEndObject();
        });
    }

    /** One JSON Lines record {@code {"source", "error"}} for an input that could not be read. */
    public static String writeCheckError(String source, String error) {
        return generate(false, g -> {
            g.writeStartObject();
            g.writeStringField("source", source);
            g.writeStringField("error", error);
            g.writeEndObject();
        });
    }

    /** The findings as a canonical JSON array. */
    public static String write(List<Finding> findings) {
        return generate(true, g -> writeFindings(g, findings)) + "\n";
    }

    /**
     * Writes plain Java values as compact JSON: maps (in iteration order), lists, strings, numbers, booleans,
     * null, and {@link AnnualReport}s and {@link Finding}s in their canonical shape wherever they occur, so the
     * API answers {@code {"id", "report", "findings"}} without a second mapper.
     */
    public static String writeTree(@Nullable Object value) {
        return generate(false, g -> writeValue(g, value));
    }

    /** {@link #writeTree} as UTF-8 bytes, written directly (no intermediate string): for HTTP answers. */
    public static byte[] writeTreeUtf8(@Nullable Object value) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16_384);
        try (JsonGenerator generator = FACTORY.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            writeValue(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeValue(JsonGenerator g, @Nullable Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof AnnualReport report) {
            writeReport(g, report);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                g.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(g, entry.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Finding) {
            @SuppressWarnings("unchecked")
            List<Finding> findings = (List<Finding>) list;
            writeFindings(g, findings);
        } else if (value instanceof Iterable<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof BigDecimal decimal) {
            g.writeNumber(decimal);
        } else if (value instanceof Double || value instanceof Float) {
            g.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Number number) {
            g.writeNumber(number.longValue());
        } else if (value instanceof Boolean bool) {
            g.writeBoolean(bool);
        } else {
            g.writeString(value.toString());
        }
    }

    /**
     * Reads any JSON document into plain Java values: maps (in document order), lists, strings, {@code Long},
     * {@code BigDecimal}, {@code Boolean} and null.
     */
    public static @Nullable Object readTree(String json) {
        try {
            return plain(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InvalidJsonException("不是有效的 JSON：" + e.getOriginalMessage(), e);
        }
    }

    /** Reads a canonical report. */
    public static AnnualReport read(String json) {
        Object tree = readTree(json);
        if (!(tree instanceof Map)) {
            throw new InvalidJsonException("报告 JSON 的顶层应为对象");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) tree;
        return readReport(map);
    }

    /** Reads a canonical report from plain values as {@link #readTree} returns them. */
    public static AnnualReport readReport(Map<String, Object> json) {
        Object schema = json.get("schema");
        if (schema != null && !AnnualReport.SCHEMA.equals(schema)) {
            throw new InvalidJsonException("schema 应为 " + AnnualReport.SCHEMA + "，实为 " + schema);
        }
        FormatVersion version;
        try {
            version = FormatVersion.fromKey(String.valueOf(json.getOrDefault("format_version", "2021")));
        } catch (IllegalArgumentException e) {
            throw new InvalidJsonException("format_version 应为 2019 或 2021，实为 " + json.get("format_version"), e);
        }
        Map<Section, String> sections = new EnumMap<>(Section.class);
        Map<String, Object> sectionJson = object(json, "sections", "sections");
        if (sectionJson != null) {
            sectionJson.forEach((key, text) -> sections.put(keyed(Section::fromKey, key, "sections"), (String) text));
        }
        Object year = json.get("year");
        if (year != null && !(year instanceof Long)) {
            throw new InvalidJsonException("year 应为整数，实为 " + year);
        }
        Map<String, Object> proactive = object(json, "proactive", "proactive");
        Map<String, Object> applications = object(json, "applications", "applications");
        Map<String, Object> review = object(json, "review_litigation", "review_litigation");
        return new AnnualReport(
                version,
                (String) json.get("agency"),
                year == null ? null : ((Long) year).intValue(),
                (String) json.get("title"),
                sections,
                proactive == null ? null : table(proactive, CellPath.PROACTIVE, ProactiveItem::fromKey,
                        ProactiveColumn::fromKey, (item, column) -> column.type()),
                applications == null ? null : table(applications, CellPath.APPLICATIONS, ApplicationRow::fromKey,
                        ApplicantColumn::fromKey, (row, column) -> ProactiveColumn.Type.COUNT),
                review == null ? null : table(review, CellPath.REVIEW_LITIGATION, ReviewGroup::fromKey,
                        ReviewOutcome::fromKey, (group, outcome) -> ProactiveColumn.Type.COUNT));
    }

    // --- writing

    private interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    private static String generate(boolean pretty, Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (pretty) {
                generator.setPrettyPrinter(new DefaultPrettyPrinter(PRETTY));
            }
            body.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static void writeReport(JsonGenerator g, AnnualReport report) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", AnnualReport.SCHEMA);
        g.writeStringField("format_version", report.formatVersion().key());
        g.writeStringField("agency", report.agency());
        if (report.year() == null) {
            g.writeNullField("year");
        } else {
            g.writeNumberField("year", report.year());
        }
        if (report.title() != null) {
            g.writeStringField("title", report.title());
        }
        if (!report.sections().isEmpty()) {
            g.writeObjectFieldStart("sections");
            for (Map.Entry<Section, String> section : report.sections().entrySet()) {
                g.writeStringField(section.getKey().key(), section.getValue());
            }
            g.writeEndObject();
        }
        writeTable(g, CellPath.PROACTIVE, report.proactive());
        writeTable(g, CellPath.APPLICATIONS, report.applications());
        writeTable(g, CellPath.REVIEW_LITIGATION, report.reviewLitigation());
        g.writeEndObject();
    }

    private static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> void writeTable(
            JsonGenerator g, String name, @Nullable CellTable<R, C> table) throws IOException {
        if (table == null) {
            return;
        }
        g.writeObjectFieldStart(name);
        for (Map.Entry<R, Map<C, Cell>> row : table.rows().entrySet()) {
            g.writeObjectFieldStart(row.getKey().key());
            for (Map.Entry<C, Cell> cell : row.getValue().entrySet()) {
                g.writeFieldName(cell.getKey().key());
                writeCell(g, cell.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeCell(JsonGenerator g, Cell cell) throws IOException {
        if (cell instanceof Cell.Count count) {
            g.writeNumber(count.value());
        } else if (cell instanceof Cell.Amount amount) {
            g.writeString(amount.text());
        } else {
            g.writeNull();
        }
    }

    private static void writeFindings(JsonGenerator g, List<Finding> findings) throws IOException {
        g.writeStartArray();
        for (Finding finding : findings) {
            g.writeStartObject();
            g.writeStringField("rule", finding.rule().id());
            g.writeStringField("severity", finding.severity().key());
            if (finding.cell() != null) {
                g.writeStringField("cell", finding.cell().value());
            }
            writeNumber(g, "expected", finding.expected());
            writeNumber(g, "actual", finding.actual());
            g.writeStringField("message", finding.message());
            if (finding.line() != null) {
                g.writeObjectFieldStart("source");
                g.writeNumberField("line", finding.line());
                if (finding.page() != null) {
                    g.writeNumberField("page", finding.page());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeNumber(JsonGenerator g, String name, @Nullable Number value) throws IOException {
        if (value == null) {
            return;
        }
        g.writeFieldName(name);
        if (value instanceof BigDecimal decimal) {
            g.writeNumber(decimal);
        } else {
            g.writeNumber(value.longValue());
        }
    }

    // --- reading

    private static @Nullable Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                map.put(field.getKey(), plain(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(plain(element)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.decimalValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Map<String, Object> object(Map<String, Object> json, String key, String path) {
        Object value = json.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map)) {
            throw new InvalidJsonException(path + " 应为对象");
        }
        return (Map<String, Object>) value;
    }

    private interface ColumnType<R, C> {
        ProactiveColumn.Type of(R row, C column);
    }

    private static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> CellTable<R, C> table(
            Map<String, Object> json, String name, Function<String, R> rowOf, Function<String, C> columnOf,
            ColumnType<R, C> types) {
        CellTable.Builder<R, C> table = CellTable.builder();
        for (Map.Entry<String, Object> rowEntry : json.entrySet()) {
            R row = keyed(rowOf, rowEntry.getKey(), name);
            Map<String, Object> cells = object(json, rowEntry.getKey(), name + "." + rowEntry.getKey());
            if (cells == null) {
                throw new InvalidJsonException(name + "." + rowEntry.getKey() + " 应为对象");
            }
            for (Map.Entry<String, Object> cellEntry : cells.entrySet()) {
                String path = name + "." + rowEntry.getKey() + "." + cellEntry.getKey();
                C column = keyed(columnOf, cellEntry.getKey(), path);
                table.put(row, column, cell(cellEntry.getValue(), types.of(row, column), path));
            }
        }
        return table.build();
    }

    private static Cell cell(@Nullable Object value, ProactiveColumn.Type type, String path) {
        if (value == null) {
            return Cell.BLANK;
        }
        if (value instanceof Long count) {
            return Cell.of(count);
        }
        if (value instanceof String text && type != ProactiveColumn.Type.COUNT
                && type != ProactiveColumn.Type.SIGNED_COUNT) {
            Matcher m = AMOUNT_WITH_UNIT.matcher(text);
            if (m.matches()) {
                String unit = m.group(2).isEmpty() ? null : m.group(2);
                return new Cell.Amount(new BigDecimal(m.group(1)), unit);
            }
            throw new InvalidJsonException(path + " 应为金额字符串（如 \"6133.0438\"），实为 \"" + text + "\"");
        }
        throw new InvalidJsonException(path + " 应为整数或 null，实为 " + value);
    }

    private static <K> K keyed(Function<String, K> of, String key, String path) {
        try {
            return of.apply(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidJsonException(path + " 中有未知的键 \"" + key + "\"", e);
        }
    }
}
