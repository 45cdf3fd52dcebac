package org.nianbao.web;

import java.nio.file.Path;
import org.nianbao.storage.DatabaseConfig;

/** The web suite on the embedded H2 database (the default of {@code ./nianbao serve}). */
class H2WebIT extends AbstractWebIT {
    @Override
    DatabaseConfig database(Path directory) {
        return DatabaseConfig.h2(directory);
    }
}
