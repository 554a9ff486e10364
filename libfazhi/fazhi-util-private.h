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

/* Whether @c is a CJK ideograph (the unified block, extension A, and the
 * compatibility ideographs). */
static inline gboolean
_fazhi_is_cjk (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

/* Whether any of the NULL-terminated @words occurs in the @length bytes at
 * @text. */
static inline gboolean
_fazhi_find_any (const char         *text,
                 gsize               length,
                 const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (_fazhi_find (text, length, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether the text at @p, which has at least three bytes, is a
 * full-width mark that ends a sentence: 。！？ or ；. */
static inline gboolean
_fazhi_is_sentence_end (const char *p)
{
  const guchar *u = (const guchar *) p;

  /* 。 E3 80 82; ！ EF BC 81, ？ EF BC 9F, ； EF BC 9B */
  return (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82) ||
         (u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x81 || u[2] == 0x9F || u[2] == 0x9B));
}

/* Whether @word is written at @p, before @end. Byte by byte: most places
 * fail on the first or second byte, before strlen and memcmp would pay. */
static inline gboolean
_fazhi_has_word_at (const char *p,
                    const char *end,
                    const char *word)
{
  if (p >= end || *p != word[0] || word[0] == '\0')
    return FALSE;
  for (gsize k = 1; word[k] != '\0'; k++)
    if (p + k >= end || p[k] != word[k])
      return FALSE;
  return TRUE;
}

/* The length of the UTF-8 character whose first byte is @lead (a stray
 * continuation byte counts as one). */
static inline guint
_fazhi_utf8_length (guchar lead)
{
  return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/* Eight bytes at @p, in the machine's order, at any alignment. */
static inline guint64
_fazhi_load_u64 (const void *p)
{
  guint64 w;

  memcpy (&w, p, sizeof w);
  return w;
}

/* A word of eight copies of the byte @b, for searching eight bytes at a
 * time. */
#define _FAZHI_BYTES(b) (G_GUINT64_CONSTANT (0x0101010101010101) * (b))

/* A high bit in each byte of @w that may equal @b. Exact as to whether
 * there is one and for the lowest (a borrow can only mark bytes above a
 * hit), so a caller confirms the marks after the lowest. */
static inline guint64
_fazhi_word_has_byte (guint64 w,
                      guint8  b)
{
  guint64 x = w ^ _FAZHI_BYTES (b);

  return (x - _FAZHI_BYTES (0x01)) & ~x & _FAZHI_BYTES (0x80);
}

/* The code point of the three-byte character at @u (lead E0–EF). */
static inline gunichar
_fazhi_utf8_3 (const guchar *u)
{
  return ((gunichar) (u[0] & 0x0F) << 12) | ((gunichar) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);
}

/* g_utf8_get_char() for valid, NUL-terminated UTF-8, with the one- and
 * three-byte characters (nearly all of a report) read inline. */
static inline gunichar
_fazhi_get_char (const char *p)
{
  const guchar *u = (const guchar *) p;

  if (u[0] < 0x80)
    return u[0];
  if ((u[0] & 0xF0) == 0xE0 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80)
    return _fazhi_utf8_3 (u);
  return g_utf8_get_char (p);
}

/* Sorts a NULL-terminated string vector in place, by byte order. */
void _fazhi_strv_sort (char **strv);

/* clang-format on */

G_END_DECLS
