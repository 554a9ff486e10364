/* fazhi-targets.c: what a plans item commits to
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A plans item is a sentence or three, read once per report, so each
 * question (how much, how often, who, by when, is it checkable) is a plain
 * scan of its own over the normalised text: digits are ASCII there, spaces
 * next to CJK are gone and hard-wrapped lines are already joined. The
 * reading works clause by clause, because a clause is where Chinese plans
 * tie a figure to its frequency ("每季度开展1次") and where a past fact
 * ("今年已完成…") is kept apart from a commitment.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "fazhi-evidence-private.h"
#include "fazhi-util-private.h"

/* One stretch of normalised text to read: the heading or a paragraph. */
typedef struct
{
  const char *text;
  gsize       length;
} Passage;

/* Text helpers ------------------------------------------------------ */

/* Offsets are what this file works in. */
static inline gboolean
has_word_at (const char *text,
             gsize       length,
             gsize       pos,
             const char *word)
{
  return _fazhi_has_word_at (text + pos, text + length, word);
}

/* The first of @words at @pos, or NULL. */
static const char *
word_at (const char         *text,
         gsize               length,
         gsize               pos,
         const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (has_word_at (text, length, pos, words[i]))
      return words[i];
  return NULL;
}

static gboolean
range_has (const char *text,
           gsize       start,
           gsize       end,
           const char *word)
{
  return start < end && _fazhi_find (text + start, end - start, word) != NULL;
}

static gsize
next_char (const char *text,
           gsize       pos)
{
  return g_utf8_next_char (text + pos) - text;
}

/* The second bytes of a word list, as a bitmap. The words are CJK, whose
 * first bytes (E4…E9) hardly tell characters apart, while the second
 * byte rules out most places before any word is tried. */
typedef struct
{
  guint64 bits[4];
} SecondBytes;

static void
second_bytes_add (SecondBytes *self,
                  const char  *word)
{
  guchar b = (guchar) word[1];

  /* A word of one byte has no second byte to test: let all through. */
  if (word[0] == '\0' || b == '\0')
    memset (self->bits, 0xFF, sizeof self->bits);
  else
    self->bits[b >> 6] |= G_GUINT64_CONSTANT (1) << (b & 63);
}

static void
second_bytes_init (SecondBytes        *self,
                   const char * const *words)
{
  memset (self, 0, sizeof *self);
  for (guint i = 0; words[i] != NULL; i++)
    second_bytes_add (self, words[i]);
}

/* Whether a word of the list may start at @pos; FALSE only if none can. */
static inline gboolean
second_bytes_allow (const SecondBytes *self,
                    const char        *text,
                    gsize              length,
                    gsize              pos)
{
  guchar b;

  if (pos + 1 >= length)
    return TRUE;
  b = (guchar) text[pos + 1];
  return (self->bits[b >> 6] & (G_GUINT64_CONSTANT (1) << (b & 63))) != 0;
}

/* word_at for a loop over every character, with the list's second bytes. */
static inline const char *
filtered_word_at (const SecondBytes  *second,
                  const char         *text,
                  gsize               length,
                  gsize               pos,
                  const char * const *words)
{
  return second_bytes_allow (second, text, length, pos) ? word_at (text, length, pos, words) : NULL;
}

/* A word list with its second bytes, worked out on first use rather than
 * for every clause the list is looked for in. */
typedef struct
{
  const char * const *words;
  gsize               ready;
  SecondBytes         second;
} WordList;

#define WORD_LIST(words) \
  { \
    words, 0, \
    { \
      { \
        0 \
      } \
    } \
  }

static const SecondBytes *
word_list_second (WordList *list)
{
  if (g_once_init_enter (&list->ready))
    {
      second_bytes_init (&list->second, list->words);
      g_once_init_leave (&list->ready, 1);
    }
  return &list->second;
}

/* Whether any word of @list occurs in text[start, end). One pass over the
 * characters instead of a memmem per word: UTF-8 words can only start
 * where a character does. */
static gboolean
range_has_any (const char *text,
               gsize       start,
               gsize       end,
               WordList   *list)
{
  const SecondBytes *second;

  if (start >= end)
    return FALSE;
  second = word_list_second (list);
  for (gsize pos = start; pos < end; pos = next_char (text, pos))
    if (filtered_word_at (second, text, end, pos, list->words) != NULL)
      return TRUE;
  return FALSE;
}

/* g_utf8_find_prev_char without the call, for offsets into text that
 * starts with a whole character. */
static gsize
prev_char (const char *text,
           gsize       pos)
{
  while (pos > 0)
    {
      pos--;
      if (((guchar) text[pos] & 0xC0) != 0x80)
        break;
    }
  return pos;
}

static gunichar
char_before (const char *text,
             gsize       pos)
{
  return pos == 0 ? 0 : _fazhi_get_char (text + prev_char (text, pos));
}

/* Whether @c is one of the characters of @set (valid UTF-8), decoded in
 * place rather than by g_utf8_strchr's encoding and strstr. */
static gboolean
char_in (gunichar    c,
         const char *set)
{
  if (c == 0)
    return FALSE;
  for (const char *p = set; *p != '\0'; p = g_utf8_next_char (p))
    if (_fazhi_get_char (p) == c)
      return TRUE;
  return FALSE;
}

