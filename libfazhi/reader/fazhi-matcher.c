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

/* Characters are never decoded: a character, or a pair of them, is keyed
 * by its UTF-8 bytes read as one integer (at most 4 + 4 bytes), the bytes
 * past its end masked off. The first byte of a character gives its
 * length, so equal keys are equal bytes.
 *
 * Legal Chinese passes most cheap filters: 41 % of the characters start
 * some phrase and 77 % occur in one, but only 19 % of the positions start
 * a pair that starts a phrase and 8 % three such characters. So the scan
 * looks one byte up per position, hashed from the first two characters:
 * whether some phrase of two, or of more characters starts with such a
 * pair. Where it does, a bit hashed from the first three characters
 * rejects most of the rest before the tables are searched (one or two
 * phrases share three leading characters, where a dozen share 行政 or
 * 依法); then the rest of each candidate is compared. */

#define PAIR_FILTER_BITS   13
#define TRIPLE_FILTER_BITS 14
#define HAS_TWO            1
#define HAS_LONGER         2

typedef struct
{
  char   *text; /* the first part */
  char  **rest; /* the parts after gaps, or NULL */
  guint64 pair; /* key of the first two characters */
  guint64 tail; /* up to 8 bytes after the key characters */
  guint64 tail_mask;
  guint32 length; /* of the first part */
  guint32 id;
  guint32 third; /* key of the third character, 0 for two-character phrases */
  guint32 skip;  /* bytes in the key characters */
  guint32 run;   /* how many phrases from this one on have the same first part */
} Phrase;

/* The phrases that start with two or three key characters: a run of the
 * sorted phrases. */
typedef struct
{
  guint64 pair;
  guint32 third; /* 0 for the two-character phrases */
  guint32 first; /* index into phrases */
  guint32 count; /* 0 marks an empty slot */
} Slot;

/* The scan's loop reads its tables through one pointer: static tables
 * would each take a register in position-independent code. */
struct _FazhiMatcher
{
  guint64  byte_masks[9];                       /* BYTE_MASK (n) */
  guint32  char_masks[5];                       /* CHAR_MASK (n) */
  guint8   utf8_length[256];                    /* _fazhi_utf8_length () of every byte */
  guint8   pair_filter[1u << PAIR_FILTER_BITS]; /* HAS_TWO, HAS_LONGER by hashed pair */
  guint8   triple_filter[(1u << TRIPLE_FILTER_BITS) / 8];
  GArray  *phrases; /* Phrase, sorted by pair, third character and length once built */
  Slot    *slots;
  guint    slot_shift;
  gboolean built;
};

/* Keep the first @n bytes of a word of 8 or 4 read from memory. */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
#  define BYTE_MASK(n) (G_MAXUINT64 >> (64 - 8 * (n)))
#  define CHAR_MASK(n) (G_MAXUINT32 >> (32 - 8 * (n)))
#else
#  define BYTE_MASK(n) (G_MAXUINT64 << (64 - 8 * (n)))
#  define CHAR_MASK(n) (G_MAXUINT32 << (32 - 8 * (n)))
#endif

static const guint64 byte_masks[9] = {
  0, BYTE_MASK (1), BYTE_MASK (2), BYTE_MASK (3), BYTE_MASK (4), BYTE_MASK (5), BYTE_MASK (6), BYTE_MASK (7), G_MAXUINT64
};

static const guint32 char_masks[5] = { 0, CHAR_MASK (1), CHAR_MASK (2), CHAR_MASK (3), G_MAXUINT32 };

static inline guint32
load_u32 (const guchar *p)
{
  guint32 w;

  memcpy (&w, p, sizeof w);
  return w;
}

/* The first min (@avail, 8) bytes at @p in a word, as a load of 8 would
 * place them, the rest zero; never reads past them. Short texts and the
 * ends of texts take the second and third branches. */
static inline guint64
load_upto8 (const guchar *p,
            gsize         avail)
{
  guint64 w = 0;

  if (G_LIKELY (avail >= 8))
    return _fazhi_load_u64 (p);
  if (avail >= 4)
    {
      /* Two loads that overlap; the bytes in both agree. */
      guint64 lo = load_u32 (p);
      guint64 hi = load_u32 (p + avail - 4);

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
      return lo | (hi << (8 * (avail - 4)));
#else
      return (lo << 32) | (hi << (64 - 8 * avail));
#endif
    }
  for (gsize k = 0; k < avail; k++)
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
    w |= (guint64) p[k] << (8 * k);
#else
    w |= (guint64) p[k] << (56 - 8 * k);
#endif
  return w;
}

