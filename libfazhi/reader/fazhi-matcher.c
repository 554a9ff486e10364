/* fazhi-matcher.c: finding many phrases in one pass
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fazhi-matcher-private.h"

/* A phrase may have gaps, written "纳入…年度工作计划": the later parts must
 * follow in the same sentence, within this many bytes of the start. */
#define MAX_GAP_SPAN (40 * 3)
#define GAP "\xE2\x80\xA6"  /* … */

typedef struct
{
  char    *text;  /* the first part */
  gsize    length;
  char   **rest;  /* the parts after gaps, or NULL */
  guint64  key;   /* first two characters, bytes packed */
  guint32  id;
} Phrase;

typedef struct
{
  guint64 key;
  guint32 first;  /* index into phrases */
  guint32 count;  /* 0 marks an empty slot */
} Slot;

struct _FazhiMatcher
{
  GArray  *phrases;   /* Phrase, sorted by key once built */
  Slot    *slots;
  guint32  mask;
  guint8   first_chars[65536 / 8];
  gboolean built;
};

static inline guint
char_length (guchar lead)
{
  if (lead < 0x80)
    return 1;
  if (lead < 0xE0)
    return 2;
  if (lead < 0xF0)
    return 3;
  return 4;
}

/* The low 16 bits of the code point; enough for a filter. */
static inline guint
char_bits (const guchar *s,
           guint         n)
{
  switch (n)
    {
    case 1:
      return s[0];
    case 2:
      return ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    case 3:
      return ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    default:
      return (((guint) s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
    }
}

static inline guint64
pack_key (const guchar *s,
          gsize         n)
{
  guint64 key = 0;

  memcpy (&key, s, MIN (n, sizeof key));
  return key;
}

static inline guint32
hash_key (guint64 key)
{
  key ^= key >> 33;
  key *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  key ^= key >> 33;
  return (guint32) key;
}

FazhiMatcher *
_fazhi_matcher_new (void)
{
  FazhiMatcher *self = g_new0 (FazhiMatcher, 1);

  self->phrases = g_array_new (FALSE, FALSE, sizeof (Phrase));
  return self;
}

void
_fazhi_matcher_free (FazhiMatcher *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->phrases->len; i++)
    {
      g_free (g_array_index (self->phrases, Phrase, i).text);
      g_strfreev (g_array_index (self->phrases, Phrase, i).rest);
    }
  g_array_unref (self->phrases);
  g_free (self->slots);
  g_free (self);
}

gboolean
_fazhi_matcher_add (FazhiMatcher *self,
                    const char   *phrase,
                    guint32       id)
{
  g_auto(GStrv) parts = g_strsplit (phrase, GAP, -1);
  const guchar *s = (const guchar *) parts[0];
  gsize length = strlen (parts[0]);
  guint first, second;
  Phrase p;

  g_return_val_if_fail (!self->built, FALSE);

  for (guint i = 1; parts[i] != NULL; i++)
    if (parts[i][0] == '\0')
      return FALSE;

  if (length == 0)
    return FALSE;
  first = char_length (s[0]);
  if (first >= length)
    return FALSE;
  second = char_length (s[first]);
  if (first + second > length)
    return FALSE;

  p.text = g_strdup (parts[0]);
  p.length = length;
  p.rest = parts[1] != NULL ? g_strdupv (parts + 1) : NULL;
  p.key = pack_key (s, first + second);
  p.id = id;
  g_array_append_val (self->phrases, p);

  self->first_chars[char_bits (s, first) >> 3] |= (guint8) (1u << (char_bits (s, first) & 7));
  return TRUE;
}

static int
compare_phrases (const void *a,
                 const void *b)
{
  const Phrase *pa = a;
  const Phrase *pb = b;

  if (pa->key != pb->key)
    return pa->key < pb->key ? -1 : 1;
  /* Longer phrases first, then the order they were added in. */
  if (pa->length != pb->length)
    return pa->length > pb->length ? -1 : 1;
  return pa->id < pb->id ? -1 : pa->id > pb->id;
}

void
_fazhi_matcher_build (FazhiMatcher *self)
{
  guint32 n_slots = 16;

  g_return_if_fail (!self->built);

  qsort (self->phrases->data, self->phrases->len, sizeof (Phrase), compare_phrases);

  while (n_slots < self->phrases->len * 2)
    n_slots *= 2;
  self->slots = g_new0 (Slot, n_slots);
  self->mask = n_slots - 1;

  for (guint i = 0; i < self->phrases->len;)
    {
      guint64 key = g_array_index (self->phrases, Phrase, i).key;
      guint32 j = hash_key (key) & self->mask;
      guint end = i;

      while (end < self->phrases->len && g_array_index (self->phrases, Phrase, end).key == key)
        end++;
      while (self->slots[j].count != 0)
        j = (j + 1) & self->mask;
      self->slots[j].key = key;
      self->slots[j].first = i;
      self->slots[j].count = end - i;
      i = end;
    }

  self->built = TRUE;
}

static gboolean
is_sentence_end (const guchar *p)
{
  /* 。 E3 80 82, ； EF BC 9B, ！ EF BC 81, ？ EF BC 9F */
  return (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x82) ||
         (p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x9B || p[2] == 0x81 || p[2] == 0x9F));
}

