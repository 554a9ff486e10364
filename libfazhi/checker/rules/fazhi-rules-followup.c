/* fazhi-rules-followup.c: what became of last year's report?
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * target-not-followed-up, recurring-shortcoming, copied-from-previous,
 * figure-inconsistent. All need last year's report of the same agency.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fazhi-bigrams-private.h"
#include "fazhi-document-private.h"
#include "fazhi-rules-private.h"
#include "fazhi-util-private.h"

/* target-not-followed-up --------------------------------------------- */

static void
check_target_not_followed_up (FazhiRule         *rule,
                              FazhiCheckContext *context,
                              gpointer           user_data)
{
  GArray *items = _fazhi_check_context_get_followup (context);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      FazhiFollowup   *followup = g_array_index (items, FazhiFollowupItem, i).followup;
      g_autofree char *label = NULL;
      g_autofree char *message = NULL;

      if (fazhi_followup_get_kind (followup) != FAZHI_FOLLOWUP_KIND_TARGET ||
          fazhi_followup_get_status (followup) != FAZHI_TARGET_STATUS_NO_EVIDENCE)
        continue;
      label = _fazhi_rules_label (fazhi_followup_get_heading (followup), fazhi_followup_get_text (followup));
      /* Nothing in this report to point at: the target is only in last
       * year's. */
      message = g_strdup_printf (_ ("Nothing in this report follows up last year's target “%s” (line %u of last year's report)"),
                                 label, fazhi_followup_get_line (followup));
      fazhi_check_context_add (context, 0, message);
    }
}

/* recurring-shortcoming ---------------------------------------------- */

static void
check_recurring_shortcoming (FazhiRule         *rule,
                             FazhiCheckContext *context,
                             gpointer           user_data)
{
  GArray *items = _fazhi_check_context_get_followup (context);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      const FazhiFollowupItem *item = &g_array_index (items, FazhiFollowupItem, i);
      g_autofree char         *label = NULL;
      g_autofree char         *message = NULL;

      if (item->recurring_line == 0)
        continue;
      label = _fazhi_rules_label (fazhi_followup_get_heading (item->followup), fazhi_followup_get_text (item->followup));
      message = g_strdup_printf (_ ("The shortcoming “%s” repeats last year's (line %u of last year's report) almost word for word"),
                                 label, fazhi_followup_get_line (item->followup));
      fazhi_check_context_add (context, item->recurring_line, message);
    }
}

/* copied-from-previous ----------------------------------------------- */

/* A copied passage is this many consecutive sentences, or two or more
 * with this many characters within one paragraph. A single sentence is
 * never one, however long: reports open with the same long sentence
 * every year. */
#define COPY_MIN_SENTENCES 3
#define COPY_MIN_CHARS     150

/* Sentences shorter than this match by chance, and standard ones
 * (坚持以习近平法治思想为指导…, 现将有关情况报告如下) are expected to
 * recur: they neither count nor break a run. */
#define COPY_SHORT_CHARS 8

static const char * const standard_words[] = {
  "习近平",
  "为指导",
  "为遵循",
  "报告如下",
};

/* Near-identical: this Dice similarity over character pairs, digits
 * included, so a sentence whose figures were updated is not a copy. */
#define COPY_SIMILARITY 0.9

/* Near-identical candidates are the sentences sharing one of this many
 * of the sentence's rarest pairs; pairs in more sentences than
 * COPY_MAX_POSTINGS are too common to look up. */
#define COPY_PROBES       8
#define COPY_MAX_POSTINGS 64

typedef struct
{
  guint64 bigram;
  guint   sentence;
} Posting;

typedef struct
{
  char *key;    /* text without spaces and final punctuation */
  guint chars;  /* characters that carry meaning (letters, digits, CJK) */
  guint offset; /* of its pairs in a shared array */
  guint length;
} SentenceKey;

static void
sentence_key_clear (gpointer data)
{
  SentenceKey *key = data;

  g_clear_pointer (&key->key, g_free);
}

