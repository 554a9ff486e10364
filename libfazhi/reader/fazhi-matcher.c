/* fazhi-matcher.c: finding many phrases in one pass
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fazhi-matcher-private.h"
#include "fazhi-util-private.h"

/* A phrase may have gaps, written "纳入…年度工作计划": the later parts must
 * follow in the same sentence, within this many bytes of the start. */
#define MAX_GAP_SPAN (40 * 3)
#define GAP          "\xE2\x80\xA6" /* … */

typedef struct
{
  char   *text; /* the first part */
  gsize   length;
  char  **rest; /* the parts after gaps, or NULL */
  guint64 key;  /* hash of the first two or three characters */
  guint32 id;
} Phrase;

typedef struct
{
  guint64 key;
  guint32 first; /* index into phrases */
  guint32 count; /* 0 marks an empty slot */
} Slot;

/* Most CJK characters start some phrase of several hundred; few pairs
 * do. A bit per hashed pair rejects almost every position before the
 * hash table is touched. */
#define PAIR_BITS (1u << 18)

static inline guint32
pair_bit (guint first,
          guint second)
{
  return ((first * 0x9E3779B1u) ^ (second * 0x85EBCA6Bu)) >> (32 - 18);
}

struct _FazhiMatcher
{
  GArray  *phrases; /* Phrase, sorted by key once built */
  Slot    *slots;
  guint32  mask;
  guint8   first_chars[65536 / 8];
  guint8   pairs[PAIR_BITS / 8]; /* first two characters, hashed */
  gboolean has_two_char;         /* some phrase is only two characters */
  gboolean built;
};

/* The code point of a character of @n bytes (the text is valid UTF-8). */
static inline guint32
char_code (const guchar *s,
           guint         n)
{
  switch (n)
    {
    case 1:
      return s[0];
    case 2:
      return ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    case 3:
      return _fazhi_utf8_3 (s);
    default:
      return ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
    }
}

/* Phrases are indexed by their first three characters (two for the few
 * two-character phrases): sharing three leading characters is rare, so a
 * slot holds one or two candidates, where two characters (行政, 依法)
 * would give a dozen. The key packs the code points themselves (21 bits
 * each), so it is exact and costs nothing to make from characters the
 * scan has decoded anyway; the top bit keeps the two key spaces apart. */
static inline guint64
key_of (guint32 first,
        guint32 second,
        guint32 third)
{
  return ((guint64) first << 42) | ((guint64) second << 21) | third;
}

#define KEY_THREE (G_GUINT64_CONSTANT (1) << 63)

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
  g_auto (GStrv) parts = g_strsplit (phrase, GAP, -1);
  const guchar  *s = (const guchar *) parts[0];
  gsize          length = strlen (parts[0]);
  guint          first, second, third = 0;
  Phrase         p;

  g_return_val_if_fail (!self->built, FALSE);

  for (guint i = 1; parts[i] != NULL; i++)
    if (parts[i][0] == '\0')
      return FALSE;

  if (length == 0)
    return FALSE;
  first = _fazhi_utf8_length (s[0]);
  if (first >= length)
    return FALSE;
  second = _fazhi_utf8_length (s[first]);
  if (first + second > length)
    return FALSE;

  if (first + second < length)
    {
      third = _fazhi_utf8_length (s[first + second]);
      if (first + second + third > length)
        return FALSE;
    }

  p.text = g_strdup (parts[0]);
  p.length = length;
  p.rest = parts[1] != NULL ? g_strdupv (parts + 1) : NULL;
  {
    guint32 c0 = char_code (s, first);
    guint32 c1 = char_code (s + first, second);

    p.key = third > 0 ? key_of (c0, c1, char_code (s + first + second, third)) | KEY_THREE : key_of (c0, c1, 0);
  }
  p.id = id;
  if (third == 0)
    self->has_two_char = TRUE;
  g_array_append_val (self->phrases, p);

  self->first_chars[(char_code (s, first) & 0xFFFF) >> 3] |= (guint8) (1u << (char_code (s, first) & 7));
  {
    guint32 pair = pair_bit (char_code (s, first), char_code (s + first, second));

    self->pairs[pair >> 3] |= (guint8) (1u << (pair & 7));
  }
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
      guint   end = i;

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
    if (_fazhi_is_sentence_end ((const char *) s + k))
      {
        limit = k;
        break;
      }

  for (guint i = 0; p->rest[i] != NULL; i++)
    {
      gsize         part = strlen (p->rest[i]);
      const guchar *found = pos < limit ? memmem (s + pos, limit - pos, p->rest[i], part) : NULL;

      if (found == NULL)
        return 0;
      pos = found - s + part;
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

/* Confirms the candidates of a slot at @i; keys are hashes, so the
 * whole first part is compared. */
static inline void
match_slot (const FazhiMatcher *self,
            const Slot         *slot,
            const guchar       *s,
            gsize               length,
            gsize               i,
            FazhiMatchFunc      func,
            gpointer            user_data)
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

void
_fazhi_matcher_scan (const FazhiMatcher *self,
                     const char         *text,
                     gsize               length,
                     FazhiMatchFunc      func,
                     gpointer            user_data)
{
  const guchar *s = (const guchar *) text;
  gsize         i = 0;
  guint         n0, n1, n2;
  guint32       c0, c1, c2;

  g_return_if_fail (self->built);

  if (self->phrases->len == 0 || length == 0)
    return;

  /* A window of three decoded characters slides over the text, so each
   * character is decoded once; c2 is 0 (n2 0) past the end. */
  n0 = _fazhi_utf8_length (s[0]);
  if (n0 >= length)
    return;
  n1 = _fazhi_utf8_length (s[n0]);
  if (n0 + n1 > length)
    return;
  c0 = char_code (s, n0);
  c1 = char_code (s + n0, n1);
  n2 = n0 + n1 < length ? _fazhi_utf8_length (s[n0 + n1]) : 0;
  if (n0 + n1 + n2 > length)
    n2 = 0;
  c2 = n2 > 0 ? char_code (s + n0 + n1, n2) : 0;

  for (;;)
    {
      guint32 pair = pair_bit (c0, c1);

      if ((self->first_chars[(c0 & 0xFFFF) >> 3] & (1u << (c0 & 7))) &&
          (self->pairs[pair >> 3] & (1u << (pair & 7))))
        {
          const Slot *slot;

          if (self->has_two_char && (slot = lookup (self, key_of (c0, c1, 0))) != NULL)
            match_slot (self, slot, s, length, i, func, user_data);
          if (n2 > 0 && (slot = lookup (self, key_of (c0, c1, c2) | KEY_THREE)) != NULL)
            match_slot (self, slot, s, length, i, func, user_data);
        }

      if (n2 == 0)
        break;
      i += n0;
      n0 = n1, c0 = c1;
      n1 = n2, c1 = c2;
      {
        gsize k = i + n0 + n1;

        n2 = k < length ? _fazhi_utf8_length (s[k]) : 0;
        if (k + n2 > length)
          n2 = 0;
        c2 = n2 > 0 ? char_code (s + k, n2) : 0;
      }
    }
}

guint
_fazhi_matcher_get_n_phrases (const FazhiMatcher *self)
{
  return self->phrases->len;
}
