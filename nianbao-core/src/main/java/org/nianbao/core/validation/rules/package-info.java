/** One class per rule id of the catalogue; each class's Javadoc starts with its id. */
@NullMarked
package org.nianbao.core.validation.rules;

import org.jspecify.annotations.NullMarked;