static int
compare_u64 (const void *a,
             const void *b)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

static int
compare_postings (const void *a,
                  const void *b)
{
  const Posting *pa = a;
  const Posting *pb = b;

  if (pa->bigram != pb->bigram)
    return pa->bigram < pb->bigram ? -1 : 1;
  return pa->sentence < pb->sentence ? -1 : pa->sentence > pb->sentence;
}

/* The key and the pairs of adjacent meaningful characters of a sentence
 * (CJK, letters, digits; punctuation and spaces skipped), appended sorted
 * and de-duplicated to @bigrams. */
static void
sentence_key_init (SentenceKey         *key,
                   const FazhiSentence *sentence,
                   GArray              *bigrams)
{
  const char *p = sentence->paragraph->text + sentence->start;
  const char *end = sentence->paragraph->text + sentence->end;
  GString    *text = g_string_sized_new (end - p);
  gunichar    prev = 0;
  guint       kept;

  key->chars = 0;
  key->offset = bigrams->len;
  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        continue;
      g_string_append_unichar (text, c);
      if (!g_unichar_isalnum (c))
        continue;
      key->chars++;
      if (prev != 0)
        {
          guint64 bigram = ((guint64) prev << 32) | c;

          g_array_append_val (bigrams, bigram);
        }
      prev = c;
    }
  /* 。 and ； end a sentence either way. */
  while (text->len >= 3 && (memcmp (text->str + text->len - 3, "。", 3) == 0 ||
                            memcmp (text->str + text->len - 3, "；", 3) == 0 ||
                            memcmp (text->str + text->len - 3, "！", 3) == 0 ||
                            memcmp (text->str + text->len - 3, "？", 3) == 0))
    g_string_truncate (text, text->len - 3);
  key->key = g_string_free (text, FALSE);

  if (bigrams->len - key->offset > 1)
    qsort (&g_array_index (bigrams, guint64, key->offset), bigrams->len - key->offset, sizeof (guint64), compare_u64);
  kept = key->offset;
  for (guint i = key->offset; i < bigrams->len; i++)
    if (i == key->offset || g_array_index (bigrams, guint64, i) != g_array_index (bigrams, guint64, kept - 1))
      g_array_index (bigrams, guint64, kept++) = g_array_index (bigrams, guint64, i);
  g_array_set_size (bigrams, kept);
  key->length = kept - key->offset;
}

/* Last year's sentences: by key for identical ones, by pair for the
 * others. */
typedef struct
{
  FazhiReportText *text;
  GArray          *keys;     /* SentenceKey */
  GArray          *bigrams;  /* guint64 */
  GArray          *postings; /* Posting, sorted */
  GHashTable      *by_key;   /* key → index + 1 */
} Index;

static void
index_init (Index           *index,
            FazhiReportText *text)
{
  GArray *sentences = text->sentences;

  index->text = text;
  index->keys = g_array_sized_new (FALSE, TRUE, sizeof (SentenceKey), sentences->len);
  g_array_set_clear_func (index->keys, sentence_key_clear);
  index->bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));
  index->postings = g_array_new (FALSE, FALSE, sizeof (Posting));
  index->by_key = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint k = 0; k < sentences->len; k++)
    {
      SentenceKey key;

      sentence_key_init (&key, &g_array_index (sentences, FazhiSentence, k), index->bigrams);
      g_array_append_val (index->keys, key);
      for (guint i = key.offset; i < key.offset + key.length; i++)
        {
          Posting posting = { g_array_index (index->bigrams, guint64, i), k };

          g_array_append_val (index->postings, posting);
        }
    }
  /* Keys are stable once the array is complete; the first of equal
   * sentences wins. */
  for (guint k = sentences->len; k > 0; k--)
    g_hash_table_insert (index->by_key, g_array_index (index->keys, SentenceKey, k - 1).key, GUINT_TO_POINTER (k));
  qsort (index->postings->data, index->postings->len, sizeof (Posting), compare_postings);
}

