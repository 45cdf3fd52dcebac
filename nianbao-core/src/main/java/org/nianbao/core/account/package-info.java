/**
 * Who works with nianbao: users and their {@link org.nianbao.core.account.Role roles}, login sessions, API tokens,
 * and the audit log every state change is written to. Interfaces only; {@code nianbao-storage} implements them.
 */
@NullMarked
package org.nianbao.core.account;

import org.jspecify.annotations.NullMarked;
