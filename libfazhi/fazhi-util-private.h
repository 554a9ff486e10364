/* fazhi-util-private.h: small helpers shared across the library
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/* Where @needle first occurs in the @length bytes at @text, or NULL.
 * memmem is vectorised where g_strstr_len walks byte by byte; the texts
 * we search hold no NUL, so the two agree. */
static inline const char *
_fazhi_find (const char *text,
             gsize       length,
             const char *needle)
{
  return memmem (text, length, needle, strlen (needle));
}

/* Sorts a NULL-terminated string vector in place, by byte order. */
void _fazhi_strv_sort (char **strv);

/* clang-format on */

G_END_DECLS