/* The key of the character of @n bytes at @p, before @avail bytes end:
 * its bytes as a load of 4 would place them, the rest zero. */
static inline guint32
char_key (const guchar *p,
          gsize         avail,
          guint         n)
{
  guint32 w = 0;

  if (G_LIKELY (avail >= 4))
    return load_u32 (p) & char_masks[n];
  for (guint k = 0; k < n; k++)
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
    w |= (guint32) p[k] << (8 * k);
#else
    w |= (guint32) p[k] << (24 - 8 * k);
#endif
  return w;
}

static inline guint64
mix (guint64 key)
{
  return key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
}

/* The hash of three characters, from the mixed pair and the third. */
static inline guint64
mix_triple (guint64 mixed_pair,
            guint32 third)
{
  return (mixed_pair ^ third) * G_GUINT64_CONSTANT (0xD6E8FEB86659FD93);
}

FazhiMatcher *
_fazhi_matcher_new (void)
{
  FazhiMatcher *self = g_new0 (FazhiMatcher, 1);

  for (guint n = 0; n < G_N_ELEMENTS (self->byte_masks); n++)
    self->byte_masks[n] = byte_masks[n];
  for (guint n = 0; n < G_N_ELEMENTS (self->char_masks); n++)
    self->char_masks[n] = char_masks[n];
  for (guint b = 0; b < G_N_ELEMENTS (self->utf8_length); b++)
    self->utf8_length[b] = _fazhi_utf8_length (b);
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
  const guchar  *s;
  gsize          length;
  guint          first, second, third = 0;
  Phrase         p;

  g_return_val_if_fail (!self->built, FALSE);

  /* g_strsplit() makes no parts at all of an empty phrase. */
  if (parts[0] == NULL)
    return FALSE;
  s = (const guchar *) parts[0];
  length = strlen (parts[0]);
  for (guint i = 1; parts[i] != NULL; i++)
    if (parts[i][0] == '\0')
      return FALSE;

  if (length == 0 || length > G_MAXUINT32)
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
  p.id = id;
  p.pair = load_upto8 (s, length) & byte_masks[first + second];
  p.third = third > 0 ? char_key (s + first + second, length - first - second, third) : 0;
  p.skip = first + second + third;
  p.tail_mask = byte_masks[MIN (length - p.skip, 8)];
  p.tail = load_upto8 (s + p.skip, length - p.skip) & p.tail_mask;
  g_array_append_val (self->phrases, p);
  return TRUE;
}

/* Groups phrases by pair, the two-character ones first, then by third
 * character; in a group longer phrases come first, then the order they
 * were added in: the order in which phrases found at one place are
 * reported. */
static int
compare_phrases (const void *a,
                 const void *b)
{
  const Phrase *pa = a;
  const Phrase *pb = b;

  if (pa->pair != pb->pair)
    return pa->pair < pb->pair ? -1 : 1;
  if (pa->third != pb->third)
    return pa->third < pb->third ? -1 : 1;
  if (pa->length != pb->length)
    return pa->length > pb->length ? -1 : 1;
  /* Two first parts of one length cannot both occur at one place: their
   * order does not matter, and the same ones are compared once. */
  if (strcmp (pa->text, pb->text) != 0)
    return strcmp (pa->text, pb->text);
  return pa->id < pb->id ? -1 : pa->id > pb->id;
}

/* The hash of the key characters of a phrase: that of the pair for two,
 * of the three otherwise. */
static inline guint64
hash_keys (guint64 pair,
           guint32 third)
{
  return third != 0 ? mix_triple (mix (pair), third) : mix (pair);
}