/* ASCII digits and 〇零一二两三四五六七八九十百千. */
static inline gboolean
is_numeral (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isdigit (c);
  switch (c)
    {
    case 0x3007: /* 〇 */
    case 0x96F6: /* 零 */
    case 0x4E00: /* 一 */
    case 0x4E8C: /* 二 */
    case 0x4E24: /* 两 */
    case 0x4E09: /* 三 */
    case 0x56DB: /* 四 */
    case 0x4E94: /* 五 */
    case 0x516D: /* 六 */
    case 0x4E03: /* 七 */
    case 0x516B: /* 八 */
    case 0x4E5D: /* 九 */
    case 0x5341: /* 十 */
    case 0x767E: /* 百 */
    case 0x5343: /* 千 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* Clauses end at the punctuation that separates commitments
 * (，。；！？： and their ASCII forms, and line ends); the enumeration
 * comma 、 joins parts of one. */
static gboolean
is_clause_break (gunichar c)
{
  switch (c)
    {
    case 0xFF0C: /* ， */
    case 0x3002: /* 。 */
    case 0xFF1B: /* ； */
    case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */
    case 0xFF1A: /* ： */
    case ',':
    case ';':
    case '!':
    case '?':
    case ':':
    case '\n':
      return TRUE;
    default:
      return FALSE;
    }
}

static void
clause_bounds (const char *text,
               gsize       length,
               gsize       pos,
               gsize      *start,
               gsize      *end)
{
  gsize s = MIN (pos, length);
  gsize e = MIN (pos, length);

  /* Characters led by E4…E9 (most of the text: CJK) are three bytes and
   * never a break, so they are stepped over on their lead byte alone. */
  while (s > 0)
    {
      gsize p;

      if (s >= 3 && (guchar) text[s - 3] >= 0xE4 && (guchar) text[s - 3] <= 0xE9 &&
          ((guchar) text[s - 2] & 0xC0) == 0x80 && ((guchar) text[s - 1] & 0xC0) == 0x80)
        {
          s -= 3;
          continue;
        }
      p = prev_char (text, s);
      if (is_clause_break (_fazhi_get_char (text + p)))
        break;
      s = p;
    }
  while (e < length)
    {
      guchar b = (guchar) text[e];

      if (b >= 0xE4 && b <= 0xE9)
        {
          e += 3;
          continue;
        }
      if (is_clause_break (_fazhi_get_char (text + e)))
        break;
      e = next_char (text, e);
    }

  *start = s;
  *end = e;
}

/* A number that starts at @pos (and not in the middle of one). */
static inline gboolean
number_at (const char *text,
           gsize       length,
           gsize       pos,
           double     *value,
           gsize      *end)
{
  gsize    consumed = 0;
  gboolean is_chinese;

  if (pos >= length || !is_numeral (_fazhi_get_char (text + pos)) || is_numeral (char_before (text, pos)))
    return FALSE;
  if (!_fazhi_parse_number (text + pos, length - pos, &consumed, value, &is_chinese) || consumed == 0)
    return FALSE;
  *end = pos + consumed;
  return TRUE;
}

static gboolean
is_whole (double value,
          double min,
          double max)
{
  return value >= min && value <= max && floor (value) == value;
}

/* Wording that marks a clause as a report of what is done, not a plan. */
static const char * const past_words[] = {
  "已完成", "已经", "已建成", "已累计", "已有", "已达", "已全部", "已实现",
  "已开展", "已组织", "已举办", "已于", "去年", "上年", "上一年", "过去", "截至",
  NULL
};
static WordList past_words_list = WORD_LIST (past_words);

static gboolean
clause_is_past (const char *text,
                gsize       start,
                gsize       end)
{
  return range_has_any (text, start, end, &past_words_list);
}

/* Whether the clause names a year before the plan year ("2022年共培训…"
 * inside next year's plans is a past fact). */
static gboolean
clause_names_earlier_year (const char *text,
                           gsize       start,
                           gsize       end,
                           int         plan_year)
{
  for (gsize pos = start; pos < end; pos = next_char (text, pos))
    {
      double value;
      gsize  after;

      if (number_at (text, end, pos, &value, &after) &&
          is_whole (value, 1900, plan_year - 1) &&
          has_word_at (text, end, after, "年"))
        return TRUE;
    }
  return FALSE;
}

/* Period ------------------------------------------------------------ */

typedef struct
{
  const char *word;
  FazhiPeriod period;
} PeriodWord;

static const PeriodWord period_words[] = {
  { "每半年", FAZHI_PERIOD_HALF_YEAR },
  /* A school term is half a school year. */
  { "每学期", FAZHI_PERIOD_HALF_YEAR },
  { "每年", FAZHI_PERIOD_YEAR },
  { "全年", FAZHI_PERIOD_YEAR },
  { "每季", FAZHI_PERIOD_QUARTER },
  { "每个季度", FAZHI_PERIOD_QUARTER },
  { "按季度", FAZHI_PERIOD_QUARTER },
  { "每月", FAZHI_PERIOD_MONTH },
  { "每个月", FAZHI_PERIOD_MONTH },
  { "按月", FAZHI_PERIOD_MONTH },
  { "每周", FAZHI_PERIOD_WEEK },
  { "每星期", FAZHI_PERIOD_WEEK },
  { "每个星期", FAZHI_PERIOD_WEEK },
};

static FazhiPeriod
period_in (const char *text,
           gsize       start,
           gsize       end)
{
  static SecondBytes second;
  static gsize       ready = 0;

  /* Worked out once, not for every clause. */
  if (g_once_init_enter (&ready))
    {
      for (guint i = 0; i < G_N_ELEMENTS (period_words); i++)
        second_bytes_add (&second, period_words[i].word);
      g_once_init_leave (&ready, 1);
    }

  for (gsize pos = start; pos < end; pos = next_char (text, pos))
    {
      if (!second_bytes_allow (&second, text, end, pos))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (period_words); i++)
        if (has_word_at (text, end, pos, period_words[i].word))
          return period_words[i].period;
    }
  return FAZHI_PERIOD_NONE;
}

/* The first period stated in a clause that is not about the past. */
static FazhiPeriod
first_period (GArray *passages)
{
  for (guint i = 0; i < passages->len; i++)
    {
      const Passage *passage = &g_array_index (passages, Passage, i);
      gsize          start = 0;

      while (start < passage->length)
        {
          gsize       cs, ce;
          FazhiPeriod period;

          clause_bounds (passage->text, passage->length, start, &cs, &ce);
          period = period_in (passage->text, cs, ce);
          if (period != FAZHI_PERIOD_NONE && !clause_is_past (passage->text, cs, ce))
            return period;
          start = ce < passage->length ? next_char (passage->text, ce) : ce;
        }
    }
  return FAZHI_PERIOD_NONE;
}

/* Quantity ---------------------------------------------------------- */

/* Units that make a figure a date or a span of calendar time. */
static const char * const calendar_units[] = {
  "年", "月", "日", "号", "个月", "季度", "年度", NULL
};

/* Wording that introduces the amount a plan commits to. */
static const char * const target_words[] = {
  "力争", "达到", "不少于", "不低于", "至少", "超过", "新增", "增加", "提高", "提升", "完成",
  NULL
};
static WordList target_words_list = WORD_LIST (target_words);

static gboolean
figure_is_candidate (const FazhiFigureRecord *figure)
{
  switch (figure->kind)
    {
    case FAZHI_FIGURE_KIND_COUNT:
    case FAZHI_FIGURE_KIND_MONEY:
    case FAZHI_FIGURE_KIND_PERCENTAGE:
    case FAZHI_FIGURE_KIND_AREA:
      break;
    case FAZHI_FIGURE_KIND_RANK:
    case FAZHI_FIGURE_KIND_RATIO:
    default:
      return FALSE;
    }

  if (figure->unit[0] == '\0')
    return TRUE;
  for (guint i = 0; calendar_units[i] != NULL; i++)
    if (g_str_equal (figure->unit, calendar_units[i]))
      return FALSE;
  return TRUE;
}

typedef struct
{
  double               value;
  const char          *unit; /* borrowed from the figure or a literal */
  FazhiFigureQualifier qualifier;
  gsize                pos;
  gboolean             located; /* FALSE: somewhere in the paragraph */
} Candidate;

static gint
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  return ca->pos < cb->pos ? -1 : ca->pos > cb->pos;
}

