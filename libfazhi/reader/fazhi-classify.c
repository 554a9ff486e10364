/* fazhi-classify.c: parts, areas, framework, genre, year and level
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Classification is by meaning-bearing overlap with the catalogs: the
 * phrases the matcher finds in a heading count most, the characters a
 * paraphrased heading shares with an area's title count next, and what the
 * section's body talks about decides close calls. Nothing is assigned when
 * no entry clearly wins — a null area is honest, a wrong one misleads.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "fazhi-reader-private.h"
#include "fazhi-util-private.h"

/* An area needs at least this score, and this lead over the runner-up. */
#define AREA_MIN_SCORE 1.0
#define AREA_MIN_LEAD  0.3
/* Body evidence is capped so a long section cannot outvote its heading. */
#define BODY_WEIGHT    0.15
#define BODY_CAP       1.2
#define PART_MIN_SCORE 0.6

typedef struct
{
  FazhiReadState  *state;
  double          *scores;  /* per outline entry, for the current outline set */
  guint           *offsets; /* first score index of each outline */
  guint32          stamp;   /* phrases stamped with it were counted in this text */
  double           factor;
  FazhiPhraseGroup group;
  const guint8    *ignore; /* phrase ids that say nothing here, or NULL */
} ScoreScan;

/* A fresh stamp marks "counted in this text" without clearing an array
 * per text. */
static guint32
new_stamp (FazhiReadState *state)
{
  if (state->stamps == NULL)
    state->stamps = g_new0 (guint32, state->lexicon->phrases->len);
  return ++state->stamp;
}

static inline void
score_phrase (ScoreScan *scan,
              guint32    id)
{
  const FazhiPhraseInfo *info = &g_array_index (scan->state->lexicon->phrases, FazhiPhraseInfo, id);

  if (info->group != scan->group || scan->state->stamps[id] == scan->stamp ||
      (scan->ignore != NULL && scan->ignore[id]))
    return;
  scan->state->stamps[id] = scan->stamp;

  if (scan->group == FAZHI_PHRASE_AREA)
    scan->scores[scan->offsets[info->catalog] + info->entry] += scan->factor * (info->is_title ? 3.0 : info->weight);
  else
    scan->scores[info->entry] += scan->factor * (info->is_title ? 2.0 : info->weight);
}

/* Scores the hits the matcher found before. */
static void
score_hits (ScoreScan      *scan,
            const FazhiHit *hits,
            gsize           n_hits)
{
  for (gsize i = 0; i < n_hits; i++)
    score_phrase (scan, hits[i].id);
}

/* Scores a section's heading by the phrases found in it. */
static void
score_heading (ScoreScan *scan,
               guint      section,
               double     factor)
{
  gsize           n_hits;
  const FazhiHit *hits = _fazhi_read_state_hits (scan->state, section, -1, &n_hits);

  scan->factor = factor;
  scan->stamp = new_stamp (scan->state);
  score_hits (scan, hits, n_hits);
}

/* ------------------------------------------------------------------ */
/* Parts                                                               */
/* ------------------------------------------------------------------ */

/* "2021年" written by hand, as the digits before 年: this runs for every
 * heading and printf costs more than the search. */
typedef struct
{
  char  digits[12];
  gsize n_digits;
} YearWord;

static void
year_word_init (YearWord *word,
                int       year)
{
  char *p = word->digits + sizeof word->digits;

  word->n_digits = 0;
  for (; year > 0; year /= 10)
    {
      *--p = (char) ('0' + year % 10);
      word->n_digits++;
    }
  memmove (word->digits, p, word->n_digits);
}

/* Whether "<year>年" occurs in @text for @a and @b, found in one pass over
 * the 年 of the text (E5 B9 B4: its rare last byte is what is looked for). */
static void
mentions_years (const char     *text,
                gsize           length,
                const YearWord *a,
                const YearWord *b,
                gboolean       *has_a,
                gboolean       *has_b)
{
  const char *end = text + length;

  *has_a = *has_b = FALSE;
  for (const char *p = text + 2; p < end; p++)
    {
      gsize at;

      p = memchr (p, 0xB4, end - p);
      if (p == NULL)
        break;
      if ((guchar) p[-2] != 0xE5 || (guchar) p[-1] != 0xB9)
        continue;
      at = p - 2 - text;
      if (at >= a->n_digits && memcmp (text + at - a->n_digits, a->digits, a->n_digits) == 0)
        *has_a = TRUE;
      if (at >= b->n_digits && memcmp (text + at - b->n_digits, b->digits, b->n_digits) == 0)
        *has_b = TRUE;
    }
}