static void
index_clear (Index *index)
{
  g_clear_pointer (&index->by_key, g_hash_table_unref);
  g_clear_pointer (&index->keys, g_array_unref);
  g_clear_pointer (&index->bigrams, g_array_unref);
  g_clear_pointer (&index->postings, g_array_unref);
}

/* The postings of @bigram: [*first, return value). */
static guint
index_postings (const Index *index,
                guint64      bigram,
                guint       *first)
{
  const Posting *postings = (const Posting *) (gpointer) index->postings->data;
  guint          lo = 0, hi = index->postings->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (postings[mid].bigram < bigram)
        lo = mid + 1;
      else
        hi = mid;
    }
  *first = lo;
  while (hi < index->postings->len && postings[hi].bigram == bigram)
    hi++;
  return MAX (hi, lo);
}

typedef struct
{
  guint64 bigram;
  guint   frequency;
} Probe;

static int
compare_probes (const void *a,
                const void *b)
{
  const Probe *pa = a;
  const Probe *pb = b;

  return pa->frequency < pb->frequency ? -1 : pa->frequency > pb->frequency;
}

/* The sentence of last year's that @key repeats, + 1, or 0. */
static guint
index_find (const Index       *index,
            const SentenceKey *key,
            const guint64     *bigrams)
{
  g_autoptr (GArray)     probes = NULL;
  g_autoptr (GHashTable) tried = NULL;
  gpointer               found = g_hash_table_lookup (index->by_key, key->key);
  double                 best = COPY_SIMILARITY;
  guint                  match = 0;

  if (found != NULL)
    return GPOINTER_TO_UINT (found);
  if (key->length == 0)
    return 0;

  /* A sentence at least COPY_SIMILARITY alike shares most pairs, so
   * shares some of the rarest ones: look at the sentences that have
   * those. */
  probes = g_array_new (FALSE, FALSE, sizeof (Probe));
  for (guint i = 0; i < key->length; i++)
    {
      Probe probe = { bigrams[i], 0 };
      guint first;

      probe.frequency = index_postings (index, bigrams[i], &first) - first;
      if (probe.frequency > 0 && probe.frequency <= COPY_MAX_POSTINGS)
        g_array_append_val (probes, probe);
    }
  qsort (probes->data, probes->len, sizeof (Probe), compare_probes);

  tried = g_hash_table_new (NULL, NULL);
  for (guint p = 0; p < probes->len && p < COPY_PROBES; p++)
    {
      guint first;
      guint last = index_postings (index, g_array_index (probes, Probe, p).bigram, &first);

      for (guint i = first; i < last; i++)
        {
          guint              sentence = g_array_index (index->postings, Posting, i).sentence;
          const SentenceKey *other = &g_array_index (index->keys, SentenceKey, sentence);
          double             dice;

          if (!g_hash_table_add (tried, GUINT_TO_POINTER (sentence + 1)))
            continue;
          dice = _fazhi_bigrams_dice (bigrams, key->length, &g_array_index (index->bigrams, guint64, other->offset),
                                      other->length);
          if (dice >= best)
            {
              best = dice;
              match = sentence + 1;
            }
        }
    }
  return match;
}

/* Whether a sentence counts towards a copied passage. */
static gboolean
counts (const SentenceKey *key)
{
  if (key->chars < COPY_SHORT_CHARS)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (standard_words); i++)
    if (strstr (key->key, standard_words[i]) != NULL)
      return FALSE;
  return TRUE;
}

static void
add_sentence_lines (GArray              *lines,
                    const FazhiSentence *sentence)
{
  guint first = sentence->line;
  guint last = _fazhi_paragraph_to_line (sentence->paragraph, sentence->end > sentence->start ? sentence->end - 1 : sentence->start);

  for (guint line = first; line <= MAX (first, last); line++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < lines->len; j++)
        seen |= g_array_index (lines, guint, j) == line;
      if (!seen)
        g_array_append_val (lines, line);
    }
}