/* Measure words of "每月开展一次" and the like. */
static const char * const once_units[] = {
  "场次", "次", "场", "期", "轮", "回", NULL
};

/* "每月开展一次…": figures leave out a bare 一 (一次性告知, 第一次 and
 * 唯一一次 count nothing), but after a period word it is the target. */
static void
add_spoken_once (const FazhiParagraph *paragraph,
                 GArray               *candidates)
{
  const char *text = paragraph->text;
  gsize       length = paragraph->length;
  gsize       start = 0;

  while (start < length)
    {
      gsize cs, ce;

      clause_bounds (text, length, start, &cs, &ce);
      if (period_in (text, cs, ce) != FAZHI_PERIOD_NONE)
        for (gsize pos = cs; pos < ce; pos = next_char (text, pos))
          {
            gsize       after = pos + strlen ("一");
            const char *unit;
            gunichar    before = char_before (text, pos);

            if (!has_word_at (text, ce, pos, "一") || is_numeral (before) || char_in (before, "第统唯同逐"))
              continue;
            unit = word_at (text, ce, after, once_units);
            if (unit != NULL && !has_word_at (text, ce, after + strlen (unit), "性"))
              {
                Candidate candidate = { 1, unit, FAZHI_FIGURE_QUALIFIER_EXACT, pos, TRUE };

                g_array_append_val (candidates, candidate);
              }
          }
      start = ce < length ? next_char (text, ce) : ce;
    }
}

/* Picks the most target-like quantity: one whose clause states a period
 * ("每季度开展1次") beats a bound ("不少于20场次"), which beats a figure
 * merely introduced by target wording ("达到100%"); among equals the
 * first wins. Figures in clauses about the past, years and dates are
 * skipped. Returns the period of the chosen quantity's clause. */
