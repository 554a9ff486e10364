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

static void
score_hit (guint32  id,
           gsize    start,
           gsize    end,
           gpointer user_data)
{
  ScoreScan             *scan = user_data;
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

static void
scan_text (ScoreScan  *scan,
           const char *text,
           gsize       length,
           double      factor)
{
  scan->factor = factor;
  scan->stamp = new_stamp (scan->state);
  _fazhi_matcher_scan (scan->state->lexicon->matcher, text, length, score_hit, scan);
}

/* ------------------------------------------------------------------ */
/* Parts                                                               */
/* ------------------------------------------------------------------ */

static gboolean
mentions_year (const char *text,
               gsize       length,
               int         year)
{
  char  needle[16];
  char *p = needle + sizeof needle;

  if (year <= 0)
    return FALSE;
  /* "2021年", written by hand: this runs for every heading and printf
   * costs more than the search. */
  p -= sizeof "年";
  memcpy (p, "年", sizeof "年");
  for (; year > 0; year /= 10)
    *--p = (char) ('0' + year % 10);
  return _fazhi_find (text, length, p) != NULL;
}

static const char *
best_part (FazhiReadState *state,
           const char     *heading,
           gsize           length,
           double         *best_score)
{
  FazhiCatalog      *parts = state->lexicon->parts;
  guint              n = fazhi_catalog_get_n_entries (parts);
  g_autofree double *scores = g_new0 (double, n);
  ScoreScan          scan = { state, scores, NULL, 0, 1.0, FAZHI_PHRASE_PART, NULL };
  FazhiCatalogEntry *plans = fazhi_catalog_lookup_entry (parts, "plans");
  int                best = -1;

  scan_text (&scan, heading, length, 1.0);

  /* Next year's number marks plans ("2021年及“十四五”期间…工作思路"). */
  if (plans != NULL && state->year > 0 && mentions_year (heading, length, state->year + 1) &&
      !mentions_year (heading, length, state->year))
    for (guint i = 0; i < n; i++)
      if (fazhi_catalog_get_entry (parts, i) == plans)
        scores[i] += 1.0;

  for (guint i = 0; i < n; i++)
    if (scores[i] > 0 && (best < 0 || scores[i] > scores[best]))
      best = i;

  *best_score = best >= 0 ? scores[best] : 0.0;
  if (best < 0 || scores[best] < PART_MIN_SCORE)
    return NULL;
  return fazhi_catalog_entry_get_slug (fazhi_catalog_get_entry (parts, best));
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
  for (guint i = 0; i < state->sections->len; i++)
    {
      FazhiReaderSection *section = section_at (state, i);
      const char         *heading = state->norm + section->heading_start;
      gsize               length = section->heading_end - section->heading_start;
      FazhiReaderSection *parent = section->parent >= 0 ? section_at (state, section->parent) : NULL;
      double              score = 0;
      const char         *part = section->mark == FAZHI_MARK_RUN_IN ? NULL : best_part (state, heading, length, &score);

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

static void
score_candidate (FazhiReadState *state,
                 Candidate      *candidate,
                 guint          *offsets,
                 guint           n_scores)
{
  FazhiReaderSection *section = section_at (state, candidate->section);
  const char         *heading = state->norm + section->heading_start;
  gsize               length = section->heading_end - section->heading_start;
  g_autofree double  *body = g_new0 (double, n_scores);
  ScoreScan           scan = { state, candidate->heading_scores, offsets, 0, 1.0, FAZHI_PHRASE_AREA, state->agency_phrases };
  g_autoptr (GArray)  bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));

  scan_text (&scan, heading, length, 1.0);

  _fazhi_bigrams_collect (heading, length, bigrams);
  for (guint c = 0; c < state->lexicon->outlines->len; c++)
    {
      const FazhiBigramSet *sets = g_ptr_array_index (state->lexicon->title_bigrams, c);
      guint                 n = fazhi_catalog_get_n_entries (g_ptr_array_index (state->lexicon->outlines, c));

      for (guint e = 0; e < n; e++)
        candidate->heading_scores[offsets[c] + e] +=
          3.0 * _fazhi_bigrams_dice ((guint64 *) bigrams->data, bigrams->len, sets[e].bigrams, sets[e].n_bigrams);
    }

  /* The body: every distinct phrase counts a little, capped. */
  scan.scores = body;
  scan.stamp = new_stamp (state);
  scan.factor = BODY_WEIGHT;
  for (guint p = 0; section->paragraphs != NULL && p < section->paragraphs->len; p++)
    {
      const FazhiParagraph *paragraph = g_ptr_array_index (section->paragraphs, p);

      _fazhi_read_state_scan (state, paragraph, score_hit, &scan);
    }
  /* Children's bodies belong to the section too (thematic reports put all
   * text under sub-headings). */
  for (guint k = candidate->section + 1; k < state->sections->len; k++)
    {
      FazhiReaderSection *child = section_at (state, k);

      if (child->level <= section->level)
        break;
      {
        const char *child_heading = state->norm + child->heading_start;

        _fazhi_matcher_scan (state->lexicon->matcher, child_heading, child->heading_end - child->heading_start,
                             score_hit, &scan);
      }
      for (guint p = 0; child->paragraphs != NULL && p < child->paragraphs->len; p++)
        {
          const FazhiParagraph *paragraph = g_ptr_array_index (child->paragraphs, p);

          _fazhi_read_state_scan (state, paragraph, score_hit, &scan);
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

static void
collect_candidates (FazhiReadState *state,
                    gboolean        second_round,
                    guint          *offsets,
                    guint           n_scores,
                    GArray         *candidates)
{
  for (guint i = 0; i < state->sections->len; i++)
    if (is_candidate (state, i, second_round))
      {
        Candidate candidate = { i, g_new0 (double, n_scores), g_new0 (double, n_scores) };

        score_candidate (state, &candidate, offsets, n_scores);
        g_array_append_val (candidates, candidate);
      }
}

static void
assign_areas (FazhiReadState *state,
              GArray         *candidates,
              guint          *offsets)
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

static void
free_candidates (GArray *candidates)
{
  for (guint k = 0; k < candidates->len; k++)
    {
      g_free (g_array_index (candidates, Candidate, k).heading_scores);
      g_free (g_array_index (candidates, Candidate, k).scores);
    }
  g_array_unref (candidates);
}

void
_fazhi_classify_framework (FazhiReadState *state)
{
  FazhiLexicon      *lexicon = state->lexicon;
  guint              n_outlines = lexicon->outlines->len;
  g_autofree guint  *offsets = g_new0 (guint, n_outlines + 1);
  GArray            *first = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GArray            *second = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autofree double *fit = g_new0 (double, n_outlines);
  guint              n_scores;
  int                chosen = -1;

  for (guint c = 0; c < n_outlines; c++)
    offsets[c + 1] = offsets[c] + fazhi_catalog_get_n_entries (g_ptr_array_index (lexicon->outlines, c));
  n_scores = offsets[n_outlines];

  /* What the agency is named after is its whole business, not one area:
   * an emergency management bureau writes 应急管理 under every heading. */
  if (state->agency != NULL)
    {
      g_autofree char   *agency = _fazhi_normalize (state->agency, -1);
      g_autofree double *ignored = g_new0 (double, n_scores);
      ScoreScan          scan = { state, ignored, offsets, 0, 1.0, FAZHI_PHRASE_AREA, NULL };

      scan_text (&scan, agency, strlen (agency), 1.0);
      state->agency_phrases = g_new0 (guint8, lexicon->phrases->len);
      for (guint id = 0; id < lexicon->phrases->len; id++)
        state->agency_phrases[id] = state->stamps[id] == scan.stamp;
    }

  collect_candidates (state, FALSE, offsets, n_scores, first);

  /* How well each outline explains the headings. */
  for (guint k = 0; k < first->len; k++)
    {
      Candidate *candidate = &g_array_index (first, Candidate, k);

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
      assign_areas (state, first, offsets);

      collect_candidates (state, TRUE, offsets, n_scores, second);
      assign_areas (state, second, offsets);
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

  free_candidates (first);
  free_candidates (second);
}

/* The area a piece of text (a plans item) is about, in the framework. */
const char *
_fazhi_classify_text_area (FazhiReadState *state,
                           const char     *text,
                           gsize           length,
                           double         *score)
{
  FazhiLexicon      *lexicon = state->lexicon;
  guint              n_outlines = lexicon->outlines->len;
  g_autofree guint  *offsets = g_new0 (guint, n_outlines + 1);
  g_autofree double *scores = NULL;
  ScoreScan          scan = { state, NULL, offsets, 0, 1.0, FAZHI_PHRASE_AREA, state->agency_phrases };
  guint              c = state->framework_index;
  double             best, second;
  int                entry;

  *score = 0;
  if (state->framework == NULL)
    return NULL;

  for (guint i = 0; i < n_outlines; i++)
    offsets[i + 1] = offsets[i] + fazhi_catalog_get_n_entries (g_ptr_array_index (lexicon->outlines, i));
  scores = g_new0 (double, offsets[n_outlines]);
  scan.scores = scores;
  scan_text (&scan, text, length, 1.0);

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
  FazhiLexicon     *lexicon = state->lexicon;
  guint             n_outlines = lexicon->outlines->len;
  g_autofree guint *offsets = g_new0 (guint, n_outlines + 1);
  GArray           *items = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint             n_scores;

  if (state->framework == NULL)
    {
      g_array_unref (items);
      return;
    }

  for (guint c = 0; c < n_outlines; c++)
    offsets[c + 1] = offsets[c] + fazhi_catalog_get_n_entries (g_ptr_array_index (lexicon->outlines, c));
  n_scores = offsets[n_outlines];

  for (guint i = 0; i < state->sections->len; i++)
    {
      FazhiReaderSection *section = section_at (state, i);
      FazhiReaderSection *parent = section->parent >= 0 ? section_at (state, section->parent) : NULL;
      Candidate           candidate = { i, NULL, NULL };

      if (parent == NULL || !parent->own_part || g_strcmp0 (parent->part, part) != 0 || section->area != NULL)
        continue;

      candidate.heading_scores = g_new0 (double, n_scores);
      candidate.scores = g_new0 (double, n_scores);
      score_candidate (state, &candidate, offsets, n_scores);
      g_array_append_val (items, candidate);
    }

  assign_areas (state, items, offsets);
  free_candidates (items);
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

static guint
count_required_parts (FazhiReadState *state)
{
  const char *required[] = { "measures", "responsibility", "shortcomings", "plans" };
  guint       found = 0;

  for (guint r = 0; r < G_N_ELEMENTS (required); r++)
    for (guint i = 0; i < state->sections->len; i++)
      if (g_strcmp0 (section_at (state, i)->part, required[r]) == 0)
        {
          found++;
          break;
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
      const FazhiParagraph *paragraph = g_ptr_array_index (state->preamble, p);

      _fazhi_read_state_scan (state, paragraph, news_hit, &scan);
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