typedef struct
{
  guint    n;
  int      plans; /* index of the plans entry, or -1 */
  YearWord next;  /* the year after the report's, and the report's */
  YearWord current;
} PartContext;

static const char *
best_part (FazhiReadState    *state,
           const PartContext *context,
           guint              section,
           const char        *heading,
           gsize              length,
           double            *best_score)
{
  FazhiCatalog *parts = state->lexicon->parts;
  guint         n = context->n;
  double        local[16];
  double       *scores = n <= G_N_ELEMENTS (local) ? local : g_new (double, n);
  ScoreScan     scan = { state, scores, NULL, 0, 1.0, FAZHI_PHRASE_PART, NULL };
  int           best = -1;
  const char   *slug = NULL;

  memset (scores, 0, n * sizeof (double));
  score_heading (&scan, section, 1.0);

  /* Next year's number marks plans ("2021年及“十四五”期间…工作思路"). */
  if (context->plans >= 0 && state->year > 0)
    {
      gboolean next, current;

      mentions_years (heading, length, &context->next, &context->current, &next, &current);
      if (next && !current)
        scores[context->plans] += 1.0;
    }

  for (guint i = 0; i < n; i++)
    if (scores[i] > 0 && (best < 0 || scores[i] > scores[best]))
      best = i;

  *best_score = best >= 0 ? scores[best] : 0.0;
  if (best >= 0 && scores[best] >= PART_MIN_SCORE)
    slug = fazhi_catalog_entry_get_slug (fazhi_catalog_get_entry (parts, best));
  if (scores != local)
    g_free (scores);
  return slug;
}

static FazhiReaderSection *
section_at (FazhiReadState *state,
            guint           index)
{
  return &g_array_index (state->sections, FazhiReaderSection, index);
}

void
_fazhi_classify_parts (FazhiReadState *state)
{
  FazhiCatalog      *parts = state->lexicon->parts;
  FazhiCatalogEntry *plans = fazhi_catalog_lookup_entry (parts, "plans");
  PartContext        context = { fazhi_catalog_get_n_entries (parts), -1 };

  /* The plans entry, by its first index as the scores are kept. */
  for (guint i = 0; plans != NULL && i < context.n; i++)
    if (fazhi_catalog_get_entry (parts, i) == plans)
      {
        context.plans = i;
        break;
      }
  if (state->year > 0)
    {
      year_word_init (&context.next, state->year + 1);
      year_word_init (&context.current, state->year);
    }

  for (guint i = 0; i < state->sections->len; i++)
    {
      FazhiReaderSection *section = section_at (state, i);
      const char         *heading = state->norm + section->heading_start;
      gsize               length = section->heading_end - section->heading_start;
      FazhiReaderSection *parent = section->parent >= 0 ? section_at (state, section->parent) : NULL;
      double              score = 0;
      const char         *part = section->mark == FAZHI_MARK_RUN_IN ? NULL
                                                                    : best_part (state, &context, i, heading, length, &score);

      if (parent == NULL)
        {
          section->part = part;
          section->own_part = part != NULL;
        }
      else if (part != NULL && g_str_equal (part, "responsibility") && score >= 1.3 &&
               g_strcmp0 (parent->part, "responsibility") != 0)
        {
          /* The leader's duties reported as a sub-heading of measures. */
          section->part = part;
          section->own_part = TRUE;
        }
      else
        section->part = parent->part;
    }
}

/* ------------------------------------------------------------------ */
/* Areas and framework                                                 */
/* ------------------------------------------------------------------ */

typedef struct
{
  guint   section;
  double *heading_scores; /* per outline entry, all outlines */
  double *scores;         /* heading + body */
} Candidate;

/* What scoring candidates needs besides the candidate, allocated once per
 * round rather than per candidate. */
