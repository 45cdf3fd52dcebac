package org.nianbao.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.Section;

class CanonicalJsonTest {

    @Test
    void writesSpecOrderTwoSpaceIndentChineseAsChineseAndAFinalNewline() {
        AnnualReport report = new AnnualReport(FormatVersion.V2021, "某市某局", 2022, null,
                Map.of(Section.OTHER, "无。"), fee(new Cell.Amount(new BigDecimal("6133.0438"), null)), null, null);

        assertThat(CanonicalJson.write(report)).isEqualTo("""
                {
                  "schema": "nianbao.report/1",
                  "format_version": "2021",
                  "agency": "某市某局",
                  "year": 2022,
                  "sections": {
                    "other": "无。"
                  },
                  "proactive": {
                    "admin_fee": {
                      "amount_wan": "6133.0438"
                    }
                  }
                }
                """);
    }

    @Test
    void writesUnknownAgencyAndYearAsNull() {
        AnnualReport report = new AnnualReport(FormatVersion.V2019, null, null, null, Map.of(), null, null, null);

        String written = CanonicalJson.write(report);

        assertThat(written).contains("\"agency\": null", "\"year\": null").doesNotContain("title", "sections");
        assertThat(CanonicalJson.read(written)).isEqualTo(report);
    }

    @Test
    void unreadableCellIsWrittenAsNullAndReadBackBlank() {
        AnnualReport report = applications(Cell.of(3), new Cell.Unreadable("l0"));

        AnnualReport read = CanonicalJson.read(CanonicalJson.write(report));

        assertThat(read.applications().cell(ApplicationRow.GRANTED, ApplicantColumn.TOTAL)).isEqualTo(Cell.BLANK);
        assertThat(read.applications().cell(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON))
                .isEqualTo(Cell.of(3));
    }

    @Test
    void amountKeepsItsScaleAndItsUnit() {
        AnnualReport report = new AnnualReport(FormatVersion.V2019, null, 2020, null, Map.of(),
                CellTable.<ProactiveItem, ProactiveColumn>builder()
                        .put(ProactiveItem.CENTRAL_PROCUREMENT, ProactiveColumn.PROC_AMOUNT,
                                new Cell.Amount(new BigDecimal("251000.50"), "元"))
                        .put(ProactiveItem.ADMIN_FEE, ProactiveColumn.DELTA_ITEMS, Cell.of(-3))
                        .build(),
                null, null);

        String written = CanonicalJson.write(report);

        assertThat(written).contains("\"proc_amount\": \"251000.50元\"", "\"delta_items\": -3");
        assertThat(CanonicalJson.read(written)).isEqualTo(report);
    }

    @Test
    void rejectsAnotherSchema() {
        assertThatThrownBy(() -> CanonicalJson.read("{\"schema\": \"nianbao.report/2\"}"))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("nianbao.report/1");
    }

    @Test
    void rejectsAnUnknownRowAndNamesItsPath() {
        assertThatThrownBy(() -> CanonicalJson.read("{\"applications\": {\"granted_all\": {\"total\": 1}}}"))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("applications")
                .hasMessageContaining("granted_all");
    }

    @Test
    void rejectsAFractionalCount() {
        assertThatThrownBy(() -> CanonicalJson.read("{\"applications\": {\"granted\": {\"total\": 1.5}}}"))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("applications.granted.total");
    }

    private static CellTable<ProactiveItem, ProactiveColumn> fee(Cell amount) {
        return CellTable.<ProactiveItem, ProactiveColumn>builder()
                .put(ProactiveItem.ADMIN_FEE, ProactiveColumn.AMOUNT_WAN, amount)
                .build();
    }

    private static AnnualReport applications(Cell naturalPerson, Cell total) {
        return new AnnualReport(FormatVersion.V2021, null, 2021, null, Map.of(), null,
                CellTable.<ApplicationRow, ApplicantColumn>builder()
                        .put(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON, naturalPerson)
                        .put(ApplicationRow.GRANTED, ApplicantColumn.TOTAL, total)
                        .build(),
                null);
    }
}
