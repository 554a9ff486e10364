/* fazhi-util-private.h: small helpers shared across the library
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sorts a NULL-terminated string vector in place, by byte order. */
void _fazhi_strv_sort (char **strv);

G_END_DECLS