/* The bigrams of all outline titles, for finding which titles share how
 * many bigrams with a heading in one pass over the heading's: an open
 * addressing table of distinct bigrams, each with the chain of the
 * entries (score indices) whose title has it. */
typedef struct
{
  guint64 *keys;    /* per slot */
  int     *first;   /* per slot: first link, -1 for an empty slot */
  int     *next;    /* per link */
  guint   *entries; /* per link */
  guint    mask;    /* slots - 1 */
} TitleBigrams;

static inline guint
bigram_slot (guint64 bigram,
             guint   mask)
{
  return (guint) ((bigram * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 40) & mask;
}

static void
title_bigrams_init (TitleBigrams *self,
                    FazhiLexicon *lexicon,
                    const guint  *offsets)
{
  guint n_links = 0;
  guint n_slots = 16;
  guint link = 0;

  for (guint c = 0; c < lexicon->outlines->len; c++)
    {
      const FazhiBigramSet *sets = g_ptr_array_index (lexicon->title_bigrams, c);

      for (guint e = 0; e < offsets[c + 1] - offsets[c]; e++)
        n_links += sets[e].n_bigrams;
    }
  while (n_slots < 2 * n_links)
    n_slots *= 2;
  self->mask = n_slots - 1;
  self->keys = g_new (guint64, n_slots);
  self->first = g_new (int, n_slots);
  self->next = g_new (int, MAX (n_links, 1));
  self->entries = g_new (guint, MAX (n_links, 1));
  memset (self->first, 0xFF, n_slots * sizeof (int)); /* all -1 */

  /* Entries go in backwards, so each chain lists them forwards. */
  for (guint c = lexicon->outlines->len; c-- > 0;)
    {
      const FazhiBigramSet *sets = g_ptr_array_index (lexicon->title_bigrams, c);

      for (guint e = offsets[c + 1] - offsets[c]; e-- > 0;)
        for (guint b = 0; b < sets[e].n_bigrams; b++)
          {
            guint64 key = sets[e].bigrams[b];
            guint   slot = bigram_slot (key, self->mask);

            while (self->first[slot] >= 0 && self->keys[slot] != key)
              slot = (slot + 1) & self->mask;
            self->keys[slot] = key;
            self->next[link] = self->first[slot];
            self->entries[link] = offsets[c] + e;
            self->first[slot] = link++;
          }
    }
}

static void
title_bigrams_clear (TitleBigrams *self)
{
  g_free (self->keys);
  g_free (self->first);
  g_free (self->next);
  g_free (self->entries);
}

/* Counts in @common (per score index, zeroed by the caller) the bigrams
 * each title shares with the sorted, distinct @bigrams. */
static void
title_bigrams_count (const TitleBigrams *self,
                     const guint64      *bigrams,
                     guint               n,
                     guint              *common)
{
  for (guint i = 0; i < n; i++)
    {
      guint slot = bigram_slot (bigrams[i], self->mask);

      for (; self->first[slot] >= 0; slot = (slot + 1) & self->mask)
        if (self->keys[slot] == bigrams[i])
          {
            for (int link = self->first[slot]; link >= 0; link = self->next[link])
              common[self->entries[link]]++;
            break;
          }
    }
}

typedef struct
{
  guint       *offsets;
  guint        n_scores;
  double      *body;            /* n_scores */
  GArray      *bigrams;         /* guint64 */
  guint       *common;          /* n_scores */
  guint       *n_title_bigrams; /* n_scores */
  TitleBigrams titles;
} CandidateScratch;

static void
score_candidate (FazhiReadState   *state,
                 Candidate        *candidate,
                 CandidateScratch *scratch)
{
  FazhiReaderSection *section = section_at (state, candidate->section);
  const char         *heading = state->norm + section->heading_start;
  gsize               length = section->heading_end - section->heading_start;
  guint              *offsets = scratch->offsets;
  guint               n_scores = scratch->n_scores;
  double             *body = scratch->body;
  ScoreScan           scan = { state, candidate->heading_scores, offsets, 0, 1.0, FAZHI_PHRASE_AREA, state->agency_phrases };
  GArray             *bigrams = scratch->bigrams;

  score_heading (&scan, candidate->section, 1.0);

  g_array_set_size (bigrams, 0);
  _fazhi_bigrams_collect (heading, length, bigrams);
  memset (scratch->common, 0, n_scores * sizeof (guint));
  title_bigrams_count (&scratch->titles, (const guint64 *) bigrams->data, bigrams->len, scratch->common);
  /* 3 × the Dice coefficient, as _fazhi_bigrams_dice() computes it; one
   * of 0 would change no score. */
  for (guint i = 0; i < n_scores; i++)
    if (scratch->common[i] > 0)
      candidate->heading_scores[i] += 3.0 * (2.0 * scratch->common[i] / (bigrams->len + scratch->n_title_bigrams[i]));

  /* The body: every distinct phrase counts a little, capped. */
  memset (body, 0, n_scores * sizeof (double));
  scan.scores = body;
  scan.stamp = new_stamp (state);
  scan.factor = BODY_WEIGHT;
  for (guint p = 0; section->paragraphs != NULL && p < section->paragraphs->len; p++)
    {
      gsize           n_hits;
      const FazhiHit *hits = _fazhi_read_state_hits (state, candidate->section, p, &n_hits);

      score_hits (&scan, hits, n_hits);
    }
  /* Children's bodies belong to the section too (thematic reports put all
   * text under sub-headings). */
  for (guint k = candidate->section + 1; k < state->sections->len; k++)
    {
      FazhiReaderSection *child = section_at (state, k);
      gsize               n_hits;
      const FazhiHit     *hits;

      if (child->level <= section->level)
        break;
      hits = _fazhi_read_state_hits (state, k, -1, &n_hits);
      score_hits (&scan, hits, n_hits);
      for (guint p = 0; child->paragraphs != NULL && p < child->paragraphs->len; p++)
        {
          hits = _fazhi_read_state_hits (state, k, p, &n_hits);
          score_hits (&scan, hits, n_hits);
        }
    }

  for (guint i = 0; i < n_scores; i++)
    candidate->scores[i] = candidate->heading_scores[i] + MIN (body[i], BODY_CAP);
}

static int
best_entry (const double *scores,
            guint         n,
            double       *best_score,
            double       *second_score)
{
  int    best = -1;
  double second = 0;

  for (guint i = 0; i < n; i++)
    {
      if (best < 0 || scores[i] > scores[best])
        {
          if (best >= 0)
            second = MAX (second, scores[best]);
          best = i;
        }
      else
        second = MAX (second, scores[i]);
    }
  *best_score = best >= 0 ? scores[best] : 0;
  *second_score = second;
  return best;
}

/* Which sections may be areas. First round: top-level sections without a
 * part (thematic reports use areas as level-1 headings) and the children
 * of a measures part. Second round: children of a top-level section that
 * is neither a part nor an area (a measures part with an unusual title). */
static gboolean
is_candidate (FazhiReadState *state,
              guint           index,
              gboolean        second_round)
{
  FazhiReaderSection *section = section_at (state, index);
  FazhiReaderSection *parent = section->parent >= 0 ? section_at (state, section->parent) : NULL;

  if (parent == NULL)
    return !second_round && section->part == NULL;
  if (second_round)
    return parent->parent < 0 && parent->part == NULL && parent->area == NULL && section->mark != FAZHI_MARK_RUN_IN;
  if (!parent->own_part || g_strcmp0 (parent->part, "measures") != 0)
    return FALSE;
  if (section->mark != FAZHI_MARK_RUN_IN)
    return TRUE;

  /* Run-in items count only when the measures part has no marked children. */
  for (guint k = section->parent + 1; k < state->sections->len && section_at (state, k)->level > parent->level; k++)
    if (section_at (state, k)->parent == section->parent && section_at (state, k)->mark != FAZHI_MARK_RUN_IN)
      return FALSE;
  return TRUE;
}

/* The scratch is made once per read, on first use, and kept in the state
 * until _fazhi_classify_clear(). */
static CandidateScratch *
get_scratch (FazhiReadState *state)
{
  FazhiLexicon     *lexicon = state->lexicon;
  guint             n_outlines = lexicon->outlines->len;
  CandidateScratch *scratch = state->classify_scratch;

  if (scratch != NULL)
    return scratch;
  scratch = state->classify_scratch = g_new0 (CandidateScratch, 1);
  scratch->offsets = g_new0 (guint, n_outlines + 1);
  for (guint c = 0; c < n_outlines; c++)
    scratch->offsets[c + 1] = scratch->offsets[c] + fazhi_catalog_get_n_entries (g_ptr_array_index (lexicon->outlines, c));
  scratch->n_scores = scratch->offsets[n_outlines];
  scratch->body = g_new (double, MAX (scratch->n_scores, 1));
  scratch->bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));
  scratch->common = g_new (guint, MAX (scratch->n_scores, 1));
  scratch->n_title_bigrams = g_new (guint, MAX (scratch->n_scores, 1));
  for (guint c = 0; c < n_outlines; c++)
    {
      const FazhiBigramSet *sets = g_ptr_array_index (lexicon->title_bigrams, c);

      for (guint e = 0; e < scratch->offsets[c + 1] - scratch->offsets[c]; e++)
        scratch->n_title_bigrams[scratch->offsets[c] + e] = sets[e].n_bigrams;
    }
  title_bigrams_init (&scratch->titles, lexicon, scratch->offsets);
  return scratch;
}