/* A run of consecutive copied sentences in one section, from the first
 * that counts to the last. */
typedef struct
{
  guint section;
  guint first;           /* first sentence that counts */
  guint last;            /* one past the last */
  guint counted;         /* sentences that count */
  guint paragraph_chars; /* characters copied in the current paragraph */
  guint max_chars;       /* most in one paragraph */
  guint previous_line;   /* where last year's report has the first */
} Run;

static void
report_run (FazhiCheckContext *context,
            FazhiReportText   *text,
            const Run         *run)
{
  g_autoptr (GArray)   lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char     *message = NULL;
  g_autofree char     *start = NULL;
  const FazhiSentence *first = &g_array_index (text->sentences, FazhiSentence, run->first);
  FazhiFinding        *finding;

  if (run->counted < COPY_MIN_SENTENCES && (run->counted < 2 || run->max_chars < COPY_MIN_CHARS))
    return;

  for (guint k = run->first; k < run->last; k++)
    add_sentence_lines (lines, &g_array_index (text->sentences, FazhiSentence, k));
  start = _fazhi_report_text_dup_original (text, first);
  if (g_utf8_strlen (start, -1) > 20)
    {
      g_autofree char *cut = g_utf8_substring (start, 0, 20);

      g_free (start);
      start = g_strconcat (cut, "…", NULL);
    }
  message = g_strdup_printf (_ ("The passage “%s” is copied from last year's report (line %u there)"), start,
                             run->previous_line);
  finding = fazhi_check_context_add (context, first->line, message);
  fazhi_finding_set_lines (finding, (const guint *) (gpointer) lines->data, lines->len);
}

static void
check_copied_from_previous (FazhiRule         *rule,
                            FazhiCheckContext *context,
                            gpointer           user_data)
{
  FazhiReportText      *text = _fazhi_check_context_get_text (context);
  FazhiReportText      *previous = _fazhi_check_context_get_previous_text (context);
  g_autoptr (GArray)    bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));
  Index                 index;
  Run                   run = { 0, 0, 0, 0, 0, 0, 0 };
  gboolean              in_run = FALSE;
  const FazhiParagraph *paragraph = NULL;

  if (previous == NULL)
    return;
  index_init (&index, previous);

  for (guint k = 0; k <= text->sentences->len; k++)
    {
      const FazhiSentence *sentence = k < text->sentences->len ? &g_array_index (text->sentences, FazhiSentence, k) : NULL;
      SentenceKey          key = { NULL, 0, 0, 0 };
      guint                match = 0;

      if (sentence != NULL)
        {
          g_array_set_size (bigrams, 0);
          sentence_key_init (&key, sentence, bigrams);
          match = index_find (&index, &key, (const guint64 *) (gpointer) bigrams->data);
        }

      /* A run ends at a sentence not copied (short and standard ones
       * apart) and at the end of a section. */
      if (in_run && (sentence == NULL || sentence->section != run.section || (match == 0 && counts (&key))))
        {
          report_run (context, text, &run);
          in_run = FALSE;
        }

      if (match > 0 && !in_run)
        {
          run = (Run){ sentence->section, 0, 0, 0, 0, 0, 0 };
          paragraph = NULL;
          in_run = TRUE;
        }
      if (match > 0 && counts (&key))
        {
          if (run.counted++ == 0)
            {
              run.first = k;
              run.previous_line = g_array_index (previous->sentences, FazhiSentence, match - 1).line;
            }
          if (sentence->paragraph != paragraph)
            {
              paragraph = sentence->paragraph;
              run.paragraph_chars = 0;
            }
          run.last = k + 1;
          run.paragraph_chars += key.chars;
          run.max_chars = MAX (run.max_chars, run.paragraph_chars);
        }

      g_free (key.key);
    }

  index_clear (&index);
}

/* figure-inconsistent ------------------------------------------------ */