void
_fazhi_matcher_build (FazhiMatcher *self)
{
  Phrase *phrases = (Phrase *) self->phrases->data;
  guint   n_groups = 0, bits = 4;
  guint32 mask;

  g_return_if_fail (!self->built);

  if (self->phrases->len > 0)
    qsort (phrases, self->phrases->len, sizeof (Phrase), compare_phrases);
  for (guint i = self->phrases->len; i-- > 0;)
    phrases[i].run = i + 1 < self->phrases->len && strcmp (phrases[i].text, phrases[i + 1].text) == 0 ? phrases[i + 1].run + 1 : 1;

  for (guint i = 0; i < self->phrases->len; i++)
    if (i == 0 || phrases[i].pair != phrases[i - 1].pair || phrases[i].third != phrases[i - 1].third)
      n_groups++;
  while ((1u << bits) < n_groups * 2)
    bits++;
  self->slot_shift = 64 - bits;
  self->slots = g_new0 (Slot, 1u << bits);
  mask = (1u << bits) - 1;

  for (guint i = 0; i < self->phrases->len;)
    {
      guint64 pair = phrases[i].pair;
      guint32 third = phrases[i].third;
      guint64 x = mix (pair);
      guint32 j = hash_keys (pair, third) >> self->slot_shift;
      guint   first = i;

      while (i < self->phrases->len && phrases[i].pair == pair && phrases[i].third == third)
        i++;
      while (self->slots[j].count != 0)
        j = (j + 1) & mask;
      self->slots[j] = (Slot){ pair, third, first, i - first };

      if (third == 0)
        self->pair_filter[x >> (64 - PAIR_FILTER_BITS)] |= HAS_TWO;
      else
        {
          guint32 h = mix_triple (x, third) >> (64 - TRIPLE_FILTER_BITS);

          self->pair_filter[x >> (64 - PAIR_FILTER_BITS)] |= HAS_LONGER;
          self->triple_filter[h >> 3] |= 1u << (h & 7);
        }
    }

  self->built = TRUE;
}

/* Finds the parts after the gaps; returns where the last one ends, or 0.
 * They must end before the first sentence end after the first part, which
 * is looked for only as far as the parts reach: gapped phrases rarely
 * match, and then they end close. */
static G_GNUC_NO_INLINE gsize
match_rest (const Phrase *p,
            const guchar *s,
            gsize         length,
            gsize         start)
{
  gsize limit = MIN (length, start + MAX_GAP_SPAN);
  gsize pos = start + p->length;
  gsize checked = pos; /* no sentence end starts in [start + length, checked) */

  for (guint i = 0; p->rest[i] != NULL; i++)
    {
      gsize         part = strlen (p->rest[i]);
      const guchar *found = pos < limit ? memmem (s + pos, limit - pos, p->rest[i], part) : NULL;

      if (found == NULL)
        return 0;
      pos = found - s + part;
      for (; checked < pos && checked + 3 <= limit; checked++)
        if (_fazhi_is_sentence_end ((const char *) s + checked))
          return 0;
    }
  return pos;
}

typedef struct
{
  const FazhiMatcher *self;
  const guchar       *s;
  gsize               length;
  FazhiMatchFunc      func;
  gpointer            user_data;
} Scan;

/* Whether the first part of @p, whose key characters are known to be
 * there, is at @i. */
static inline gboolean
first_part_at (const Phrase *p,
               const guchar *s,
               gsize         length,
               gsize         i)
{
  gsize at = i + p->skip;

  if (p->length > length - i)
    return FALSE;
  if (((load_upto8 (s + at, length - at) ^ p->tail) & p->tail_mask) != 0)
    return FALSE;
  return p->length - p->skip <= 8 || memcmp (s + at + 8, p->text + p->skip + 8, p->length - p->skip - 8) == 0;
}

/* Reports the phrases that start at @i with the key characters @pair and
 * @third (0 for just the pair), which are there and hash to @hash. Kept
 * out of the scan's loop, which thus keeps its variables in registers. */
static G_GNUC_NO_INLINE void
match_at (const Scan *scan,
          gsize       i,
          guint64     pair,
          guint32     third,
          guint64     hash)
{
  const FazhiMatcher *self = scan->self;
  const guchar       *s = scan->s;
  gsize               length = scan->length;
  FazhiMatchFunc      func = scan->func;
  gpointer            user_data = scan->user_data;
  guint32             mask = G_MAXUINT32 >> (self->slot_shift - 32);
  guint32             j = hash >> self->slot_shift;
  const Phrase       *p, *last;

  while (self->slots[j].pair != pair || self->slots[j].third != third)
    {
      if (self->slots[j].count == 0)
        return;
      j = (j + 1) & mask;
    }

  p = (const Phrase *) self->phrases->data + self->slots[j].first;
  last = p + self->slots[j].count;
  while (p < last)
    {
      const Phrase *same_end = p + p->run;

      if (first_part_at (p, s, length, i))
        for (; p < same_end; p++)
          {
            gsize end = G_LIKELY (p->rest == NULL) ? i + p->length : match_rest (p, s, length, i);

            if (end > 0)
              func (p->id, i, end, user_data);
          }
      p = same_end;
    }
}

