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

/* Whether @word is written at @p, before @end. */
static inline gboolean
_fazhi_has_word_at (const char *p,
                    const char *end,
                    const char *word)
{
  gsize n;

  /* Most places fail on the first byte; skip strlen and memcmp then. */
  if (p >= end || *p != word[0])
    return FALSE;
  n = strlen (word);
  return (gsize) (end - p) >= n && memcmp (p, word, n) == 0;
}

/* Sorts a NULL-terminated string vector in place, by byte order. */
void _fazhi_strv_sort (char **strv);

/* clang-format on */

G_END_DECLS
