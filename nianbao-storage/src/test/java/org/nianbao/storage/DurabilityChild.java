package org.nianbao.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.nianbao.core.account.AuditEntry;

/**
 * The child JVM of {@link H2DurabilityIT}: opens the embedded database in a directory and commits agencies until it
 * is killed, writing the number of the last acknowledged commit to a file after each commit returns.
 */
final class DurabilityChild {
    private DurabilityChild() {}

    static String agencyName(int round, int number) {
        return "第" + round + "轮第" + number + "个单位";
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path acknowledged = Path.of(args[1]);
        int round = Integer.parseInt(args[2]);
        Path next = acknowledged.resolveSibling(acknowledged.getFileName() + ".next");
        Database database = Database.open(DatabaseConfig.h2(data));
        for (int i = 1; ; i++) {
            database.agencies().create(Fixtures.agency(agencyName(round, i)),
                    new AuditEntry(Instant.now(), null, "system", "agency.create", "agency", null, null, null));
            Files.writeString(next, Integer.toString(i), StandardCharsets.US_ASCII);
            Files.move(next, acknowledged, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
