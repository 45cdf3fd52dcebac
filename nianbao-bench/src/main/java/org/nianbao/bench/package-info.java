/**
 * JMH benchmarks of the pipeline on the corpus seeds. Run by hand from {@code target/benchmarks.jar}
 * ({@code docs/benchmarks.md}); never part of the test build.
 */
@NullMarked
package org.nianbao.bench;

import org.jspecify.annotations.NullMarked;