/* Words in the clause of a figure that make it a running total… */
/* clang-format off */
static const char * const total_words[] = {
  "累计", "总量", "总数", "总计", "共有", "现有", "保有", "存量", "总规模", NULL,
};
/* clang-format on */

/* …unless the total is of the year only. */
static const char * const year_total_words[] = {
  "全年",
  "年内",
  "当年",
  "本年",
  "今年",
  "年度",
  NULL,
};

/* Subjects name the same thing when they share this many pairs and this
 * share of the shorter one's. */
#define SUBJECT_MIN_COMMON 2
#define SUBJECT_MIN_SHARE  0.6

/* Money and areas are rounded; counts are exact. */
#define ROUNDED_TOLERANCE 0.01

static gboolean
is_clause_break (const char *p)
{
  static const char * const breaks[] = { "，", "；", "：", "。", "！", "？" };

  for (guint i = 0; i < G_N_ELEMENTS (breaks); i++)
    if (memcmp (p, breaks[i], 3) == 0)
      return TRUE;
  return *p == ',' || *p == ';' || *p == ':';
}

/* The clause before a figure's number, within its sentence. */
static const char *
clause_before (FazhiReportText         *text,
               const FazhiPlacedFigure *placed,
               gsize                   *length)
{
  const FazhiSentence *sentence = &g_array_index (text->sentences, FazhiSentence, placed->sentence);
  const char          *s = sentence->paragraph->text;
  gsize                start = sentence->start;
  gsize                end = MAX (placed->pos, sentence->start);

  for (gsize i = sentence->start; i + 3 <= end; i++)
    if (is_clause_break (s + i))
      start = i + (((guchar) s[i] < 0x80) ? 1 : 3);
  *length = end - start;
  return s + start;
}

typedef enum
{
  FIGURE_OTHER,
  FIGURE_TOTAL,
  FIGURE_NEW,
} FigureRole;

static FigureRole
figure_role (FazhiReportText         *text,
             const FazhiPlacedFigure *placed)
{
  const char *subject = fazhi_figure_get_subject (placed->figure);
  gsize       length;
  const char *clause = clause_before (text, placed, &length);

  switch (fazhi_figure_get_kind (placed->figure))
    {
    case FAZHI_FIGURE_KIND_COUNT:
    case FAZHI_FIGURE_KIND_MONEY:
    case FAZHI_FIGURE_KIND_AREA:
      break;
    default:
      return FIGURE_OTHER;
    }
  /* The clause says it ("新增…65家，全区累计达到485家"); the subject only
   * when the clause does not, since a total takes the subject of the
   * figure before it, 新增 and all. */
  if (_fazhi_find_any (clause, length, _fazhi_new_words))
    return FIGURE_NEW;
  if (_fazhi_find_any (clause, length, year_total_words))
    return FIGURE_OTHER;
  if (_fazhi_find_any (clause, length, total_words))
    return FIGURE_TOTAL;
  if (subject != NULL && _fazhi_find_any (subject, strlen (subject), _fazhi_new_words))
    return FIGURE_NEW;
  if (subject != NULL && strstr (subject, "总") != NULL)
    return FIGURE_TOTAL;
  return FIGURE_OTHER;
}

static GArray *
subject_bigrams (FazhiFigure *figure)
{
  GArray     *bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));
  const char *subject = fazhi_figure_get_subject (figure);

  if (subject != NULL)
    _fazhi_bigrams_collect (subject, strlen (subject), bigrams);
  return bigrams;
}

static gboolean
same_subject (GArray *a,
              GArray *b)
{
  guint common = _fazhi_bigrams_common ((const guint64 *) (gpointer) a->data, a->len,
                                        (const guint64 *) (gpointer) b->data, b->len);

  return common >= SUBJECT_MIN_COMMON && common >= SUBJECT_MIN_SHARE * MIN (a->len, b->len);
}

/* A subject that is only the total's wording ("全县累计发放"): the figure
 * reader found no noun, so the total counts what the figure before it
 * counted. */
