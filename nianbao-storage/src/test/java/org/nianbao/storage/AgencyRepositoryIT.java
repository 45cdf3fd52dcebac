package org.nianbao.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.storage.Fixtures.agency;
import static org.nianbao.storage.Fixtures.audit;

import org.junit.jupiter.api.Test;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.AgencyLevel;
import org.nianbao.core.library.AgencyRepository;
import org.nianbao.core.library.NewAgency;
import org.nianbao.storage.testing.OnEachDatabase;

class AgencyRepositoryIT extends OnEachDatabase {

    private Agency create(NewAgency agency) {
        return database.agencies().create(agency, audit("agency.create", "agency"));
    }

    @Test
    void createdAgenciesAreFoundByIdAndName() {
        AgencyRepository agencies = database.agencies();
        Agency province = create(new NewAgency("410000", "河南省人民政府", AgencyLevel.PROVINCE, null));
        Agency city = create(new NewAgency(null, "洛阳市人民政府", AgencyLevel.CITY, province.id()));

        assertThat(province).isEqualTo(new Agency(province.id(), "410000", "河南省人民政府", AgencyLevel.PROVINCE, null));
        assertThat(agencies.find(province.id())).contains(province);
        assertThat(agencies.find(city.id())).contains(city);
        assertThat(agencies.findByName("洛阳市人民政府")).contains(city);
        assertThat(agencies.findByName("洛阳市")).isEmpty();
        assertThat(agencies.find(city.id() + 100)).isEmpty();
    }

    @Test
    void allAreListedByName() {
        Agency b = create(agency("某镇人民政府"));
        Agency a = create(agency("某县人民政府"));
        Agency c = create(agency("ABC开发区管委会"));
        assertThat(database.agencies().all()).containsExactly(c, a, b);
    }

    @Test
    void theSubtreeReachesEveryLevelBelow() {
        Agency province = create(agency("河南省人民政府"));
        Agency city = create(agency("洛阳市人民政府", province.id()));
        Agency otherCity = create(agency("郑州市人民政府", province.id()));
        Agency district = create(agency("偃师区人民政府", city.id()));
        Agency county = create(agency("嵩县人民政府", city.id()));
        Agency town = create(agency("府店镇人民政府", district.id()));
        Agency bureau = create(agency("偃师区教育局", district.id()));
        Agency otherTown = create(agency("某镇人民政府", otherCity.id()));

        AgencyRepository agencies = database.agencies();
        assertThat(agencies.subtree(province.id())).containsExactlyInAnyOrder(province.id(), city.id(),
                otherCity.id(), district.id(), county.id(), town.id(), bureau.id(), otherTown.id());
        assertThat(agencies.subtree(city.id()))
                .containsExactlyInAnyOrder(city.id(), district.id(), county.id(), town.id(), bureau.id());
        assertThat(agencies.subtree(district.id())).containsExactlyInAnyOrder(district.id(), town.id(), bureau.id());
        assertThat(agencies.subtree(town.id())).containsExactly(town.id());
        assertThat(agencies.subtree(otherTown.id() + 100)).isEmpty();
    }

    @Test
    void aDuplicateNameOrAMissingParentIsRefused() {
        Agency county = create(agency("某县人民政府"));
        assertThatThrownBy(() -> create(new NewAgency("1", "某县人民政府", AgencyLevel.OTHER, null)))
                .isInstanceOf(DuplicateRecordException.class)
                .hasMessage("单位「某县人民政府」已存在");
        assertThatThrownBy(() -> create(agency("某镇人民政府", county.id() + 100)))
                .isInstanceOf(MissingRecordException.class)
                .hasMessageContaining("上级单位不存在");
        assertThat(database.agencies().all()).containsExactly(county);
    }
}