void
_fazhi_classify_clear (FazhiReadState *state)
{
  CandidateScratch *scratch = g_steal_pointer (&state->classify_scratch);

  if (scratch == NULL)
    return;
  g_free (scratch->offsets);
  g_free (scratch->body);
  g_array_unref (scratch->bigrams);
  g_free (scratch->common);
  g_free (scratch->n_title_bigrams);
  title_bigrams_clear (&scratch->titles);
  g_free (scratch);
}

/* An area phrase in the agency's name. */
static void
agency_hit (guint32  id,
            gsize    start,
            gsize    end,
            gpointer user_data)
{
  FazhiReadState *state = user_data;

  if (g_array_index (state->lexicon->phrases, FazhiPhraseInfo, id).group == FAZHI_PHRASE_AREA)
    state->agency_phrases[id] = 1;
}

/* Candidates of one round, their scores in one block. */
typedef struct
{
  GArray *candidates; /* Candidate */
  double *scores;
} CandidateSet;

static void
candidate_set_clear (CandidateSet *set)
{
  g_clear_pointer (&set->candidates, g_array_unref);
  g_clear_pointer (&set->scores, g_free);
}

/* Scores the sections @indices lists (@n of them). */
static void
score_candidates (FazhiReadState   *state,
                  CandidateScratch *scratch,
                  const guint      *indices,
                  guint             n,
                  CandidateSet     *set)
{
  gsize n_scores = scratch->n_scores;

  set->candidates = g_array_sized_new (FALSE, FALSE, sizeof (Candidate), n);
  set->scores = g_new0 (double, 2 * n * n_scores + 1);
  for (guint k = 0; k < n; k++)
    {
      Candidate candidate = { indices[k], set->scores + 2 * k * n_scores, set->scores + (2 * k + 1) * n_scores };

      score_candidate (state, &candidate, scratch);
      g_array_append_val (set->candidates, candidate);
    }
}