static FazhiPeriod
fill_quantity (FazhiDocument *document,
               FazhiTarget   *target,
               GPtrArray     *paragraphs,
               int            plan_year)
{
  g_autofree char *best_unit = NULL;
  double           best_value = 0;
  FazhiPeriod      best_period = FAZHI_PERIOD_NONE;
  int              best_score = -1;
  /* One pair of arrays for all paragraphs, emptied for each. */
  g_autoptr (GArray) figures = g_array_new (FALSE, FALSE, sizeof (FazhiFigureRecord));
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  g_array_set_clear_func (figures, (GDestroyNotify) _fazhi_figure_record_clear);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const FazhiParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      g_array_set_size (figures, 0);
      g_array_set_size (candidates, 0);
      _fazhi_extract_figure_records (document, paragraph, figures);
      for (guint j = 0; j < figures->len; j++)
        {
          const FazhiFigureRecord *figure = &g_array_index (figures, FazhiFigureRecord, j);
          Candidate                candidate = { figure->value, figure->unit[0] != '\0' ? figure->unit : NULL,
                                                 figure->qualifier, figure->offset, TRUE };

          if (figure_is_candidate (figure))
            g_array_append_val (candidates, candidate);
        }
      add_spoken_once (paragraph, candidates);
      g_array_sort (candidates, compare_candidates);

      for (guint j = 0; j < candidates->len; j++)
        {
          const Candidate *candidate = &g_array_index (candidates, Candidate, j);
          FazhiPeriod      period;
          gsize            cs = 0, ce = paragraph->length;
          int              score = 0;

          if (candidate->located)
            clause_bounds (paragraph->text, paragraph->length, candidate->pos, &cs, &ce);
          if (clause_is_past (paragraph->text, cs, ce) ||
              clause_names_earlier_year (paragraph->text, cs, ce, plan_year))
            continue;

          period = period_in (paragraph->text, cs, ce);
          if (period != FAZHI_PERIOD_NONE)
            score += 4;
          if (candidate->qualifier == FAZHI_FIGURE_QUALIFIER_AT_LEAST ||
              candidate->qualifier == FAZHI_FIGURE_QUALIFIER_AT_MOST)
            score += 2;
          if (range_has_any (paragraph->text, cs, candidate->located ? candidate->pos : cs, &target_words_list))
            score += 1;

          if (score > best_score)
            {
              g_free (best_unit);
              best_unit = g_strdup (candidate->unit);
              best_value = candidate->value;
              best_score = score;
              best_period = period;
            }
        }
    }

  if (best_score >= 0)
    {
      fazhi_target_set_quantity (target, best_value);
      fazhi_target_set_unit (target, best_unit);
    }
  return best_period;
}

/* Owner ------------------------------------------------------------- */

/* Labels after which the responsible unit is named. */
static const char * const owner_labels[] = {
  "责任单位", "牵头单位", "责任部门", "牵头部门", "责任科室", "责任处室", "承办单位",
  "主办单位", "负责单位", "责任主体", NULL
};
static WordList owner_labels_list = WORD_LIST (owner_labels);

/* What follows "由X": the verb that makes X the one in charge. */
static const char * const charge_verbs[] = {
  "具体负责", "负责", "牵头", "承办", "主办", "主抓", "组织", "统筹", "会同", "联合", NULL
};
/* Names that hold one of those verbs ("由县委组织部牵头"). */
static const char * const names_with_verbs[] = {
  "组织部", "联合会", NULL
};

/* Verbs that make the unit right before them the one in charge. */
static const char * const duty_verbs[] = {
  "负责", "牵头", "承办", "主办", NULL
};
static WordList duty_verbs_list = WORD_LIST (duty_verbs);

/* Adverbs between the unit and its verb ("法规股具体负责"). */
static const char * const owner_adverbs[] = {
  "具体", "共同", "统一", "分别", "专门", "全面", NULL
};

/* Words a run of CJK text may start with before the unit's name. */
static const char * const owner_lead_ins[] = {
  "由", "明确", "要求", "推动", "督促", "指定", "安排", "确定", "并", "请", NULL
};

/* Units end with one of these: 科 处 室 股 局 办 … or a word below. */
static const char         owner_suffix_chars[] = "科处室股局办厅委部院所站队组府会馆庭司班";
static const char * const owner_suffix_words[] = {
  "中心", "领导", "部门", "单位", "街道", "乡镇", "镇街", NULL
};
/* …but not these everyday words that happen to end the same way. */
static const char * const owner_false_endings[] = {
  "全部", "内部", "局部", "外部", "社会", "机会", NULL
};

static gboolean
ends_with_word (const char *text,
                gsize       length,
                const char *word)
{
  gsize n = strlen (word);

  return length >= n && memcmp (text + length - n, word, n) == 0;
}

static gboolean
ends_with_any (const char         *text,
               gsize               length,
               const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (ends_with_word (text, length, words[i]))
      return TRUE;
  return FALSE;
}

/* The unit named by text[start, end), or NULL if it does not read as
 * one: @min_chars to 12 characters, ending the way offices and teams do. */
