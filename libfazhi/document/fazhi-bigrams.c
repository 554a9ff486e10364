/* fazhi-bigrams.c: what two texts share, character pair by character pair
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Chinese has no spaces to split words at; pairs of adjacent CJK
 * characters stand in for words. The reader compares headings with area
 * titles this way, and the checker compares sentences and plans items.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fazhi-bigrams-private.h"
#include "fazhi-util-private.h"

/* Two-character words every heading of every area uses; they would make
 * all areas look alike. */
/* clang-format off */
static const char * const generic_bigrams[] = {
  "法治", "治政", "政府", "府建", "建设", "设情", "情况", "依法", "推进", "加强",
  "强化", "完善", "健全", "全面", "体系", "工作", "进一", "一步", "不断", "持续",
  "深入", "切实", "提高", "提升", "开展", "主要", "有关", "相关", "年度", "我局",
  "我县", "我市", "我区", "积极", "认真", "扎实", "着力", "努力", "坚持", "进行",
  "机制", "制度", "规范", "建立", "全年", "今年", "县政", "市政", "区政",
};
/* clang-format on */

/* The generic bigrams, sorted; filled once. */
static guint64 generic_sorted[G_N_ELEMENTS (generic_bigrams)];

/* A bit per hash of a generic bigram: most bigrams are not generic, and
 * one look here says so, where walking the sorted list cost a step per
 * generic bigram below each of them. */
#define GENERIC_HASH_BITS 10
static guint64 generic_hashes[(1u << GENERIC_HASH_BITS) / 64];

static inline guint
bigram_hash (guint64 bigram)
{
  return ((guint) (bigram >> 32) * 0x9E3779B1u + (guint) bigram * 0x85EBCA77u) >> (32 - GENERIC_HASH_BITS);
}

static inline gboolean
is_generic (guint64 bigram)
{
  guint h = bigram_hash (bigram);
  guint lo = 0;
  guint hi = G_N_ELEMENTS (generic_sorted);

  if (((generic_hashes[h / 64] >> (h % 64)) & 1) == 0)
    return FALSE;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (generic_sorted[mid] < bigram)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < G_N_ELEMENTS (generic_sorted) && generic_sorted[lo] == bigram;
}

static int
compare_u64 (const void *a,
             const void *b)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

static void
ensure_generic_set (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (generic_bigrams); i++)
        {
          const char *s = generic_bigrams[i];
          gunichar    a = g_utf8_get_char (s);
          gunichar    b = g_utf8_get_char (g_utf8_next_char (s));

          generic_sorted[i] = ((guint64) a << 32) | b;
        }
      qsort (generic_sorted, G_N_ELEMENTS (generic_sorted), sizeof (guint64), compare_u64);
      for (guint i = 0; i < G_N_ELEMENTS (generic_sorted); i++)
        {
          guint h = bigram_hash (generic_sorted[i]);

          generic_hashes[h / 64] |= G_GUINT64_CONSTANT (1) << (h % 64);
        }
      g_once_init_leave (&initialized, 1);
    }
}

/* g_utf8_get_char_validated() of the character at @p, before @end,
 * decoded here when it is printable ASCII or a three-byte character that
 * every GLib version takes as valid (CJK and its punctuation among them),
 * as nearly every one is; GLib decides the rest. */
static inline gunichar
char_at (const char *p,
         const char *end)
{
  const guchar *u = (const guchar *) p;

  if (u[0] - 0x20u < 0x5Fu)
    return u[0];
  if ((u[0] & 0xF0) == 0xE0 && end - p >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80)
    {
      gunichar c = _fazhi_utf8_3 (u);

      /* Not overlong, no surrogate, no noncharacter. */
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF) && (c < 0xFDD0 || c > 0xFDEF) && c < 0xFFFE)
        return c;
    }
  return g_utf8_get_char_validated (p, end - p);
}

static inline void
insertion_sort_u64 (guint64 *v,
                    gsize    n)
{
  for (gsize i = 1; i < n; i++)
    {
      guint64 x = v[i];
      gsize   j = i;

      for (; j > 0 && v[j - 1] > x; j--)
        v[j] = v[j - 1];
      v[j] = x;
    }
}

/* Headings and sentences have a few bigrams, sorted by insertion; longer
 * texts (a passage, a plan) by qsort(), which stays O(n log n) whatever
 * the text. */
static void
sort_u64 (guint64 *v,
          gsize    n)
{
  if (n <= 24)
    insertion_sort_u64 (v, n);
  else
    qsort (v, n, sizeof *v, compare_u64);
}

void
_fazhi_bigrams_collect (const char *text,
                        gsize       length,
                        GArray     *out)
{
  const char *p = text;
  const char *end = text + length;
  gunichar    prev = 0;
  guint       start = out->len;
  guint       n = start;
  guint       kept = start;
  guint       limit;
  guint64    *v;

  ensure_generic_set ();

  /* Every bigram ends with a CJK character of three bytes, so there are
   * at most @length / 3 of them: room is made once, not per bigram. */
  limit = start + length / 3;
  g_array_set_size (out, limit);
  v = &g_array_index (out, guint64, 0);

  while (p < end)
    {
      gunichar c = char_at (p, end);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (_fazhi_is_cjk (c))
        {
          if (prev != 0 && n < limit)
            v[n++] = ((guint64) prev << 32) | c;
          prev = c;
        }
      else
        prev = 0;
      p = g_utf8_next_char (p);
    }

  /* Sorted and without repeats; the generic bigrams are left out on the
   * way. */
  sort_u64 (v + start, n - start);
  for (guint i = start; i < n; i++)
    {
      if (i > start && v[i] == v[i - 1])
        continue;
      if (is_generic (v[i]))
        continue;
      v[kept++] = v[i];
    }
  g_array_set_size (out, kept);
}

/* Inlined into _fazhi_bigrams_dice(), which the reader calls for every
 * heading and catalog entry. */
static inline guint
count_common (const guint64 *a,
              guint          n_a,
              const guint64 *b,
              guint          n_b)
{
  const guint64 *a_end = a + n_a;
  const guint64 *b_end = b + n_b;
  guint64        x;
  guint64        y;
  guint          common = 0;

  /* Sets that do not overlap share nothing. */
  if (n_a == 0 || n_b == 0 || a[n_a - 1] < b[0] || b[n_b - 1] < a[0])
    return 0;

  /* The current pair stays in registers and each step tests only the
   * end of the side that moved. */
  x = *a;
  y = *b;
  for (;;)
    {
      if (x < y)
        {
          if (++a == a_end)
            break;
          x = *a;
        }
      else if (y < x)
        {
          if (++b == b_end)
            break;
          y = *b;
        }
      else
        {
          common++;
          if (++a == a_end || ++b == b_end)
            break;
          x = *a;
          y = *b;
        }
    }
  return common;
}

double
_fazhi_bigrams_dice (const guint64 *a,
                     guint          n_a,
                     const guint64 *b,
                     guint          n_b)
{
  if (n_a + n_b == 0)
    return 0.0;

  return 2.0 * count_common (a, n_a, b, n_b) / (n_a + n_b);
}

guint
_fazhi_bigrams_common (const guint64 *a,
                       guint          n_a,
                       const guint64 *b,
                       guint          n_b)
{
  return count_common (a, n_a, b, n_b);
}