static void
collect_candidates (FazhiReadState   *state,
                    gboolean          second_round,
                    CandidateScratch *scratch,
                    CandidateSet     *set)
{
  g_autofree guint *indices = g_new (guint, state->sections->len + 1);
  guint             n = 0;

  for (guint i = 0; i < state->sections->len; i++)
    if (is_candidate (state, i, second_round))
      indices[n++] = i;
  score_candidates (state, scratch, indices, n, set);
}

static void
assign_areas (FazhiReadState *state,
              GArray         *candidates,
              const guint    *offsets)
{
  guint chosen = state->framework_index;

  for (guint k = 0; k < candidates->len; k++)
    {
      Candidate          *candidate = &g_array_index (candidates, Candidate, k);
      FazhiReaderSection *section = section_at (state, candidate->section);
      double              best, second;
      int                 entry = best_entry (candidate->scores + offsets[chosen], offsets[chosen + 1] - offsets[chosen],
                                              &best, &second);

      if (entry < 0 || best < AREA_MIN_SCORE || best - second < AREA_MIN_LEAD)
        continue;

      section->area = fazhi_catalog_entry_get_slug (fazhi_catalog_get_entry (state->framework, entry));
      section->area_score = (1.0 - second / best) * MIN (1.0, best / 3.0);
      if (section->part == NULL)
        section->part = "measures";
    }
}

