/* fazhi-decode-private.h: bytes → UTF-8 text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/* Detects the encoding of @data (UTF-8 with or without BOM, UTF-16 with
 * BOM, GB18030) and decodes it to NUL-terminated UTF-8 with LF line ends.
 * @encoding receives a static name. Fails with FAZHI_READER_ERROR and a
 * message naming @name and the byte offset. */
gboolean _fazhi_decode      (const guint8  *data,
                             gsize          length,
                             const char    *name,
                             char         **text,
                             gsize         *text_length,
                             const char   **encoding,
                             GError       **error);

/* The same for input known to be UTF-8 (a BOM is still dropped). */
gboolean _fazhi_decode_utf8 (const guint8  *data,
                             gsize          length,
                             const char    *name,
                             gboolean       allow_empty,
                             char         **text,
                             gsize         *text_length,
                             const char   **encoding,
                             GError       **error);

/* clang-format on */

G_END_DECLS
