/* fazhi-report-text.c: a report's prose, split for rules
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Rules read the report as the model gives it — section bodies with their
 * lines — not the original file, so a report read back from JSON is
 * checked exactly like one just parsed.
 */

#include "config.h"

#include <string.h>

#include "fazhi-check-context-private.h"
#include "fazhi-report-private.h"
#include "fazhi-util-private.h"

/* Nonzero when some byte of @w may be E3 or EF, the lead bytes of 。 and of
 * ！？；: exact as to whether there is one (a borrow can only mark bytes
 * above a hit). */
static inline guint64
may_lead_sentence_end (guint64 w)
{
  return _fazhi_word_has_byte (w, 0xE3) | _fazhi_word_has_byte (w, 0xEF);
}

/* Where the sentence that starts at @i ends: just after the next 。！？；
 * or at the end of the paragraph. In UTF-8 a byte E3 or EF only ever
 * leads a character, so the text is searched for those bytes, whole words
 * without one skipped, rather than decoded character by character. */
static gsize
sentence_end (const char *s,
              gsize       i,
              gsize       length)
{
  for (; i + 8 <= length; i += 8)
    {
      guint64 hits = may_lead_sentence_end (_fazhi_load_u64 (s + i));

#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined(__GNUC__)
      /* The lowest mark is a hit; those above it are checked anyway. */
      for (; hits != 0; hits &= hits - 1)
        {
          gsize k = i + (guint) __builtin_ctzll (hits) / 8;

          if (k + 3 <= length && _fazhi_is_sentence_end (s + k))
            return k + 3;
        }
#else
      for (gsize k = i; hits != 0 && k < i + 8; k++)
        if (k + 3 <= length && _fazhi_is_sentence_end (s + k))
          return k + 3;
#endif
    }
  for (; i < length; i++)
    if (i + 3 <= length && _fazhi_is_sentence_end (s + i))
      return i + 3;
  return length;
}

static void
split_sentences (FazhiReportText      *self,
                 guint                 section,
                 const FazhiParagraph *paragraph)
{
  for (gsize start = 0; start < paragraph->length;)
    {
      FazhiSentence sentence = { section, paragraph, start, 0, 0 };

      sentence.end = sentence_end (paragraph->text, start, paragraph->length);
      sentence.line = _fazhi_paragraph_to_line (paragraph, start);
      g_array_append_val (self->sentences, sentence);
      start = sentence.end;
    }
}

static void
clear_document (gpointer document)
{
  if (document != NULL)
    g_object_unref (document);
}

FazhiReportText *
_fazhi_report_text_new (FazhiReport *report)
{
  FazhiReportText *self = g_new0 (FazhiReportText, 1);
  GListModel      *sections = fazhi_report_get_sections (report);
  guint            n = g_list_model_get_n_items (sections);
  FazhiDocument   *own = fazhi_report_get_document (report);
  gsize            size = 0;

  self->report = g_object_ref (report);
  self->sections = g_array_sized_new (FALSE, FALSE, sizeof (FazhiSectionView), n);
  g_array_set_size (self->sections, n);
  self->documents = g_ptr_array_new_full (n, clear_document);
  self->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
  self->first_paragraph = g_new (guint, n + 1);

  /* Sentences run some forty bytes: room for nearly all of them at once. */
  for (guint i = 0; i < n; i++)
    {
      FazhiSectionView *view = &g_array_index (self->sections, FazhiSectionView, i);

      _fazhi_section_view_init (view, sections, i);
      size += view->body != NULL ? strlen (view->body) : 0;
    }
  self->sentences = g_array_sized_new (FALSE, FALSE, sizeof (FazhiSentence), size / 32 + 16);

  for (guint i = 0; i < n; i++)
    {
      const FazhiSectionView *view = &g_array_index (self->sections, FazhiSectionView, i);
      const char             *body = view->body;
      guint                   line = view->body_line;
      FazhiDocument          *document = NULL;
      gsize                   start = 0, end = 0;

      self->first_paragraph[i] = self->paragraphs->len;
      /* A body the reader just read is still there, normalised, in the
       * report's document; any other body is normalised afresh. Both give
       * the same paragraphs and lines. */
      if (body != NULL && *body != '\0')
        {
          if (_fazhi_section_view_get_source (view, own, &start, &end))
            document = g_object_ref (own);
          else
            document = _fazhi_document_new_from_text_at (body, -1, NULL, line ? line : view->line, NULL);
          if (document != NULL && end == 0)
            _fazhi_document_get_norm (document, &end);
        }
      if (document != NULL)
        {
          _fazhi_document_collect_paragraphs (document, start, end, self->paragraphs);
          for (guint p = self->first_paragraph[i]; p < self->paragraphs->len; p++)
            split_sentences (self, i, g_ptr_array_index (self->paragraphs, p));
        }
      /* A NULL document keeps the arrays indexed by section. */
      g_ptr_array_add (self->documents, document);
    }
  self->first_paragraph[n] = self->paragraphs->len;

  return self;
}

void
_fazhi_report_text_free (FazhiReportText *self)
{
  if (self == NULL)
    return;
  /* Sentences point into the paragraphs. */
  g_clear_pointer (&self->sentences, g_array_unref);
  g_clear_pointer (&self->paragraphs, g_ptr_array_unref);
  g_clear_pointer (&self->first_paragraph, g_free);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->sections, g_array_unref);
  g_clear_object (&self->report);
  g_free (self);
}

char *
_fazhi_report_text_dup_original (FazhiReportText     *self,
                                 const FazhiSentence *sentence)
{
  FazhiDocument   *document = g_ptr_array_index (self->documents, sentence->section);
  g_autofree char *original = _fazhi_paragraph_dup_original (document, sentence->paragraph,
                                                             sentence->start, sentence->end);

  return g_strstrip (g_steal_pointer (&original));
}

const FazhiSectionView *
_fazhi_report_text_get_section (FazhiReportText *self,
                                guint            index)
{
  /* The report, which this text holds, keeps what the views point to. */
  return &g_array_index (self->sections, FazhiSectionView, index);
}
