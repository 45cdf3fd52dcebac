/** nianbao's core: the report model, the canonical JSON, recognition, validation and the use cases. */
@NullMarked
package org.nianbao.core;

import org.jspecify.annotations.NullMarked;
