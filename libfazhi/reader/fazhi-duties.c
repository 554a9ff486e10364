/* fazhi-duties.c: evidence of the principal leaders' duties
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The evidence of a duty is the sentence that shows it ("对法治建设重要工作
 * 亲自部署、重大问题亲自过问…"), wherever in the report it stands; the duty
 * is recognised by the phrases of the duties catalog.
 */

#include "config.h"

#include <string.h>

#include "fazhi-reader-private.h"
#include "fazhi-report-private.h"
#include "fazhi-util-private.h"

typedef struct
{
  FazhiReadState       *state;
  const FazhiParagraph *paragraph;
  GArray               *duties; /* FazhiDutyRecord */
  GHashTable           *seen;   /* "duty@sentence-start" already reported */
} DutyScan;

static void
duty_hit (guint32  id,
          gsize    start,
          gsize    end,
          gpointer user_data)
{
  DutyScan              *scan = user_data;
  const FazhiPhraseInfo *info = &g_array_index (scan->state->lexicon->phrases, FazhiPhraseInfo, id);
  const FazhiParagraph  *paragraph = scan->paragraph;
  const char            *text = paragraph->text;
  gsize                  from = start;
  gsize                  to = end;
  const char            *slug;
  g_autofree char       *key = NULL;
  g_autofree char       *original = NULL;
  FazhiDutyRecord        record;

  if (info->group != FAZHI_PHRASE_DUTY)
    return;

  while (from >= 3 && !_fazhi_is_sentence_end (text + from - 3))
    from = g_utf8_find_prev_char (text, text + from) - text;
  while (to + 3 <= paragraph->length && !_fazhi_is_sentence_end (text + to))
    to = g_utf8_next_char (text + to) - text;
  if (to < paragraph->length)
    to += 3; /* keep the full stop */

  slug = fazhi_catalog_entry_get_slug (fazhi_catalog_get_entry (scan->state->lexicon->duties, info->entry));
  key = g_strdup_printf ("%s@%" G_GSIZE_FORMAT, slug, _fazhi_paragraph_to_norm (paragraph, from));
  if (!g_hash_table_add (scan->seen, g_steal_pointer (&key)))
    return;

  original = _fazhi_paragraph_dup_original (scan->state->document, paragraph, from, to);
  record.duty = slug;
  record.text = g_strdup (g_strstrip (original));
  record.line = _fazhi_paragraph_to_line (paragraph, start);
  g_array_append_val (scan->duties, record);
}

void
_fazhi_find_duty_evidence (FazhiReadState       *state,
                           const FazhiParagraph *paragraph,
                           GArray               *duties,
                           GHashTable           *seen)
{
  DutyScan scan = { state, paragraph, duties, seen };

  _fazhi_read_state_scan (state, paragraph, duty_hit, &scan);
}