static char *
owner_from (const char *text,
            gsize       start,
            gsize       end,
            glong       min_chars)
{
  gboolean stripped;
  glong    n_chars;
  gunichar last;

  for (;;)
    {
      const char *word = word_at (text, end, start, owner_lead_ins);
      gsize       pos = start;

      if (word != NULL)
        {
          start += strlen (word);
          continue;
        }
      /* A run-in enumeration ("二是综合科负责…") is not part of the name. */
      while (pos < end && is_numeral (_fazhi_get_char (text + pos)))
        pos = next_char (text, pos);
      if (pos > start && has_word_at (text, end, pos, "是"))
        {
          start = pos + strlen ("是");
          continue;
        }
      break;
    }

  do
    {
      stripped = FALSE;
      for (guint i = 0; owner_adverbs[i] != NULL; i++)
        if (ends_with_word (text + start, end - start, owner_adverbs[i]))
          {
            end -= strlen (owner_adverbs[i]);
            stripped = TRUE;
          }
    }
  while (stripped && start < end);

  if (start >= end)
    return NULL;
  n_chars = g_utf8_strlen (text + start, end - start);
  if (n_chars < min_chars || n_chars > 12)
    return NULL;
  /* "对本单位…负责", "执法大队向局党组负责": answering to someone is not
   * being in charge. */
  for (gsize pos = start; pos < end; pos = next_char (text, pos))
    if (char_in (_fazhi_get_char (text + pos), "对向"))
      return NULL;
  if (ends_with_any (text + start, end - start, owner_false_endings))
    return NULL;

  last = _fazhi_get_char (text + prev_char (text, end));
  if (!char_in (last, owner_suffix_chars) && !ends_with_any (text + start, end - start, owner_suffix_words))
    return NULL;

  return g_strndup (text + start, end - start);
}

/* "负责人" and "负责同志" are people named by their post, and "牵头单位"
 * is a label; none of them says who is in charge here. */
static gboolean
is_duty_verb_at (const char *text,
                 gsize       length,
                 gsize       pos,
                 const char *verb)
{
  gsize after = pos + strlen (verb);

  if (!has_word_at (text, length, pos, verb))
    return FALSE;
  return !has_word_at (text, length, after, "人") &&
         !has_word_at (text, length, after, "同志") &&
         !has_word_at (text, length, after, "单位") &&
         !has_word_at (text, length, after, "部门");
}

/* "责任单位：政策法规科" */
static char *
owner_after_label (const char *text,
                   gsize       length)
{
  const SecondBytes *second = word_list_second (&owner_labels_list);

  for (gsize pos = 0; pos < length; pos = next_char (text, pos))
    {
      const char *label = filtered_word_at (second, text, length, pos, owner_labels);
      gsize       start, end;

      if (label == NULL)
        continue;
      start = pos + strlen (label);
      if (has_word_at (text, length, start, "："))
        start += strlen ("：");
      else if (has_word_at (text, length, start, ":"))
        start += 1;
      else
        continue;

      for (end = start; end < length && _fazhi_is_cjk (_fazhi_get_char (text + end)); end = next_char (text, end))
        ;
      if (end > start)
        return owner_from (text, start, end, 2);
    }
  return NULL;
}

/* "由办公室牵头", "由法规科会同…" */
static char *
owner_after_you (const char *text,
                 gsize       length)
{
  /* From one 由 (E7 94 B1) to the next, found by its rare last byte; its
   * lead byte starts a character wherever it is found. */
  for (const char *last = length >= 3 ? memchr (text + 2, 0xB1, length - 2) : NULL; last != NULL;
       last = last + 1 < text + length ? memchr (last + 1, 0xB1, text + length - last - 1) : NULL)
    {
      gsize pos = last - 2 - text;
      gsize start, end;
      guint n = 0;

      if ((guchar) last[-2] != 0xE7 || (guchar) last[-1] != 0x94)
        continue;
      /* 由于 and 由此 are conjunctions; 自由, 理由 and 缘由 are words. */
      if (has_word_at (text, length, pos, "由于") ||
          has_word_at (text, length, pos, "由此") ||
          char_in (char_before (text, pos), "自理缘"))
        continue;

      start = pos + strlen ("由");
      for (end = start; end < length && n <= 14 && _fazhi_is_cjk (_fazhi_get_char (text + end)); end = next_char (text, end), n++)
        {
          const char *verb = word_at (text, length, end, charge_verbs);
          char       *owner;

          if (verb == NULL || end == start || !is_duty_verb_at (text, length, end, verb) ||
              word_at (text, length, end, names_with_verbs) != NULL)
            continue;
          if ((owner = owner_from (text, start, end, 2)) != NULL)
            return owner;
        }
    }
  return NULL;
}

/* "综合科负责…", "局办公室牵头" */
static char *
owner_before_verb (const char *text,
                   gsize       length)
{
  const SecondBytes *second = word_list_second (&duty_verbs_list);

  for (gsize pos = 0; pos < length; pos = next_char (text, pos))
    {
      const char *verb = filtered_word_at (second, text, length, pos, duty_verbs);
      gsize       start = pos;
      guint       n = 0;
      char       *owner;

      if (verb == NULL || !is_duty_verb_at (text, length, pos, verb))
        continue;
      while (start > 0 && n < 16 && _fazhi_is_cjk (char_before (text, start)))
        {
          start = prev_char (text, start);
          n++;
        }
      /* Two characters before 负责 are as often a slogan ("党委领导、政府
       * 负责") as a unit, so this loosest reading wants three. */
      if ((owner = owner_from (text, start, pos, 3)) != NULL)
        return owner;
    }
  return NULL;
}

