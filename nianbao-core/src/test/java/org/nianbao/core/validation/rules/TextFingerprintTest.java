package org.nianbao.core.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.Section;

class TextFingerprintTest {
    private static final String PARAGRAPH = "李楼镇严格按照《政府信息公开条例》规定和要求，围绕推进基层法治政府建设目标，坚持需求导向、问题导向、"
            + "效果导向，对涉及人民群众切身利益、群众密切关注的事项，加快推行决策、执行、管理、服务、结果“五公开”，"
            + "提高政府工作透明度，促进依法行政、依法办事，充分发挥政府信息对人民群众生产、生活和经济社会活动的服务作用。"
            + "2021年，我镇共主动公开政府信息128条，其中政策解读12条，收到政府信息公开申请3件，均按时答复。"
            + "下一步，我镇将本着内容实用、形式便民、积极主动的原则，强化政府信息公开力度，积极做好政策解读，"
            + "及时回应社会关切，不断提高政府信息公开工作的质量和实效，切实保障人民群众的知情权、参与权和监督权。";

    @Test
    void normalisedTextKeepsOnlyLettersWithoutTheAgencyNameOrSelfReferences() {
        String text = "2021年，洛阳市洛龙区李楼镇人民政府（李楼镇）共公开信息 128 条；我镇未收取费用。Web网站";

        assertThat(TextFingerprint.normalise(text, "洛阳市洛龙区李楼镇人民政府")).isEqualTo("年共公开信息条未收取费用web网站");
    }

    @Test
    void namePartsAreTheWholeNameItsPlacesAndThePlacesWithoutTheirUnit() {
        assertThat(TextFingerprint.nameParts("洛阳市洛龙区李楼镇人民政府"))
                .containsExactlyInAnyOrder("洛阳市洛龙区李楼镇人民政府", "洛阳市", "洛龙区", "李楼镇", "洛阳", "洛龙", "李楼");
        assertThat(TextFingerprint.nameParts("老城区洛浦街道办事处"))
                .containsExactlyInAnyOrder("老城区洛浦街道办事处", "老城区", "洛浦街道", "老城", "洛浦");
        assertThat(TextFingerprint.nameParts("洛阳市教育局")).containsExactlyInAnyOrder("洛阳市教育局", "洛阳市", "洛阳", "教育局");
        assertThat(TextFingerprint.nameParts(null)).isEmpty();
    }

    @Test
    void namePartsAreLongestFirstSoThatAPartInsideALongerOneDoesNotBreakIt() {
        assertThat(TextFingerprint.nameParts("洛阳市洛龙区李楼镇人民政府").get(0)).isEqualTo("洛阳市洛龙区李楼镇人民政府");
    }

    @Test
    void sameTextWithOtherNumbersYearAndAgencyIsWhollyContained() {
        String copy = PARAGRAPH.replace("李楼镇", "白马乡").replace("我镇", "我乡").replace("2021", "2022")
                .replace("128", "97").replace("12条", "8条").replace("3件", "5件");

        TextFingerprint original = TextFingerprint.of(PARAGRAPH, "洛阳市洛龙区李楼镇人民政府");
        TextFingerprint copied = TextFingerprint.of(copy, "洛阳市洛龙区白马乡人民政府");

        assertThat(copied.containmentIn(original)).isEqualTo(1.0);
        assertThat(original.containmentIn(copied)).isEqualTo(1.0);
    }

    @Test
    void containmentIsTheShareOfThisTextsShinglesFoundInTheOther() {
        TextFingerprint whole = TextFingerprint.of(PARAGRAPH, null);
        TextFingerprint half = TextFingerprint.of(PARAGRAPH.substring(0, PARAGRAPH.length() / 2), null);

        assertThat(half.containmentIn(whole)).isEqualTo(1.0);
        assertThat(whole.containmentIn(half)).isCloseTo((double) half.size() / whole.size(), within(0.02));
    }

    @Test
    void containmentWithAFloorIsExactAtOrAboveItAndBelowItOtherwise() {
        TextFingerprint whole = TextFingerprint.of(PARAGRAPH, null);
        TextFingerprint half = TextFingerprint.of(PARAGRAPH.substring(0, PARAGRAPH.length() / 2), null);
        TextFingerprint other = TextFingerprint.of("本机关坚持以公开为常态、不公开为例外，持续推进政务公开工作，不断完善工作机制。", null);
        double exact = whole.containmentIn(half);

        assertThat(whole.containmentIn(half, exact)).isEqualTo(exact);
        assertThat(whole.containmentIn(half, exact + 0.1)).isLessThan(exact + 0.1);
        assertThat(whole.containmentIn(other, 0.8)).isLessThan(0.8);
    }

    @Test
    void emptyTextIsContainedInNothingAndIsNotComparable() {
        TextFingerprint empty = TextFingerprint.of("2021年。", null);

        assertThat(empty.size()).isZero();
        assertThat(empty.containmentIn(TextFingerprint.of(PARAGRAPH, null))).isZero();
        assertThat(empty.isComparable()).isFalse();
    }

    @Test
    void onlyTextsOfTwoHundredNormalisedCharactersAreComparable() {
        assertThat(TextFingerprint.of(PARAGRAPH, null).characters()).isGreaterThan(TextFingerprint.MIN_CHARACTERS);
        assertThat(TextFingerprint.of(PARAGRAPH, null).isComparable()).isTrue();
        assertThat(TextFingerprint.of(PARAGRAPH.substring(0, 150), null).isComparable()).isFalse();
    }

    @Test
    void reportFingerprintJoinsTheSectionsAndIsComputedOncePerReportObject() {
        AnnualReport report = report(Map.of(Section.OVERVIEW, PARAGRAPH.substring(0, 100),
                Section.PROBLEMS, PARAGRAPH.substring(100)));
        AnnualReport equalReport = report(Map.of(Section.OVERVIEW, PARAGRAPH.substring(0, 100),
                Section.PROBLEMS, PARAGRAPH.substring(100)));

        TextFingerprint fingerprint = TextFingerprint.of(report);

        assertThat(TextFingerprint.of(report)).isSameAs(fingerprint);
        assertThat(TextFingerprint.of(equalReport)).isNotSameAs(fingerprint);
        assertThat(fingerprint.containmentIn(TextFingerprint.of(PARAGRAPH, "洛阳市洛龙区李楼镇人民政府"))).isEqualTo(1.0);
    }

    private static AnnualReport report(Map<Section, String> sections) {
        return new AnnualReport(FormatVersion.V2021, "洛阳市洛龙区李楼镇人民政府", 2021, null, sections, null, null, null);
    }
}
