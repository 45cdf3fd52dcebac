/**
 * The one reader and writer of the canonical JSON {@code nianbao.report/1} and of findings. The only package
 * that may use Jackson; everything else speaks Java values.
 */
@NullMarked
package org.nianbao.core.json;

import org.jspecify.annotations.NullMarked;
