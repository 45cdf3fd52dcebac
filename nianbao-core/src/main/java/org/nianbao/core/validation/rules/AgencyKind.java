package org.nianbao.core.validation.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The kind of reporting body, read from the end of its name, and how it may refer to itself. */
enum AgencyKind {
    STREET(List.of("我局", "本局", "我委", "本委", "我厅", "本厅", "我镇", "本镇", "我乡", "本乡")),
    TOWN(List.of("我局", "本局", "我委", "本委", "我厅", "本厅", "我乡", "本乡", "我街道", "本街道")),
    TOWNSHIP(List.of("我局", "本局", "我委", "本委", "我厅", "本厅", "我镇", "本镇", "我街道", "本街道")),
    COUNTY_GOVERNMENT(List.of("我局", "本局", "我厅", "本厅", "我镇", "本镇", "我乡", "本乡", "我街道", "本街道")),
    GOVERNMENT(List.of("我局", "本局", "我镇", "本镇", "我乡", "本乡", "我街道", "本街道")),
    BUREAU(List.of("我镇", "本镇", "我乡", "本乡", "我街道", "本街道")),
    OTHER(List.of());

    private final List<String> foreignSelfReferences;

    AgencyKind(List<String> foreignSelfReferences) {
        this.foreignSelfReferences = foreignSelfReferences;
    }

    /** Words by which this kind of body would not call itself (a 镇 is not 「我局」). */
    List<String> foreignSelfReferences() {
        return foreignSelfReferences;
    }

    /** Whether the body has no power to make 规章 (立法法: only 国务院部门, provinces and 设区的市 have it). */
    boolean lacksRegulationPower() {
        return this == STREET || this == TOWN || this == TOWNSHIP || this == COUNTY_GOVERNMENT;
    }

    static AgencyKind of(@Nullable String agency) {
        if (agency == null || agency.isEmpty()) {
            return OTHER;
        }
        String name = agency.replace("人民政府", "政府");
        if (name.endsWith("街道办事处") || name.endsWith("街道") || name.endsWith("街道办")) {
            return STREET;
        }
        if (name.endsWith("镇政府") || name.endsWith("镇")) {
            return TOWN;
        }
        if (name.endsWith("乡政府") || name.endsWith("乡")) {
            return TOWNSHIP;
        }
        if (name.endsWith("政府")) {
            String place = name.substring(0, name.length() - 2).replace("自治区", "");
            if (place.endsWith("县") || place.endsWith("区") || place.endsWith("旗")) {
                return COUNTY_GOVERNMENT;
            }
            return GOVERNMENT;
        }
        if (name.endsWith("局")) {
            return BUREAU;
        }
        return OTHER;
    }
}