/* The first two characters at @p, of @n01 bytes, passed the pair filter
 * with @flags. Out of the scan's loop for pairs that start two-character
 * phrases, and at the end of the text, where every load is checked. */
static G_GNUC_NO_INLINE void
check_at (const Scan   *scan,
          const guchar *p,
          gsize         n01,
          guint         flags)
{
  const FazhiMatcher *self = scan->self;
  gsize               i = p - scan->s;
  gsize               avail = scan->length - i - n01; /* after the pair */
  guint64             pair = load_upto8 (p, n01 + avail) & self->byte_masks[n01];
  guint64             x = mix (pair);
  guint               n;
  guint32             third;
  guint64             hash;

  if (flags & HAS_TWO)
    match_at (scan, i, pair, 0, x);
  if (!(flags & HAS_LONGER) || avail == 0)
    return;
  n = self->utf8_length[p[n01]];
  if (n > avail)
    return;
  third = char_key (p + n01, avail, n);
  hash = mix_triple (x, third);
  if (self->triple_filter[(hash >> (64 - TRIPLE_FILTER_BITS)) >> 3] & (1u << ((hash >> (64 - TRIPLE_FILTER_BITS)) & 7)))
    match_at (scan, i, pair, third, hash);
}

void
_fazhi_matcher_scan (const FazhiMatcher *self,
                     const char         *text,
                     gsize               length,
                     FazhiMatchFunc      func,
                     gpointer            user_data)
{
  const guchar *s = (const guchar *) text;
  Scan          scan = { self, s, length, func, user_data };
  const guchar *p = s;
  gsize         n0, n1;

  g_return_if_fail (self->built);

  if (self->phrases->len == 0 || length == 0)
    return;

  /* n0 is the length of the character at p, n1 of the next one. While 12
   * bytes can be read at p, the keys of the first three characters are
   * two loads. Pairs that pass the filter (one position in five) are
   * checked against the triple filter in the loop: a call costs more. */
  n0 = self->utf8_length[s[0]];
  if (length >= 12)
    {
      const guchar *last = s + length - 12;

      while (p <= last)
        {
          guint64 x;
          guint   flags;

          n1 = self->utf8_length[p[n0]];
          x = mix (_fazhi_load_u64 (p) & self->byte_masks[n0 + n1]);
          flags = self->pair_filter[x >> (64 - PAIR_FILTER_BITS)];
          if (G_UNLIKELY (flags != 0))
            {
              if (G_UNLIKELY (flags & HAS_TWO))
                check_at (&scan, p, n0 + n1, flags);
              else
                {
                  const guchar *q = p + n0 + n1;
                  guint32       third = load_u32 (q) & self->char_masks[self->utf8_length[*q]];
                  guint64       hash = mix_triple (x, third);
                  guint32       h = hash >> (64 - TRIPLE_FILTER_BITS);

                  if (self->triple_filter[h >> 3] & (1u << (h & 7)))
                    match_at (&scan, p - s, _fazhi_load_u64 (p) & self->byte_masks[n0 + n1], third, hash);
                }
            }
          p += n0;
          n0 = n1;
        }
    }
  for (gsize i = p - s; i + n0 < length; i += n0, n0 = n1)
    {
      guint flags;

      n1 = self->utf8_length[s[i + n0]];
      if (n0 + n1 > length - i)
        break;
      flags = self->pair_filter[mix (load_upto8 (s + i, length - i) & self->byte_masks[n0 + n1]) >> (64 - PAIR_FILTER_BITS)];
      if (flags != 0)
        check_at (&scan, s + i, n0 + n1, flags);
    }
}

guint
_fazhi_matcher_get_n_phrases (const FazhiMatcher *self)
{
  return self->phrases->len;
}
