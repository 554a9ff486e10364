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

static void
split_sentences (FazhiReportText      *self,
                 guint                 section,
                 const FazhiParagraph *paragraph)
{
  const char *s = paragraph->text;
  gsize       start = 0;

  for (gsize i = 0; i < paragraph->length;)
    {
      gsize next = g_utf8_next_char (s + i) - s;

      if ((next - i == 3 && _fazhi_is_sentence_end (s + i)) || next >= paragraph->length)
        {
          FazhiSentence sentence = { section, paragraph, start, MIN (next, paragraph->length), 0 };

          sentence.line = _fazhi_paragraph_to_line (paragraph, start);
          if (sentence.end > sentence.start)
            g_array_append_val (self->sentences, sentence);
          start = next;
        }
      i = next;
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

  self->report = g_object_ref (report);
  self->sections = g_ptr_array_new_full (n, NULL);
  self->documents = g_ptr_array_new_full (n, clear_document);
  self->paragraphs = g_ptr_array_new_full (n, (GDestroyNotify) g_ptr_array_unref);
  self->sentences = g_array_new (FALSE, FALSE, sizeof (FazhiSentence));

  for (guint i = 0; i < n; i++)
    {
      FazhiSection  *section = _fazhi_report_list_peek (sections, i);
      const char    *body = fazhi_section_get_body (section);
      guint          line = fazhi_section_get_body_line (section);
      GPtrArray     *paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
      FazhiDocument *document = NULL;
      gsize          start = 0, end = 0;

      /* A body the reader just read is still there, normalised, in the
       * report's document; any other body is normalised afresh. Both give
       * the same paragraphs and lines. */
      if (body != NULL && *body != '\0')
        {
          if (_fazhi_section_get_source (section, fazhi_report_get_document (report), &start, &end))
            document = g_object_ref (fazhi_report_get_document (report));
          else
            document = _fazhi_document_new_from_text_at (body, -1, NULL,
                                                         line ? line : fazhi_section_get_line (section), NULL);
          if (document != NULL && end == 0)
            _fazhi_document_get_norm (document, &end);
        }
      if (document != NULL)
        {
          _fazhi_document_collect_paragraphs (document, start, end, paragraphs);
          for (guint p = 0; p < paragraphs->len; p++)
            split_sentences (self, i, g_ptr_array_index (paragraphs, p));
        }
      /* A NULL document keeps the arrays indexed by section. */
      g_ptr_array_add (self->sections, section);
      g_ptr_array_add (self->documents, document);
      g_ptr_array_add (self->paragraphs, paragraphs);
    }

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
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
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

FazhiSection *
_fazhi_report_text_get_section (FazhiReportText *self,
                                guint            index)
{
  /* The report, which this text holds, keeps its sections. */
  return g_ptr_array_index (self->sections, index);
}