static gboolean
subject_is_wording (FazhiFigure *figure)
{
  const char *subject = fazhi_figure_get_subject (figure);

  return subject == NULL || _fazhi_find_any (subject, strlen (subject), total_words);
}

static gboolean
same_unit (FazhiFigure *a,
           FazhiFigure *b,
           double      *a_value,
           double      *b_value)
{
  double      fa, fb;
  const char *ua = _fazhi_followup_base_unit (fazhi_figure_get_unit (a), &fa);
  const char *ub = _fazhi_followup_base_unit (fazhi_figure_get_unit (b), &fb);

  if (fazhi_figure_get_kind (a) != fazhi_figure_get_kind (b) || *ua == '\0' || !g_str_equal (ua, ub))
    return FALSE;
  *a_value = fazhi_figure_get_value (a) * fa;
  *b_value = fazhi_figure_get_value (b) * fb;
  return TRUE;
}

static gboolean
is_exact (FazhiFigure *figure)
{
  return fazhi_figure_get_qualifier (figure) == FAZHI_FIGURE_QUALIFIER_EXACT;
}

/* The figure, as the report writes it. */
static const char *
figure_text (FazhiFigure *figure)
{
  return fazhi_figure_get_text (figure) ? fazhi_figure_get_text (figure) : "";
}

/* @value (in base units) written in the unit of @figure: "5970张". */
static char *
format_expected (FazhiFigure *figure,
                 double       value)
{
  const char *unit = fazhi_figure_get_unit (figure) ? fazhi_figure_get_unit (figure) : "";
  double      factor;
  double      shown;

  _fazhi_followup_base_unit (unit, &factor);
  shown = value / factor;
  if (fabs (shown - round (shown)) < 1e-6)
    return g_strdup_printf ("%.0f%s", shown, unit);
  return g_strdup_printf ("%.2f%s", shown, unit);
}

