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

void
_fazhi_key_set_clear (FazhiKeySet *set)
{
  g_clear_pointer (&set->slots, g_free);
  set->capacity = set->n_keys = 0;
}

static inline gsize
key_slot (guint64 key,
          gsize   mask)
{
  return (gsize) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32) & mask;
}

/* Adds @key; FALSE if it was there already. */
static gboolean
key_set_add (FazhiKeySet *set,
             guint64      key)
{
  gsize slot;

  /* The low 48 bits are a text offset, never all ones: key + 1 is not 0. */
  key++;
  if (set->capacity > 0)
    for (slot = key_slot (key, set->capacity - 1); set->slots[slot] != 0; slot = (slot + 1) & (set->capacity - 1))
      if (set->slots[slot] == key)
        return FALSE;

  /* At most half full, so probes stay short. */
  if (2 * (set->n_keys + 1) > set->capacity)
    {
      gsize    capacity = MAX (set->capacity * 2, 64);
      guint64 *slots = g_new0 (guint64, capacity);

      for (gsize i = 0; i < set->capacity; i++)
        if (set->slots[i] != 0)
          {
            gsize s = key_slot (set->slots[i], capacity - 1);

            while (slots[s] != 0)
              s = (s + 1) & (capacity - 1);
            slots[s] = set->slots[i];
          }
      g_free (set->slots);
      set->slots = slots;
      set->capacity = capacity;
    }
  for (slot = key_slot (key, set->capacity - 1); set->slots[slot] != 0; slot = (slot + 1) & (set->capacity - 1))
    ;
  set->slots[slot] = key;
  set->n_keys++;
  return TRUE;
}

typedef struct
{
  FazhiReadState       *state;
  const FazhiParagraph *paragraph;
  GArray               *duties; /* FazhiDutyRecord */
  FazhiKeySet          *seen;   /* duty and sentence start (see the key below), already reported */

  /* Several phrases of a duty often stand in one sentence. The last hit's
   * start and where its sentence starts: the walk back from a later hit
   * that reaches that start ends where that one did. */
  gsize last_start;
  gsize last_from;
  /* The last key looked up (and so in @seen): duty and sentence start. */
  guint last_entry;
  gsize last_key_from;
} DutyScan;

/* A hit of a duty phrase. Kept out of line: the loop below sees every
 * phrase of the lexicon and most are not duties, which then need none of this
 * function's stack frame and cleanups. */
static G_GNUC_NO_INLINE void
duty_sentence (DutyScan              *scan,
               const FazhiPhraseInfo *info,
               gsize                  start,
               gsize                  end)
{
  const FazhiParagraph *paragraph = scan->paragraph;
  const char           *text = paragraph->text;
  gsize                 from = start;
  gsize                 to = end;
  const char           *slug;
  guint64               key;
  g_autofree char      *original = NULL;
  FazhiDutyRecord       record;

  while (from >= 3 && !_fazhi_is_sentence_end (text + from - 3))
    {
      if (from == scan->last_start)
        {
          from = scan->last_from;
          break;
        }
      /* Back one character: the paragraph starts with a whole one, so a
       * lead byte is always found (g_utf8_find_prev_char, inline). */
      do
        from--;
      while (from > 0 && ((guchar) text[from] & 0xC0) == 0x80);
    }
  scan->last_start = start;
  scan->last_from = from;

  if (info->entry == scan->last_entry && from == scan->last_key_from)
    return;
  scan->last_entry = info->entry;
  scan->last_key_from = from;

  /* A duty's sentence counts once: the key is the duty's entry in the
   * high bits and where the sentence starts in the document below. */
  key = ((guint64) info->entry << 48) | _fazhi_paragraph_to_norm (paragraph, from);
  if (!key_set_add (scan->seen, key))
    return;

  while (to + 3 <= paragraph->length && !_fazhi_is_sentence_end (text + to))
    to = g_utf8_next_char (text + to) - text;
  if (to < paragraph->length)
    to += 3; /* keep the full stop */

  slug = fazhi_catalog_entry_get_slug (fazhi_catalog_get_entry (scan->state->lexicon->duties, info->entry));
  original = _fazhi_paragraph_dup_original (scan->state->document, paragraph, from, to);
  record.duty = slug;
  /* g_strstrip moves the text to the start of its own string. */
  record.text = g_strstrip (g_steal_pointer (&original));
  record.line = _fazhi_paragraph_to_line (paragraph, start);
  g_array_append_val (scan->duties, record);
}

void
_fazhi_find_duty_evidence (FazhiReadState       *state,
                           const FazhiParagraph *paragraph,
                           const FazhiHit       *hits,
                           gsize                 n_hits,
                           GArray               *duties,
                           FazhiKeySet          *seen)
{
  const FazhiPhraseInfo *phrases = (const FazhiPhraseInfo *) state->lexicon->phrases->data;
  DutyScan               scan = { state, paragraph, duties, seen, G_MAXSIZE, 0, G_MAXUINT, 0 };

  for (gsize i = 0; i < n_hits; i++)
    {
      const FazhiPhraseInfo *info = &phrases[hits[i].id];

      if (info->group == FAZHI_PHRASE_DUTY)
        duty_sentence (&scan, info, hits[i].start, hits[i].end);
    }
}
