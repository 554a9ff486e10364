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

/* The length of the well-formed UTF-8 character at @p, which has @avail
 * bytes and starts with a byte of 0x80 or more, or 0 when it is not one.
 * RFC 3629, as GLib reads it: no overlong forms, no surrogates, nothing
 * above U+10FFFF. */
static inline gsize
_fazhi_utf8_valid_length (const guint8 *p,
                          gsize         avail)
{
  guint8 b = p[0];
  guint8 lo = 0x80;
  guint8 hi = 0xBF;

  if (b < 0xC2)
    return 0;
  if (b < 0xE0)
    return avail >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
  if (b < 0xF0)
    {
      if (b == 0xE0)
        lo = 0xA0; /* overlong */
      else if (b == 0xED)
        hi = 0x9F; /* surrogates */
      if (avail < 3 || p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80)
        return 0;
      return 3;
    }
  if (b < 0xF5)
    {
      if (b == 0xF0)
        lo = 0x90; /* overlong */
      else if (b == 0xF4)
        hi = 0x8F; /* above U+10FFFF */
      if (avail < 4 || p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
        return 0;
      return 4;
    }
  return 0;
}

G_END_DECLS