void
_fazhi_classify_framework (FazhiReadState *state)
{
  FazhiLexicon      *lexicon = state->lexicon;
  guint              n_outlines = lexicon->outlines->len;
  CandidateScratch  *scratch = get_scratch (state);
  guint             *offsets = scratch->offsets;
  CandidateSet       first = { 0 };
  CandidateSet       second = { 0 };
  g_autofree double *fit = g_new0 (double, n_outlines);
  int                chosen = -1;

  /* What the agency is named after is its whole business, not one area:
   * an emergency management bureau writes 应急管理 under every heading. */
  if (state->agency != NULL)
    {
      g_autofree char *agency = _fazhi_normalize (state->agency, -1);

      /* Marked as the matcher finds them, rather than scored and then read
       * back from the stamps of every phrase of the lexicon. */
      state->agency_phrases = g_new0 (guint8, lexicon->phrases->len);
      _fazhi_matcher_scan (lexicon->matcher, agency, strlen (agency), agency_hit, state);
    }

  collect_candidates (state, FALSE, scratch, &first);

  /* How well each outline explains the headings. */
  for (guint k = 0; k < first.candidates->len; k++)
    {
      Candidate *candidate = &g_array_index (first.candidates, Candidate, k);

      for (guint c = 0; c < n_outlines; c++)
        {
          double best, runner_up;

          best_entry (candidate->heading_scores + offsets[c], offsets[c + 1] - offsets[c], &best, &runner_up);
          fit[c] += best;
        }
    }

  /* The year decides between outlines unless the headings clearly follow
   * another one (a 2021 report still using the 2015 areas). */
  for (guint c = 0; c < n_outlines; c++)
    {
      FazhiCatalog *catalog = g_ptr_array_index (lexicon->outlines, c);

      if (state->year > 0 && fazhi_catalog_covers_year (catalog, state->year) &&
          (chosen < 0 || fit[c] > fit[chosen]))
        chosen = c;
    }
  for (guint c = 0; c < n_outlines; c++)
    {
      if (chosen < 0)
        {
          if (fit[c] > 0)
            chosen = c;
        }
      else if ((int) c != chosen && fit[c] > 1.5 * fit[chosen] + 2.0)
        chosen = c;
    }
  if (chosen < 0)
    {
      /* Nothing to go on: the newest built-in outline. */
      for (guint c = 0; c < n_outlines; c++)
        if (g_str_has_prefix (fazhi_catalog_get_id (g_ptr_array_index (lexicon->outlines, c)), "outline-"))
          chosen = c;
    }

  if (chosen >= 0)
    {
      state->framework = g_ptr_array_index (lexicon->outlines, chosen);
      state->framework_index = chosen;
      assign_areas (state, first.candidates, offsets);

      collect_candidates (state, TRUE, scratch, &second);
      assign_areas (state, second.candidates, offsets);
    }

  /* An unnamed top-level part whose children are areas is the measures. */
  for (guint i = 0; i < state->sections->len; i++)
    {
      FazhiReaderSection *section = section_at (state, i);

      if (section->area != NULL && section->parent >= 0)
        {
          FazhiReaderSection *parent = section_at (state, section->parent);

          if (parent->part == NULL && parent->parent < 0)
            {
              parent->part = "measures";
              parent->own_part = TRUE;
            }
        }
    }
  /* Children follow their parent's part, now that thematic parts are known. */
  for (guint i = 0; i < state->sections->len; i++)
    {
      FazhiReaderSection *section = section_at (state, i);

      if (section->parent >= 0 && !section->own_part)
        section->part = section_at (state, section->parent)->part;
    }

  candidate_set_clear (&first);
  candidate_set_clear (&second);
}

/* The area a paragraph (a plans item) is about, in the framework, from
 * the phrases found in it. */
