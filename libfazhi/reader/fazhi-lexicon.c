/* fazhi-lexicon.c: the catalogs compiled for reading
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "fazhi-reader-private.h"

static float
phrase_weight (const char *normalized)
{
  glong chars = g_utf8_strlen (normalized, -1);

  /* Two characters are often shared by accident; six say a lot. */
  return (float) MIN (chars, 6) / 3.0f;
}

static void
add_phrase (FazhiLexicon    *self,
            const char      *text,
            FazhiPhraseGroup group,
            guint            catalog,
            guint            entry,
            gboolean         is_title)
{
  g_autofree char *normalized = _fazhi_normalize (text, -1);
  FazhiPhraseInfo  info = { group, catalog, entry, phrase_weight (normalized), is_title };

  if (_fazhi_matcher_add (self->matcher, normalized, self->phrases->len))
    g_array_append_val (self->phrases, info);
}

static void
add_catalog (FazhiLexicon    *self,
             FazhiCatalog    *catalog,
             FazhiPhraseGroup group,
             guint            catalog_index)
{
  guint n = fazhi_catalog_get_n_entries (catalog);

  for (guint i = 0; i < n; i++)
    {
      FazhiCatalogEntry  *entry = fazhi_catalog_get_entry (catalog, i);
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
  FazhiLexicon  *self = g_atomic_rc_box_new0 (FazhiLexicon);
  g_auto (GStrv) ids = fazhi_catalog_list_builtin ();

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
      FazhiCatalog   *catalog = g_ptr_array_index (self->outlines, c);
      guint           n = fazhi_catalog_get_n_entries (catalog);
      FazhiBigramSet *sets = g_new0 (FazhiBigramSet, n + 1);

      add_catalog (self, catalog, FAZHI_PHRASE_AREA, c);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char   *title = _fazhi_normalize (fazhi_catalog_entry_get_title (fazhi_catalog_get_entry (catalog, i)), -1);
          g_autoptr (GArray) bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));

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
