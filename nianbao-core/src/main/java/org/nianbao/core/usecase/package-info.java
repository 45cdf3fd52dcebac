/**
 * The use cases, each one class: they chain the stages and are what the CLI, the web application and the batch
 * job call. Nothing depends on this package.
 */
@NullMarked
package org.nianbao.core.usecase;

import org.jspecify.annotations.NullMarked;