const char *
_fazhi_classify_text_area (FazhiReadState *state,
                           const FazhiHit *hits,
                           gsize           n_hits,
                           double         *score)
{
  CandidateScratch *scratch;
  guint            *offsets;
  double           *scores;
  ScoreScan         scan = { state, NULL, NULL, 0, 1.0, FAZHI_PHRASE_AREA, state->agency_phrases };
  guint             c = state->framework_index;
  double            best, second;
  int               entry;

  *score = 0;
  if (state->framework == NULL)
    return NULL;

  scratch = get_scratch (state);
  offsets = scan.offsets = scratch->offsets;
  scores = scan.scores = scratch->body;
  memset (scores, 0, scratch->n_scores * sizeof (double));
  scan.stamp = new_stamp (state);
  score_hits (&scan, hits, n_hits);

  entry = best_entry (scores + offsets[c], offsets[c + 1] - offsets[c], &best, &second);
  if (entry < 0 || best < AREA_MIN_SCORE || best - second < AREA_MIN_LEAD)
    return NULL;
  *score = (1.0 - second / best) * MIN (1.0, best / 3.0);
  return fazhi_catalog_entry_get_slug (fazhi_catalog_get_entry (state->framework, entry));
}

/* Items of the shortcomings and plans parts say what they are about too:
 * the checker pairs a shortcoming with the plans item in its area. They
 * are scored like measures sections, heading first. */
void
_fazhi_classify_part_items (FazhiReadState *state,
                            const char     *part)
{
  CandidateScratch *scratch;
  CandidateSet      items = { 0 };
  g_autofree guint *indices = NULL;
  guint             n = 0;

  if (state->framework == NULL)
    return;

  indices = g_new (guint, state->sections->len + 1);
  for (guint i = 0; i < state->sections->len; i++)
    {
      FazhiReaderSection *section = section_at (state, i);
      FazhiReaderSection *parent = section->parent >= 0 ? section_at (state, section->parent) : NULL;

      if (parent == NULL || !parent->own_part || g_strcmp0 (parent->part, part) != 0 || section->area != NULL)
        continue;
      indices[n++] = i;
    }
  if (n == 0)
    return;

  scratch = get_scratch (state);
  score_candidates (state, scratch, indices, n, &items);
  assign_areas (state, items.candidates, scratch->offsets);
  candidate_set_clear (&items);
}

/* ------------------------------------------------------------------ */
/* Genre, year and level                                               */
/* ------------------------------------------------------------------ */

typedef struct
{
  FazhiReadState *state;
  int             entry;
  gsize           end;
  gsize           length;
  guint           news; /* bitmask of distinct news phrases */
  guint           news_count;
} GenreScan;

static void
genre_hit (guint32  id,
           gsize    start,
           gsize    end,
           gpointer user_data)
{
  GenreScan             *scan = user_data;
  const FazhiPhraseInfo *info = &g_array_index (scan->state->lexicon->phrases, FazhiPhraseInfo, id);

  if (info->group != FAZHI_PHRASE_GENRE)
    return;
  /* The genre word nearest the end of a title names the document:
   * "…情况报告的通知" is a notice, "…年度报告编写提纲" a guideline. */
  if (scan->entry < 0 || end > scan->end || (end == scan->end && end - start > scan->length))
    {
      scan->entry = info->entry;
      scan->end = end;
      scan->length = end - start;
    }
}

static void
news_hit (guint32  id,
          gsize    start,
          gsize    end,
          gpointer user_data)
{
  GenreScan             *scan = user_data;
  const FazhiPhraseInfo *info = &g_array_index (scan->state->lexicon->phrases, FazhiPhraseInfo, id);
  FazhiCatalogEntry     *entry;

  if (info->group != FAZHI_PHRASE_GENRE || info->is_title)
    return;
  entry = fazhi_catalog_get_entry (scan->state->lexicon->genres, info->entry);
  if (!g_str_equal (fazhi_catalog_entry_get_slug (entry), "news"))
    return;
  if (!(scan->news & (1u << (id % 32))))
    {
      scan->news |= 1u << (id % 32);
      scan->news_count++;
    }
}

/* How many of the four parts a report needs some section has: one pass
 * over the sections, not one per part. */