static void
check_figure_inconsistent (FazhiRule         *rule,
                           FazhiCheckContext *context,
                           gpointer           user_data)
{
  FazhiReport          *report = fazhi_check_context_get_report (context);
  FazhiReport          *previous_report = fazhi_check_context_get_previous (context);
  FazhiReportText      *text = _fazhi_check_context_get_text (context);
  FazhiReportText      *previous = _fazhi_check_context_get_previous_text (context);
  g_autoptr (GArray)    figures = NULL;
  g_autoptr (GArray)    previous_figures = NULL;
  g_autoptr (GPtrArray) totals = NULL; /* last year's totals: FazhiPlacedFigure * */
  g_autoptr (GPtrArray) total_subjects = NULL;
  int                   year = fazhi_report_get_year (report);
  int                   previous_year = fazhi_report_get_year (previous_report);

  /* Totals add up only from one year to the next. */
  if (previous == NULL || (year != 0 && previous_year != 0 && year != previous_year + 1))
    return;

  previous_figures = _fazhi_followup_place_figures (previous);
  totals = g_ptr_array_new ();
  total_subjects = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < previous_figures->len; i++)
    {
      FazhiPlacedFigure *placed = &g_array_index (previous_figures, FazhiPlacedFigure, i);
      g_autoptr (GArray) subject = NULL;

      if (figure_role (previous, placed) != FIGURE_TOTAL || !is_exact (placed->figure))
        continue;
      subject = subject_bigrams (placed->figure);
      if (subject->len == 0)
        continue;
      g_ptr_array_add (totals, placed);
      g_ptr_array_add (total_subjects, g_steal_pointer (&subject));
    }
  if (totals->len == 0)
    return;

  figures = _fazhi_followup_place_figures (text);
  for (guint i = 0; i < figures->len; i++)
    {
      FazhiPlacedFigure   *added = &g_array_index (figures, FazhiPlacedFigure, i);
      const FazhiSentence *sentence = &g_array_index (text->sentences, FazhiSentence, added->sentence);
      g_autoptr (GArray)   added_subject = NULL;
      FazhiPlacedFigure   *total = NULL;

      if (figure_role (text, added) != FIGURE_NEW || !is_exact (added->figure))
        continue;
      added_subject = subject_bigrams (added->figure);

      /* This year's total: the nearest in the same paragraph. */
      for (guint j = 0; j < figures->len; j++)
        {
          FazhiPlacedFigure   *candidate = &g_array_index (figures, FazhiPlacedFigure, j);
          const FazhiSentence *where = &g_array_index (text->sentences, FazhiSentence, candidate->sentence);
          double               a, b;
          g_autoptr (GArray)   subject = NULL;

          if (j == i || where->paragraph != sentence->paragraph ||
              !same_unit (added->figure, candidate->figure, &a, &b) || figure_role (text, candidate) != FIGURE_TOTAL)
            continue;
          subject = subject_bigrams (candidate->figure);
          if (!subject_is_wording (candidate->figure) && !same_subject (subject, added_subject))
            continue;
          if (total == NULL || ABS ((int) candidate->sentence - (int) added->sentence) <
                                 ABS ((int) total->sentence - (int) added->sentence))
            total = candidate;
        }
      if (total == NULL || !is_exact (total->figure))
        continue;

      for (guint t = 0; t < totals->len; t++)
        {
          FazhiPlacedFigure *last = g_ptr_array_index (totals, t);
          GArray            *last_subject = g_ptr_array_index (total_subjects, t);
          g_autoptr (GArray) total_subject = subject_bigrams (total->figure);
          double             last_value, added_value, total_value, unused;
          gboolean           adds_up;
          g_autofree char   *message = NULL;
          g_autofree char   *expected = NULL;
          FazhiFinding      *finding;
          guint              lines[2];

          if (!same_unit (last->figure, added->figure, &last_value, &added_value) ||
              !same_unit (last->figure, total->figure, &unused, &total_value) ||
              !same_subject (last_subject, added_subject) ||
              (!subject_is_wording (total->figure) && !same_subject (last_subject, total_subject)))
            continue;

          if (fazhi_figure_get_kind (total->figure) == FAZHI_FIGURE_KIND_COUNT)
            adds_up = fabs (last_value + added_value - total_value) < 0.5;
          else
            adds_up = fabs (last_value + added_value - total_value) <= ROUNDED_TOLERANCE * fabs (total_value);
          if (adds_up)
            break;

          expected = format_expected (total->figure, last_value + added_value);
          message = g_strdup_printf (_ ("Last year's total of %s was %s (line %u of last year's report); with %s "
                                        "new this year it should be %s, but this report gives %s"),
                                     fazhi_figure_get_subject (last->figure), figure_text (last->figure),
                                     fazhi_figure_get_line (last->figure), figure_text (added->figure), expected,
                                     figure_text (total->figure));
          lines[0] = fazhi_figure_get_line (added->figure);
          lines[1] = fazhi_figure_get_line (total->figure);
          finding = fazhi_check_context_add (context, lines[1], message);
          fazhi_finding_set_lines (finding, lines, 2);
          break;
        }
    }
}

static const FazhiRuleSpec rules[] = {
  { "target-not-followed-up", FAZHI_SEVERITY_WARNING, N_ ("This report says nothing of one of last year's targets"),
    check_target_not_followed_up, TRUE },
  { "recurring-shortcoming", FAZHI_SEVERITY_WARNING, N_ ("A shortcoming repeats last year's almost word for word"),
    check_recurring_shortcoming, TRUE },
  { "copied-from-previous", FAZHI_SEVERITY_WARNING, N_ ("A passage is copied from last year's report"),
    check_copied_from_previous, TRUE },
  { "figure-inconsistent", FAZHI_SEVERITY_WARNING, N_ ("Last year's total plus this year's new does not make this year's total"),
    check_figure_inconsistent, TRUE },
};

void
_fazhi_rules_add_followup (GPtrArray *out)
{
  _fazhi_rules_add_table (out, "followup", rules, G_N_ELEMENTS (rules));
}
