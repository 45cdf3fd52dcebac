/**
 * The {@code nianbao} command line: one composition root ({@link org.nianbao.cli.CliMain}), one class per
 * subcommand, the documented exit codes. The only module that writes to standard output.
 */
@NullMarked
package org.nianbao.cli;

import org.jspecify.annotations.NullMarked;