static guint
count_required_parts (FazhiReadState *state)
{
  static const char * const required[] = { "measures", "responsibility", "shortcomings", "plans" };
  guint                     seen = 0;
  guint                     found = 0;

  for (guint i = 0; i < state->sections->len && found < G_N_ELEMENTS (required); i++)
    {
      const char *part = section_at (state, i)->part;

      guint r;

      if (part == NULL)
        continue;
      /* The four start with different letters: one comparison each. */
      switch (part[0])
        {
        case 'm':
          r = 0;
          break;
        case 'r':
          r = 1;
          break;
        case 's':
          r = 2;
          break;
        case 'p':
          r = 3;
          break;
        default:
          continue;
        }
      if ((seen & (1u << r)) == 0 && strcmp (part, required[r]) == 0)
        {
          seen |= 1u << r;
          found++;
        }
    }
  return found;
}

void
_fazhi_classify_genre (FazhiReadState *state)
{
  GenreScan   scan = { state, -1, 0, 0, 0, 0 };
  const char *genre = NULL;

  if (state->title != NULL)
    {
      g_autofree char *title = _fazhi_normalize (state->title, -1);
      gsize            length = strlen (title);

      _fazhi_matcher_scan (state->lexicon->matcher, title, length, genre_hit, &scan);
      if (scan.entry >= 0)
        genre = fazhi_catalog_entry_get_slug (fazhi_catalog_get_entry (state->lexicon->genres, scan.entry));
      else if (g_str_has_suffix (title, "报告") || g_str_has_suffix (title, "总结"))
        genre = "report";
    }

  /* A story about a report quotes its title; the first paragraphs give it
   * away (记者, 日前, 本报讯). */
  for (guint p = 0; state->preamble != NULL && p < state->preamble->len && p < 3; p++)
    {
      gsize           n_hits;
      const FazhiHit *hits = _fazhi_read_state_hits (state, -1, p, &n_hits);

      for (gsize i = 0; i < n_hits; i++)
        news_hit (hits[i].id, hits[i].start, hits[i].end, &scan);
    }
  if (scan.news_count >= 2)
    genre = "news";

  if (genre != NULL)
    state->is_report = g_str_equal (genre, "report") && count_required_parts (state) >= 1;
  else
    state->is_report = count_required_parts (state) >= 3;
}

static int
leading_year (const char *s,
              gsize       length)
{
  if (length >= 7 && g_ascii_isdigit (s[0]) && g_ascii_isdigit (s[1]) && g_ascii_isdigit (s[2]) &&
      g_ascii_isdigit (s[3]) && memcmp (s + 4, "年", 3) == 0)
    {
      int year = atoi (s);

      if (year >= 1990 && year <= 2100)
        return year;
    }
  return 0;
}

void
_fazhi_classify_year_and_level (FazhiReadState *state)
{
  state->year = state->title_year;

  /* "2021年，县应急管理局…" opens most reports. */
  for (guint p = 0; state->year == 0 && state->preamble != NULL && p < state->preamble->len && p < 2; p++)
    {
      const FazhiParagraph *paragraph = g_ptr_array_index (state->preamble, p);

      state->year = leading_year (paragraph->text, paragraph->length);
    }
  if (state->year == 0 && state->date != NULL && g_date_valid (state->date))
    state->year = g_date_get_year (state->date) - 1;

  state->level = FAZHI_REPORT_LEVEL_UNKNOWN;
  if (state->agency != NULL)
    {
      g_autofree char *agency = _fazhi_normalize (state->agency, -1);

      if (g_str_has_suffix (agency, "政府"))
        {
          static const char * const municipalities[] = {
            "北京市人民政府",
            "天津市人民政府",
            "上海市人民政府",
            "重庆市人民政府",
          };

          state->level = FAZHI_REPORT_LEVEL_GOVERNMENT;
          if (g_str_has_suffix (agency, "省人民政府") || g_str_has_suffix (agency, "自治区人民政府"))
            state->level = FAZHI_REPORT_LEVEL_PROVINCE;
          for (guint i = 0; i < G_N_ELEMENTS (municipalities); i++)
            if (g_str_equal (agency, municipalities[i]))
              state->level = FAZHI_REPORT_LEVEL_PROVINCE;
        }
      else
        state->level = FAZHI_REPORT_LEVEL_DEPARTMENT;
    }
}
