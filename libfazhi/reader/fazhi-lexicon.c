/* fazhi-lexicon.c: the catalogs compiled for reading
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fazhi-reader-private.h"

/* Two-character words every heading of every area uses; they would make
 * all areas look alike. */
static const char * const generic_bigrams[] = {
  "法治", "治政", "政府", "府建", "建设", "设情", "情况", "依法", "推进", "加强",
  "强化", "完善", "健全", "全面", "体系", "工作", "进一", "一步", "不断", "持续",
  "深入", "切实", "提高", "提升", "开展", "主要", "有关", "相关", "年度", "我局",
  "我县", "我市", "我区", "积极", "认真", "扎实", "着力", "努力", "坚持", "进行",
  "机制", "制度", "规范", "化、", "建立", "全年", "今年", "县政", "市政", "区政",
};

static GHashTable *generic_set;

static inline gboolean
is_cjk (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

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
          gunichar a = g_utf8_get_char (s);
          gunichar b = g_utf8_get_char (g_utf8_next_char (s));
          guint64 *key = g_new (guint64, 1);

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
  gunichar prev = 0;
  guint start = out->len;
  guint kept = start;

  ensure_generic_set ();

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (is_cjk (c))
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
  guint i = 0, j = 0, common = 0;

  if (n_a + n_b == 0)
    return 0.0;

  while (i < n_a && j < n_b)
    {
      if (a[i] == b[j])
        common++, i++, j++;
      else if (a[i] < b[j])
        i++;
      else
        j++;
    }

  return 2.0 * common / (n_a + n_b);
}

static float
phrase_weight (const char *normalized)
{
  glong chars = g_utf8_strlen (normalized, -1);

  /* Two characters are often shared by accident; six say a lot. */
  return (float) MIN (chars, 6) / 3.0f;
}

static void
add_phrase (FazhiLexicon     *self,
            const char       *text,
            FazhiPhraseGroup  group,
            guint             catalog,
            guint             entry,
            gboolean          is_title)
{
  g_autofree char *normalized = _fazhi_normalize (text, -1);
  FazhiPhraseInfo info = { group, catalog, entry, phrase_weight (normalized), is_title };

  if (_fazhi_matcher_add (self->matcher, normalized, self->phrases->len))
    g_array_append_val (self->phrases, info);
}

static void
add_catalog (FazhiLexicon     *self,
             FazhiCatalog     *catalog,
             FazhiPhraseGroup  group,
             guint             catalog_index)
{
  guint n = fazhi_catalog_get_n_entries (catalog);

  for (guint i = 0; i < n; i++)
    {
      FazhiCatalogEntry *entry = fazhi_catalog_get_entry (catalog, i);
      const char * const *keywords = fazhi_catalog_entry_get_keywords (entry);

      add_phrase (self, fazhi_catalog_entry_get_title (entry), group, catalog_index, i, TRUE);
      for (guint k = 0; keywords[k] != NULL; k++)
        add_phrase (self, keywords[k], group, catalog_index, i, FALSE);
    }
}

static void
free_bigram_sets (gpointer data)
{
  FazhiBigramSet *sets = data;

  /* The array is terminated by an entry with n_bigrams == G_MAXUINT. */
  for (guint i = 0; sets[i].n_bigrams != G_MAXUINT; i++)
    g_free (sets[i].bigrams);
  g_free (sets);
}

static void
lexicon_free (FazhiLexicon *self)
{
  _fazhi_matcher_free (self->matcher);
  g_array_unref (self->phrases);
  g_ptr_array_unref (self->outlines);
  g_ptr_array_unref (self->title_bigrams);
  g_clear_object (&self->parts);
  g_clear_object (&self->duties);
  g_clear_object (&self->genres);
}

FazhiLexicon *
_fazhi_lexicon_new (GPtrArray *extra_outlines)
{
  FazhiLexicon *self = g_atomic_rc_box_new0 (FazhiLexicon);
  g_auto(GStrv) ids = fazhi_catalog_list_builtin ();

  self->matcher = _fazhi_matcher_new ();
  self->phrases = g_array_new (FALSE, FALSE, sizeof (FazhiPhraseInfo));
  self->outlines = g_ptr_array_new_with_free_func (g_object_unref);
  self->title_bigrams = g_ptr_array_new_with_free_func (free_bigram_sets);
  self->parts = g_object_ref (fazhi_catalog_get_builtin ("parts"));
  self->duties = g_object_ref (fazhi_catalog_get_builtin ("duties-2016"));
  self->genres = g_object_ref (fazhi_catalog_get_builtin ("genres"));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      FazhiCatalog *catalog = fazhi_catalog_get_builtin (ids[i]);

      if (catalog != NULL && fazhi_catalog_get_kind (catalog) == FAZHI_CATALOG_KIND_OUTLINE)
        g_ptr_array_add (self->outlines, g_object_ref (catalog));
    }
  for (guint i = 0; extra_outlines != NULL && i < extra_outlines->len; i++)
    g_ptr_array_add (self->outlines, g_object_ref (g_ptr_array_index (extra_outlines, i)));

  for (guint c = 0; c < self->outlines->len; c++)
    {
      FazhiCatalog *catalog = g_ptr_array_index (self->outlines, c);
      guint n = fazhi_catalog_get_n_entries (catalog);
      FazhiBigramSet *sets = g_new0 (FazhiBigramSet, n + 1);

      add_catalog (self, catalog, FAZHI_PHRASE_AREA, c);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *title = _fazhi_normalize (fazhi_catalog_entry_get_title (fazhi_catalog_get_entry (catalog, i)), -1);
          g_autoptr(GArray) bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));

          _fazhi_bigrams_collect (title, strlen (title), bigrams);
          sets[i].n_bigrams = bigrams->len;
          sets[i].bigrams = (guint64 *) g_array_free (g_steal_pointer (&bigrams), FALSE);
        }
      sets[n].n_bigrams = G_MAXUINT;
      g_ptr_array_add (self->title_bigrams, sets);
    }

  add_catalog (self, self->parts, FAZHI_PHRASE_PART, 0);
  add_catalog (self, self->duties, FAZHI_PHRASE_DUTY, 0);
  add_catalog (self, self->genres, FAZHI_PHRASE_GENRE, 0);
  _fazhi_matcher_build (self->matcher);

  return self;
}

FazhiLexicon *
_fazhi_lexicon_ref (FazhiLexicon *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
_fazhi_lexicon_unref (FazhiLexicon *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) lexicon_free);
}