/* Finds the parts after the gaps; returns where the last one ends, or 0. */
static gsize
match_rest (const Phrase *p,
            const guchar *s,
            gsize         length,
            gsize         start)
{
  gsize limit = MIN (length, start + MAX_GAP_SPAN);
  gsize pos = start + p->length;

  for (gsize k = pos; k + 3 <= limit; k++)
    if (is_sentence_end (s + k))
      {
        limit = k;
        break;
      }

  for (guint i = 0; p->rest[i] != NULL; i++)
    {
      const char *found = g_strstr_len ((const char *) s + pos, limit - pos, p->rest[i]);

      if (found == NULL)
        return 0;
      pos = (const guchar *) found - s + strlen (p->rest[i]);
    }
  return pos;
}

static inline const Slot *
lookup (const FazhiMatcher *self,
        guint64             key)
{
  guint32 j = hash_key (key) & self->mask;

  while (self->slots[j].count != 0)
    {
      if (self->slots[j].key == key)
        return &self->slots[j];
      j = (j + 1) & self->mask;
    }
  return NULL;
}

void
_fazhi_matcher_scan (const FazhiMatcher *self,
                     const char         *text,
                     gsize               length,
                     FazhiMatchFunc      func,
                     gpointer            user_data)
{
  const guchar *s = (const guchar *) text;
  gsize i = 0;

  g_return_if_fail (self->built);

  if (self->phrases->len == 0)
    return;

  while (i < length)
    {
      guint n = char_length (s[i]);
      guint bits;

      if (G_UNLIKELY (i + n > length))
        break;
      bits = char_bits (s + i, n);
      if (self->first_chars[bits >> 3] & (1u << (bits & 7)))
        {
          guint m;
          const Slot *slot;

          if (i + n < length && i + n + (m = char_length (s[i + n])) <= length &&
              (slot = lookup (self, pack_key (s + i, n + m))) != NULL)
            {
              const Phrase *phrases = (const Phrase *) self->phrases->data;

              for (guint32 k = slot->first; k < slot->first + slot->count; k++)
                {
                  const Phrase *p = &phrases[k];

                  if (i + p->length <= length && memcmp (s + i, p->text, p->length) == 0)
                    {
                      gsize end = p->rest == NULL ? i + p->length : match_rest (p, s, length, i);

                      if (end > 0)
                        func (p->id, i, end, user_data);
                    }
                }
            }
        }
      i += n;
    }
}

guint
_fazhi_matcher_get_n_phrases (const FazhiMatcher *self)
{
  return self->phrases->len;
}
