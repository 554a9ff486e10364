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

static GHashTable *generic_set;

static gboolean
is_generic (guint64 bigram)
{
  return g_hash_table_contains (generic_set, &bigram);
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
      GHashTable *set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (generic_bigrams); i++)
        {
          const char *s = generic_bigrams[i];
          gunichar    a = g_utf8_get_char (s);
          gunichar    b = g_utf8_get_char (g_utf8_next_char (s));
          guint64    *key = g_new (guint64, 1);

          *key = ((guint64) a << 32) | b;
          g_hash_table_add (set, key);
        }
      generic_set = set;
      g_once_init_leave (&initialized, 1);
    }
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
  guint       kept = start;

  ensure_generic_set ();

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (_fazhi_is_cjk (c))
        {
          if (prev != 0)
            {
              guint64 bigram = ((guint64) prev << 32) | c;

              if (!is_generic (bigram))
                g_array_append_val (out, bigram);
            }
          prev = c;
        }
      else
        prev = 0;
      p = g_utf8_next_char (p);
    }

  if (out->len - start > 1)
    qsort (&g_array_index (out, guint64, start), out->len - start, sizeof (guint64), compare_u64);
  for (guint i = start; i < out->len; i++)
    if (i == start || g_array_index (out, guint64, i) != g_array_index (out, guint64, kept - 1))
      g_array_index (out, guint64, kept++) = g_array_index (out, guint64, i);
  g_array_set_size (out, kept);
}

double
_fazhi_bigrams_dice (const guint64 *a,
                     guint          n_a,
                     const guint64 *b,
                     guint          n_b)
{
  if (n_a + n_b == 0)
    return 0.0;

  return 2.0 * _fazhi_bigrams_common (a, n_a, b, n_b) / (n_a + n_b);
}

guint
_fazhi_bigrams_common (const guint64 *a,
                       guint          n_a,
                       const guint64 *b,
                       guint          n_b)
{
  guint i = 0, j = 0, common = 0;

  while (i < n_a && j < n_b)
    {
      if (a[i] == b[j])
        common++, i++, j++;
      else if (a[i] < b[j])
        i++;
      else
        j++;
    }
  return common;
}