typedef char *(*OwnerFinder) (const char *text,
                              gsize       length);

/* A label names the owner outright; "由X…" states it; "X负责" is the
 * loosest reading, so it only counts when the other two find nothing. */
static char *
find_owner (GArray *passages)
{
  static const OwnerFinder finders[] = { owner_after_label, owner_after_you, owner_before_verb };

  for (guint f = 0; f < G_N_ELEMENTS (finders); f++)
    for (guint i = 0; i < passages->len; i++)
      {
        const Passage *passage = &g_array_index (passages, Passage, i);
        char          *owner = finders[f](passage->text, passage->length);

        if (owner != NULL)
          return owner;
      }
  return NULL;
}

/* Due date ---------------------------------------------------------- */

static GDate *
date_new (int year,
          int month,
          int day)
{
  if (!g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_new_dmy (day, month, year);
}

static GDate *
month_end (int year,
           int month)
{
  if (!g_date_valid_year (year) || !g_date_valid_month (month))
    return NULL;
  return g_date_new_dmy (g_date_get_days_in_month (month, year), month, year);
}

/* What follows a date and makes it a deadline. */
static const char * const deadline_words[] = {
  "前", "之前", "以前", "止", "内", "完成", NULL
};

/* A quarter ("一季度", "第三季度"), a month end ("6月底", "12月末") or a
 * day ("6月30日前") in @year, read at @pos. */
static GDate *
deadline_in_year (const char *text,
                  gsize       length,
                  gsize       pos,
                  int         year)
{
  double value;
  gsize  after;

  if (has_word_at (text, length, pos, "第"))
    pos += strlen ("第");
  if (!number_at (text, length, pos, &value, &after))
    return NULL;

  if (is_whole (value, 1, 4) && has_word_at (text, length, after, "季度"))
    return month_end (year, (int) value * 3);

  if (is_whole (value, 1, 12) && has_word_at (text, length, after, "月"))
    {
      int    month = (int) value;
      double day;
      gsize  day_end;

      after += strlen ("月");
      if (has_word_at (text, length, after, "份"))
        after += strlen ("份");
      if (has_word_at (text, length, after, "底") ||
          has_word_at (text, length, after, "末") ||
          has_word_at (text, length, after, "内") ||
          has_word_at (text, length, after, "完成"))
        return month_end (year, month);

      if (number_at (text, length, after, &day, &day_end) && is_whole (day, 1, 31) &&
          (has_word_at (text, length, day_end, "日") || has_word_at (text, length, day_end, "号")))
        {
          day_end = next_char (text, day_end);
          if (word_at (text, length, day_end, deadline_words) != NULL)
            return date_new (year, month, (int) day);
        }
    }
  return NULL;
}

/* What follows "2023年": 底/末/内/前 (the year's end), 上半年/下半年,
 * or a quarter, month or day of that year. */
static GDate *
deadline_after_year (const char *text,
                     gsize       length,
                     gsize       pos,
                     int         year)
{
  static const char * const year_end[] = { "年底", "年末", "底", "末", "内", "前", "以前", "之前", NULL };

  if (word_at (text, length, pos, year_end) != NULL)
    return month_end (year, 12);
  if (has_word_at (text, length, pos, "上半年"))
    return month_end (year, 6);
  if (has_word_at (text, length, pos, "下半年"))
    return month_end (year, 12);
  return deadline_in_year (text, length, pos, year);
}

/* 去 上 前 明: what makes a 年底 another year's. */
static gboolean
is_past_or_other (gunichar c)
{
  switch (c)
    {
    case 0x53BB: /* 去 */
    case 0x4E0A: /* 上 */
    case 0x524D: /* 前 */
    case 0x660E: /* 明 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether a 年底/年内/上半年 at @pos means the plan year: not "3年内"
 * (a span), not "去年底" or "上年底" (the past), not "2022年底" (read
 * with its year). */
static gboolean
means_plan_year (const char *text,
                 gsize       pos)
{
  gunichar before = char_before (text, pos);

  if (is_numeral (before) || is_past_or_other (before))
    return FALSE;
  if (before == 0x5E74 /* 年 */)
    {
      gunichar earlier = char_before (text, prev_char (text, pos));

      return !is_numeral (earlier) && !is_past_or_other (earlier);
    }
  return TRUE;
}

/* The deadline that starts at @pos, if any. */
static GDate *
deadline_at (const char *text,
             gsize       length,
             gsize       pos,
             int         plan_year)
{
  static const char * const year_end[] = { "年底", "年末", "年内", "年度内", NULL };
  double                    value;
  gsize                     after;
  int                       month;

  /* "每一季度" and "每月底" recur; they are periods, not deadlines. */
  if (char_before (text, pos) == 0x6BCF /* 每 */)
    return NULL;

  if (number_at (text, length, pos, &value, &after))
    {
      if (is_whole (value, 1900, 2100) && has_word_at (text, length, after, "年"))
        return deadline_after_year (text, length, after + strlen ("年"), (int) value);
      return deadline_in_year (text, length, pos, plan_year);
    }

  /* This is tried at every character: the words first, as they rule
   * out more places for less than looking behind @pos does. */
  if (word_at (text, length, pos, year_end) != NULL)
    month = 12;
  else if (has_word_at (text, length, pos, "上半年"))
    month = 6;
  else if (has_word_at (text, length, pos, "下半年"))
    month = 12;
  else
    return NULL;
  if (!means_plan_year (text, pos))
    return NULL;
  return month_end (plan_year, month);
}

/* The first deadline stated in a clause that is not about the past. A
 * plan year of 0 (the report's year is unknown) resolves only deadlines
 * that name their year, as GDate has no year 0. */
static GDate *
find_due (GArray *passages,
          int     plan_year)
{
  for (guint i = 0; i < passages->len; i++)
    {
      const Passage *passage = &g_array_index (passages, Passage, i);

      for (gsize pos = 0; pos < passage->length; pos = next_char (passage->text, pos))
        {
          g_autoptr (GDate) due = NULL;
          gsize             cs, ce;
          gunichar          c = _fazhi_get_char (passage->text + pos);

          /* Deadlines start with a number, 年 (年底), 上 or 下 (上半年):
           * nothing else is worth the look. */
          if (!is_numeral (c) && c != 0x5E74 /* 年 */ && c != 0x4E0A /* 上 */ && c != 0x4E0B /* 下 */)
            continue;
          due = deadline_at (passage->text, passage->length, pos, plan_year);
          if (due == NULL)
            continue;
          clause_bounds (passage->text, passage->length, pos, &cs, &ce);
          if (!clause_is_past (passage->text, cs, ce))
            return g_steal_pointer (&due);
        }
    }
  return NULL;
}

/* Deliverables ------------------------------------------------------ */

/* Verbs that produce a document, and the documents they produce. */
static const char * const drafting_verbs[] = {
  "制定", "制订", "出台", "修订", "印发", "起草", "编制", "编印", "发布", "修改", NULL
};
static WordList           drafting_verbs_list = WORD_LIST (drafting_verbs);
static const char * const document_nouns[] = {
  "办法", "制度", "清单", "方案", "规划", "指南", "目录", "细则", "规定", "标准", "规则",
  "指引", "手册", "名录", "实施意见", "计划", NULL
};
static WordList document_nouns_list = WORD_LIST (document_nouns);

/* Verbs that set something up, and the things they set up. */
static const char * const building_verbs[] = {
  "建立", "建成", "搭建", "开发", "上线", "设立", "组建", "成立", "开通", "开设", NULL
};
static WordList           building_verbs_list = WORD_LIST (building_verbs);
static const char * const facility_nouns[] = {
  "制度", "机制", "平台", "台账", "清单", "系统", "数据库", "工作站", "专栏", "中心",
  "小组", "目录", "名录", "档案", "专班", "窗口", NULL
};
static WordList facility_nouns_list = WORD_LIST (facility_nouns);

/* Work whose completion a later report can show. */
static const char * const completable_nouns[] = {
  "修订", "清理", "评估", "审核", "核准", "升级", "改造", "整改", "对接", "验收", "审查",
  "编制", "配备", "调整", "建档", "摸底", NULL
};
static WordList completable_nouns_list = WORD_LIST (completable_nouns);

/* Words that qualify without naming anything: "建立健全相关工作制度"
 * names no particular system. */
static const char * const generic_words[] = {
  "健全", "完善", "相关", "有关", "各项", "各类", "配套", "长效", "工作", "管理", "运行",
  "常态化", "制度化", "规范化", "一套", "一批", "一系列", "系列", "新的", "的", "和",
  "及", "与", "好", NULL
};

/* The words that make a mechanism one of the item's abstractions. */
static const char * const vague_mechanism_words[] = {
  "健全", "完善", "长效", NULL
};
static WordList vague_mechanism_words_list = WORD_LIST (vague_mechanism_words);

/* Whether text[start, end) names something beyond generic words. */
static gboolean
is_concrete_object (const char *text,
                    gsize       start,
                    gsize       end)
{
  guint named = 0;

  for (gsize pos = start; pos < end;)
    {
      const char *word = word_at (text, end, pos, generic_words);

      if (word != NULL)
        pos += strlen (word);
      else
        {
          named++;
          pos = next_char (text, pos);
        }
    }
  return named >= 2;
}

/* A verb of @verbs in the clause whose first noun of @nouns after it has a
 * concrete object in between ("建立重大行政决策目录管理制度"). */
static gboolean
clause_builds (const char *text,
               gsize       start,
               gsize       end,
               WordList   *verb_list,
               WordList   *noun_list)
{
  const char * const *verbs = verb_list->words;
  const char * const *nouns = noun_list->words;
  const SecondBytes  *verb_seconds = word_list_second (verb_list);
  const SecondBytes  *noun_seconds = word_list_second (noun_list);

  for (gsize pos = start; pos < end; pos = next_char (text, pos))
    {
      const char *verb = filtered_word_at (verb_seconds, text, end, pos, verbs);
      gsize       object = pos;

      if (verb == NULL)
        continue;
      object += strlen (verb);
      for (gsize n = object; n < end; n = next_char (text, n))
        {
          const char *noun = filtered_word_at (noun_seconds, text, end, n, nouns);

          if (noun == NULL)
            continue;
          if (g_str_equal (noun, "机制") && range_has_any (text, object, n, &vague_mechanism_words_list))
            break;
          if (is_concrete_object (text, object, n))
            return TRUE;
          break;
        }
    }
  return FALSE;
}

static gboolean
clause_has_deliverable (const char *text,
                        gsize       start,
                        gsize       end)
{
  gsize pos;

  /* A title in 《》 names the document being drafted. */
  if (range_has (text, start, end, "《") && range_has_any (text, start, end, &drafting_verbs_list))
    return TRUE;
  if (clause_builds (text, start, end, &drafting_verbs_list, &document_nouns_list) ||
      clause_builds (text, start, end, &building_verbs_list, &facility_nouns_list))
    return TRUE;

  for (pos = start; pos < end; pos = next_char (text, pos))
    {
      if (has_word_at (text, end, pos, "完成") &&
          range_has_any (text, pos + strlen ("完成"), end, &completable_nouns_list))
        return TRUE;
      if ((has_word_at (text, end, pos, "实现") || has_word_at (text, end, pos, "做到")) &&
          range_has (text, pos, end, "全覆盖"))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_deliverable (GArray *passages)
{
  for (guint i = 0; i < passages->len; i++)
    {
      const Passage *passage = &g_array_index (passages, Passage, i);
      gsize          start = 0;

      while (start < passage->length)
        {
          gsize cs, ce;

          clause_bounds (passage->text, passage->length, start, &cs, &ce);
          if (clause_has_deliverable (passage->text, cs, ce))
            return TRUE;
          start = ce < passage->length ? next_char (passage->text, ce) : ce;
        }
    }
  return FALSE;
}

/* The item ---------------------------------------------------------- */

/* The reader cuts an item's heading at its first full stop, so a
 * one-sentence item ("（一）由法规股牵头，每季度开展1次评查。") has all
 * of its commitment in the heading and no body. The heading is therefore
 * read like a paragraph, from its place in the document, so that its
 * figures are found too; a heading that is not in the document is read
 * as plain text. */
static void
collect_passages (FazhiDocument *document,
                  const char    *heading,
                  gsize          heading_offset,
                  GPtrArray     *paragraphs,
                  GPtrArray     *heading_paragraphs,
                  GPtrArray     *all,
                  GArray        *passages)
{
  if (heading != NULL && *heading != '\0')
    {
      gsize       norm_length;
      const char *norm = _fazhi_document_get_norm (document, &norm_length);
      gsize       heading_length = strlen (heading);
      const char *found = NULL;

      /* The reader says where the heading is; searching the whole text for
       * it would cost more than reading the item. */
      if (heading_offset != G_MAXSIZE)
        found = heading_offset + heading_length <= norm_length &&
                    memcmp (norm + heading_offset, heading, heading_length) == 0
                  ? norm + heading_offset
                  : NULL;
      else
        found = _fazhi_find (norm, norm_length, heading);

      if (found != NULL)
        _fazhi_document_collect_paragraphs (document, found - norm, found - norm + heading_length,
                                            heading_paragraphs);
      else
        {
          Passage passage = { heading, strlen (heading) };

          g_array_append_val (passages, passage);
        }
    }

  g_ptr_array_extend (all, heading_paragraphs, NULL, NULL);
  g_ptr_array_extend (all, paragraphs, NULL, NULL);
  for (guint i = 0; i < all->len; i++)
    {
      const FazhiParagraph *paragraph = g_ptr_array_index (all, i);
      Passage               passage = { paragraph->text, paragraph->length };

      g_array_append_val (passages, passage);
    }
}

void
_fazhi_fill_target (FazhiDocument *document,
                    FazhiTarget   *target,
                    const char    *heading,
                    gsize          heading_offset,
                    GPtrArray     *paragraphs,
                    int            plan_year)
{
  g_autoptr (GPtrArray) heading_paragraphs = NULL;
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GArray)    passages = NULL;
  g_autoptr (GDate)     due = NULL;
  g_autofree char      *owner = NULL;
  FazhiPeriod           period;

  g_return_if_fail (FAZHI_IS_DOCUMENT (document));
  g_return_if_fail (FAZHI_IS_TARGET (target));
  g_return_if_fail (paragraphs != NULL);

  heading_paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
  all = g_ptr_array_new ();
  passages = g_array_new (FALSE, FALSE, sizeof (Passage));
  collect_passages (document, heading, heading_offset, paragraphs, heading_paragraphs, all, passages);

  g_object_freeze_notify (G_OBJECT (target));

  /* The period that goes with the chosen figure wins; otherwise the
   * item's first one ("每月开展巡查" recurs without a figure). */
  period = fill_quantity (document, target, all, plan_year);
  if (period == FAZHI_PERIOD_NONE)
    period = first_period (passages);
  fazhi_target_set_period (target, period);

  owner = find_owner (passages);
  if (owner != NULL)
    fazhi_target_set_owner (target, owner);

  due = find_due (passages, plan_year);
  if (due != NULL)
    fazhi_target_set_due (target, due);

  fazhi_target_set_measurable (target,
                               fazhi_target_get_has_quantity (target) ||
                                 due != NULL ||
                                 has_deliverable (passages));

  g_object_thaw_notify (G_OBJECT (target));
}
