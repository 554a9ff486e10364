/* fazhi-followup-analysis.c: what became of last year's targets and shortcomings
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A reviewer puts last year's report next to this year's and looks, for
 * each target and each shortcoming, for the sentences that say what became
 * of it. This does the same by meaning-bearing overlap: every sentence of
 * this year's report (outside its own plans and shortcomings, which speak
 * of the future and of problems) is scored by how much of the item's
 * content it covers — character pairs without the generic ones, weighted
 * by how rare they are in this year's report, so that 执法 or 交通, which
 * every sentence of a transport bureau's report uses, count for little
 * and 治超 or 裁量基准 for much. Plan wording (由…牵头, 不少于, 年底前)
 * is left out of a target, problem wording (不够, 有待) out of a
 * shortcoming, since the follow-up would not repeat it.
 *
 * A target with a quantity is met when a matching sentence gives a figure
 * of the same unit that reaches it (per year for 每年, times four for
 * 每季度 unless the sentence also counts per quarter); one without is met
 * when a close match says the thing was done (完成, 建成, 出台…). A
 * shortcoming recurs when this year's shortcomings repeat it nearly word
 * for word; otherwise it was addressed when this year's measures speak of
 * it, or when the target last year's report set against it was met.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "fazhi-bigrams-private.h"
#include "fazhi-check-context-private.h"
#include "fazhi-evidence-private.h"
#include "fazhi-util-private.h"

/* A sentence covering this share of an item's weighted content speaks of
 * it; one covering MATCH_STRONG is about it. */
#define MATCH_WEAK   0.25
#define MATCH_STRONG 0.40

/* A sentence giving a figure of a target's unit for the target's own
 * thing ("执法培训2次") speaks of it from this lower score. */
#define MATCH_FIGURE 0.15

/* Shortcomings describe a problem and the measures the cure, so they
 * share fewer words than a target and its result. */
#define SHORTCOMING_WEAK   0.22
#define SHORTCOMING_STRONG 0.35

/* A sentence covering CLAUSE_COVER of one clause of a target ("每季度
 * 开展1次执法培训" of a target that also plans 轮训 and 案卷评查)
 * speaks of it as if it scored MATCH_CLAUSE, when the clause has
 * CLAUSE_MIN_PAIRS pairs and what it covers weighs CLAUSE_MIN_IDF times
 * the weight of a pair found once: a clause of common words is no match. */
#define MATCH_CLAUSE     0.30
#define CLAUSE_COVER     0.75
#define CLAUSE_MIN_PAIRS 3
#define CLAUSE_MIN_IDF   1.5

/* Further evidence lines must score this share of the best one. */
#define EVIDENCE_RELATIVE 0.75
#define MAX_EVIDENCE      3

/* Pairs in a heading say what the item is about; they weigh more. */
#define HEADING_WEIGHT 1.5

/* A figure whose subject is mostly the target's own words is the target's
 * figure even in a sentence that says other things too. */
#define SUBJECT_MATCH 0.5

/* A shortcoming repeated with this Dice similarity is the same
 * shortcoming; so is one under a heading this similar whose text is still
 * half the same. */
#define RECURRING_DICE         0.70
#define RECURRING_HEADING_DICE 0.85
#define RECURRING_BODY_DICE    0.50

/* The target set against a shortcoming shares at least this many pairs
 * with it. */
#define ANSWER_MIN_COMMON 2

/* Words of a plan that its follow-up would not repeat. */
/* clang-format off */
static const char * const plan_words[] = {
  "牵头", "负责", "不少于", "不低于", "不超过", "每年", "每季度", "每半年", "每月", "每周", "每次",
  "全年", "年底前", "月底前", "年底", "月底", "上半年", "下半年", "年内", "完成", "实现", "确保",
  "力争", "计划", "以上", "重点", "组织", "落实", "推动", "做好", "抓好", "继续", "围绕", "聚焦",
  "目标", "任务", "明年", "下一步", "以内", "达到",
};
/* clang-format on */

/* Words of a shortcoming that the measures answering it would not use. */
/* clang-format off */
static const char * const problem_words[] = {
  "不足", "不够", "有待", "不强", "不高", "不到位", "不充分", "不平衡", "不均衡", "滞后", "薄弱",
  "欠缺", "存在", "问题", "部分", "仍然", "仍有", "较弱", "偏低", "差距", "短板", "原因", "主要",
  "时有发生", "难度大",
};
/* clang-format on */

/* What a sentence says when the thing was done. */
/* clang-format off */
static const char * const done_words[] = {
  "完成", "建成", "出台", "实现", "印发", "制定", "修订", "上线", "开通", "编印", "编制", "发布",
  "公布", "组建", "成立", "召开", "举办", "开展了", "建立", "设立", "启用", "投入使用", "运行",
  "全覆盖", "印制", "出版", "已", "办结", "落地",
};
/* clang-format on */

/* …and what makes it not done after all. */
/* clang-format off */
static const char * const undone_words[] = {
  "尚未", "仍未", "未能", "没有完成", "正在", "有待", "仍需", "拟于", "拟在", "筹备", "启动", "推进中",
};
/* clang-format on */

/* A target to be at most its quantity: "压缩至3个工作日以内". */
/* clang-format off */
static const char * const at_most_words[] = {
  "以内", "以下", "不超过", "不高于", "控制在", "压缩至", "压缩到", "压减至", "缩短至", "缩短到",
  "降至", "降低至", "降到", "低于",
};
/* clang-format on */

/* Measure words of the same kind of event: 培训 4 次 and 培训 5 期 count alike. */
/* clang-format off */
static const char * const event_units[] = {
  "次", "场", "场次", "期", "轮", "回", "批", "批次",
};
/* clang-format on */

typedef struct
{
  const char *word;
  FazhiPeriod period;
  double      per_year;
} PeriodWord;

static const PeriodWord period_words[] = {
  { "每半年", FAZHI_PERIOD_HALF_YEAR, 2 },
  { "每季", FAZHI_PERIOD_QUARTER, 4 },
  { "每个季度", FAZHI_PERIOD_QUARTER, 4 },
  { "按季度", FAZHI_PERIOD_QUARTER, 4 },
  { "每月", FAZHI_PERIOD_MONTH, 12 },
  { "每个月", FAZHI_PERIOD_MONTH, 12 },
  { "按月", FAZHI_PERIOD_MONTH, 12 },
  { "每周", FAZHI_PERIOD_WEEK, 52 },
  { "每星期", FAZHI_PERIOD_WEEK, 52 },
  { "每个星期", FAZHI_PERIOD_WEEK, 52 },
};

/* Text helpers ------------------------------------------------------ */

static gboolean
span_has (const char *text,
          gsize       length,
          const char *word)
{
  return length > 0 && _fazhi_find (text, length, word) != NULL;
}

static gboolean
span_has_any (const char         *text,
              gsize               length,
              const char * const *words,
              guint               n_words)
{
  for (guint i = 0; i < n_words; i++)
    if (span_has (text, length, words[i]))
      return TRUE;
  return FALSE;
}

static const char *
sentence_text (const FazhiSentence *sentence,
               gsize               *length)
{
  *length = sentence->end - sentence->start;
  return sentence->paragraph->text + sentence->start;
}

/* Whether a sentence says something was done, not that it is under way
 * or still to do: 完成 but not 未完成, 尚未, 正在. */
static gboolean
says_done (const char *text,
           gsize       length)
{
  if (span_has_any (text, length, undone_words, G_N_ELEMENTS (undone_words)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (done_words); i++)
    {
      gsize n = strlen (done_words[i]);

      for (const char *p = text; p != NULL && p + n <= text + length;)
        {
          const char *found = _fazhi_find (p, text + length - p, done_words[i]);

          if (found == NULL)
            break;
          /* 未完成, 不通过 */
          if (found < text + 3 || (memcmp (found - 3, "未", 3) != 0 && memcmp (found - 3, "不", 3) != 0))
            return TRUE;
          p = found + n;
        }
    }
  return FALSE;
}

/* Figures ----------------------------------------------------------- */

static void
clear_placed_figure (gpointer data)
{
  FazhiPlacedFigure *placed = data;

  g_clear_object (&placed->figure);
}

static gint
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const FazhiPlacedFigure *pa = a;
  const FazhiPlacedFigure *pb = b;

  if (pa->sentence != pb->sentence)
    return pa->sentence < pb->sentence ? -1 : 1;
  return pa->pos < pb->pos ? -1 : pa->pos > pb->pos;
}

/* Where @figure's number is in @paragraph, searching on from *from so
 * that two equal figures stay apart. */
static gboolean
locate_figure (const FazhiParagraph *paragraph,
               FazhiFigure          *figure,
               gsize                *from,
               gsize                *pos)
{
  const char      *written = fazhi_figure_get_text (figure);
  g_autofree char *norm = NULL;
  const char      *found;

  if (written == NULL)
    return FALSE;
  norm = _fazhi_normalize (written, -1);
  if (*norm == '\0')
    return FALSE;

  found = *from < paragraph->length ? _fazhi_find (paragraph->text + *from, paragraph->length - *from, norm) : NULL;
  if (found == NULL)
    found = _fazhi_find (paragraph->text, paragraph->length, norm);
  if (found == NULL)
    return FALSE;

  *pos = found - paragraph->text;
  *from = *pos + strlen (norm);
  return TRUE;
}

GArray *
_fazhi_followup_place_figures (FazhiReportText *text)
{
  GArray *placed = g_array_new (FALSE, FALSE, sizeof (FazhiPlacedFigure));
  GArray *sentences = text->sentences;
  guint   cursor = 0;

  g_array_set_clear_func (placed, clear_placed_figure);

  for (guint s = 0; s < text->sections->len; s++)
    {
      FazhiDocument *document = g_ptr_array_index (text->documents, s);

      if (document == NULL)
        continue;
      for (guint p = text->first_paragraph[s]; p < text->first_paragraph[s + 1]; p++)
        {
          const FazhiParagraph *paragraph = g_ptr_array_index (text->paragraphs, p);
          g_autoptr (GPtrArray) figures = NULL;
          guint                 first = cursor;
          gsize                 from = 0;

          /* Sentences come in the order of sections and paragraphs. */
          while (cursor < sentences->len && g_array_index (sentences, FazhiSentence, cursor).paragraph == paragraph)
            cursor++;
          if (cursor == first)
            continue;

          figures = g_ptr_array_new_with_free_func (g_object_unref);
          _fazhi_extract_figures (document, paragraph, figures);
          for (guint f = 0; f < figures->len; f++)
            {
              FazhiFigure      *figure = g_ptr_array_index (figures, f);
              FazhiPlacedFigure item = { NULL, first, 0 };
              gsize             pos;

              if (locate_figure (paragraph, figure, &from, &pos))
                {
                  item.pos = pos;
                  for (guint k = first; k < cursor && g_array_index (sentences, FazhiSentence, k).start <= pos; k++)
                    item.sentence = k;
                }
              else
                {
                  for (guint k = first; k < cursor; k++)
                    if (g_array_index (sentences, FazhiSentence, k).line <= fazhi_figure_get_line (figure))
                      item.sentence = k;
                  item.pos = g_array_index (sentences, FazhiSentence, item.sentence).start;
                }
              item.figure = g_object_ref (figure);
              g_array_append_val (placed, item);
            }
        }
    }

  g_array_sort (placed, compare_placed);
  return placed;
}

const char *
_fazhi_followup_base_unit (const char *unit,
                           double     *multiplier)
{
  static const struct
  {
    const char *prefix;
    double      factor;
  } prefixes[] = {
    { "千万", 1e7 },
    { "百万", 1e6 },
    { "万", 1e4 },
    { "亿", 1e8 },
    { "千", 1e3 },
  };

  *multiplier = 1;
  if (unit == NULL)
    return "";
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize n = strlen (prefixes[i].prefix);

      if (strncmp (unit, prefixes[i].prefix, n) == 0 && unit[n] != '\0')
        {
          *multiplier = prefixes[i].factor;
          return unit + n;
        }
    }
  return unit;
}

static gboolean
is_event_unit (const char *unit)
{
  for (guint i = 0; i < G_N_ELEMENTS (event_units); i++)
    if (g_str_equal (unit, event_units[i]))
      return TRUE;
  return FALSE;
}

/* Whether a figure counts in the unit of a target, and its value in the
 * target's terms. */
static gboolean
same_measure (const char  *target_unit,
              FazhiFigure *figure,
              double      *value)
{
  double      target_factor, figure_factor;
  const char *a = _fazhi_followup_base_unit (target_unit, &target_factor);
  const char *b = _fazhi_followup_base_unit (fazhi_figure_get_unit (figure), &figure_factor);

  switch (fazhi_figure_get_kind (figure))
    {
    case FAZHI_FIGURE_KIND_RANK:
    case FAZHI_FIGURE_KIND_RATIO:
      return FALSE;
    default:
      break;
    }
  if (*a == '\0' || *b == '\0')
    return FALSE;
  if (!g_str_equal (a, b) && !(is_event_unit (a) && is_event_unit (b)))
    return FALSE;

  *value = fazhi_figure_get_value (figure) * figure_factor / target_factor;
  return TRUE;
}

/* The pool of this year's sentences ---------------------------------- */

typedef struct
{
  guint    offset; /* of its pairs in Pool.bigrams */
  guint    length;
  guint    figures; /* its first figure in Pool.figures */
  guint    n_figures;
  gboolean evidence; /* may tell what was done: not plans, not shortcomings */
} SentenceInfo;

typedef struct
{
  FazhiReportText *text;
  GArray          *sentences; /* SentenceInfo, parallel to text->sentences */
  GArray          *bigrams;   /* guint64: each sentence's sorted set */
  GArray          *sorted;    /* all sets together, sorted: document frequencies */
  GArray          *figures;   /* FazhiPlacedFigure */
  double           n;
} Pool;

static int
compare_u64 (gconstpointer a,
             gconstpointer b)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

static void
pool_init (Pool            *pool,
           FazhiReportText *text)
{
  GArray               *sentences = text->sentences;
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();
  guint                 f = 0;

  pool->text = text;
  pool->sentences = g_array_sized_new (FALSE, TRUE, sizeof (SentenceInfo), sentences->len);
  pool->bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));
  pool->figures = _fazhi_followup_place_figures (text);
  pool->n = sentences->len;

  for (guint s = 0; s < text->sections->len; s++)
    g_ptr_array_add (parts, (gpointer) _fazhi_report_text_get_section (text, s)->part);

  for (guint k = 0; k < sentences->len; k++)
    {
      const FazhiSentence *sentence = &g_array_index (sentences, FazhiSentence, k);
      const char          *part = g_ptr_array_index (parts, sentence->section);
      SentenceInfo         info = { pool->bigrams->len, 0, f, 0, TRUE };
      gsize                length;
      const char          *s = sentence_text (sentence, &length);

      _fazhi_bigrams_collect (s, length, pool->bigrams);
      info.length = pool->bigrams->len - info.offset;
      info.evidence = part == NULL || (!g_str_equal (part, "plans") && !g_str_equal (part, "shortcomings"));
      while (f < pool->figures->len && g_array_index (pool->figures, FazhiPlacedFigure, f).sentence == k)
        f++;
      info.n_figures = f - info.figures;
      g_array_append_val (pool->sentences, info);
    }

  pool->sorted = g_array_sized_new (FALSE, FALSE, sizeof (guint64), pool->bigrams->len);
  g_array_append_vals (pool->sorted, pool->bigrams->data, pool->bigrams->len);
  g_array_sort (pool->sorted, compare_u64);
}

static void
pool_clear (Pool *pool)
{
  g_clear_pointer (&pool->sentences, g_array_unref);
  g_clear_pointer (&pool->bigrams, g_array_unref);
  g_clear_pointer (&pool->sorted, g_array_unref);
  g_clear_pointer (&pool->figures, g_array_unref);
}

/* In how many sentences a pair occurs. */
static guint
pool_frequency (const Pool *pool,
                guint64     bigram)
{
  const guint64 *a = (const guint64 *) (gpointer) pool->sorted->data;
  guint          lo = 0, hi = pool->sorted->len;
  guint          first;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (a[mid] < bigram)
        lo = mid + 1;
      else
        hi = mid;
    }
  first = lo;
  hi = pool->sorted->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (a[mid] <= bigram)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo - first;
}

static const FazhiSentence *
pool_sentence (const Pool *pool,
               guint       k)
{
  return &g_array_index (pool->text->sentences, FazhiSentence, k);
}

static const SentenceInfo *
pool_info (const Pool *pool,
           guint       k)
{
  return &g_array_index (pool->sentences, SentenceInfo, k);
}

/* What an item is about ---------------------------------------------- */

typedef struct
{
  GArray    *bigrams; /* guint64, sorted */
  GArray    *weights; /* double, per pair */
  double     total;
  GPtrArray *clauses;    /* GArray of guint: the pairs of one clause, by index */
  guint8    *covered;    /* scratch: per pair, whether a sentence has it */
  double     clause_min; /* weight a clause match must reach */
} Profile;

static void
profile_clear (Profile *profile)
{
  g_clear_pointer (&profile->bigrams, g_array_unref);
  g_clear_pointer (&profile->weights, g_array_unref);
  g_clear_pointer (&profile->clauses, g_ptr_array_unref);
  g_clear_pointer (&profile->covered, g_free);
}

static void
profile_free (Profile *profile)
{
  profile_clear (profile);
  g_free (profile);
}

static GArray *
collect (const char *text)
{
  GArray          *out = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree char *normalized = NULL;

  if (text == NULL)
    return out;
  normalized = _fazhi_normalize (text, -1);
  _fazhi_bigrams_collect (normalized, strlen (normalized), out);
  return out;
}

/* Measure words after a number, longest first: "4次执法培训" must not
 * leave the pair 次执. */
/* clang-format off */
static const char * const measure_words[] = {
  "个工作日", "万平方米", "平方米", "人次", "场次", "件次", "户次", "家次", "批次", "万元", "亿元",
  "个", "次", "场", "期", "项", "件", "家", "人", "名", "条", "份", "所", "处", "起", "台", "辆",
  "套", "本", "册", "类", "种", "篇", "部", "批", "户", "张", "轮", "天", "年", "月", "日", "万", "亿",
  "元", "卷", "课时", "学时",
};
/* clang-format on */

static void
blank (char *text,
       gsize length)
{
  memset (text, ' ', length);
}

/* Normalised @text with @words and numbers (with their measure word)
 * blanked out, so that no pair spans what is left out: "每季度开展1次
 * 执法培训" keeps 执法 法培 培训 and no 度开 or 次执. */
static char *
dup_masked (const char         *text,
            const char * const *words,
            guint               n_words)
{
  char *normalized = _fazhi_normalize (text, -1);
  gsize length = strlen (normalized);

  for (guint i = 0; i < n_words; i++)
    {
      gsize n = strlen (words[i]);

      for (char *p = strstr (normalized, words[i]); p != NULL; p = strstr (p + n, words[i]))
        blank (p, n);
    }

  for (gsize i = 0; i < length;)
    {
      gsize end = i;

      while (end < length && (g_ascii_isdigit (normalized[end]) ||
                              (end > i && (normalized[end] == '.' || normalized[end] == '%'))))
        end++;
      if (end == i)
        {
          i++;
          continue;
        }
      for (guint k = 0; k < G_N_ELEMENTS (measure_words); k++)
        if (strncmp (normalized + end, measure_words[k], strlen (measure_words[k])) == 0)
          {
            end += strlen (measure_words[k]);
            break;
          }
      blank (normalized + i, end - i);
      i = end;
    }
  return normalized;
}

static GArray *
collect_masked (const char         *text,
                const char * const *words,
                guint               n_words)
{
  GArray          *out = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree char *masked = NULL;

  if (text == NULL)
    return out;
  masked = dup_masked (text, words, n_words);
  _fazhi_bigrams_collect (masked, strlen (masked), out);
  return out;
}

static gboolean
sorted_has (GArray *set,
            guint64 bigram)
{
  return bsearch (&bigram, set->data, set->len, sizeof (guint64), compare_u64) != NULL;
}

static gboolean
strpbrk_len (const char *text,
             gsize       length,
             const char *accept)
{
  for (gsize i = 0; i < length; i++)
    if (strchr (accept, text[i]) != NULL && text[i] != '\0')
      return TRUE;
  return FALSE;
}

static gboolean
is_clause_break (const char *p)
{
  return memcmp (p, "，", 3) == 0 || memcmp (p, "；", 3) == 0 || memcmp (p, "：", 3) == 0 ||
         memcmp (p, "。", 3) == 0;
}

/* Adds the pairs of @clause (normalised, @length bytes) that @profile
 * has as a clause of it, if there are CLAUSE_MIN_PAIRS of them. */
static void
add_clause (Profile    *profile,
            const char *clause,
            gsize       length)
{
  g_autoptr (GArray) bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr (GArray) indices = g_array_new (FALSE, FALSE, sizeof (guint));

  _fazhi_bigrams_collect (clause, length, bigrams);
  for (guint i = 0; i < bigrams->len; i++)
    {
      guint64 *found = bsearch (&g_array_index (bigrams, guint64, i), profile->bigrams->data, profile->bigrams->len,
                                sizeof (guint64), compare_u64);

      if (found != NULL)
        {
          guint index = found - (guint64 *) (gpointer) profile->bigrams->data;

          g_array_append_val (indices, index);
        }
    }
  if (indices->len >= CLAUSE_MIN_PAIRS)
    g_ptr_array_add (profile->clauses, g_steal_pointer (&indices));
}

/* A target commits to several things at once ("每季度开展1次执法培训，
 * 年底前完成全部执法人员轮训"); its heading and the clause of its
 * quantity say what matters most, and a sentence about either speaks of
 * it. Other clauses (由法制科负责, 并向社会公布) say too little. */
static void
add_target_clauses (Profile     *profile,
                    FazhiTarget *target)
{
  const char      *heading = fazhi_target_get_heading (target);
  const char      *unit = fazhi_target_get_unit (target);
  g_autofree char *text = NULL;
  const char      *clause;

  if (heading != NULL)
    {
      g_autofree char *normalized = _fazhi_normalize (heading, -1);

      add_clause (profile, normalized, strlen (normalized));
    }
  if (!fazhi_target_get_has_quantity (target) || unit == NULL || *unit == '\0')
    return;

  text = _fazhi_normalize (fazhi_target_get_text (target), -1);
  clause = text;
  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      if (*p != '\0' && !(((guchar) *p & 0xF0) == 0xE0 && is_clause_break (p)))
        continue;
      if (span_has (clause, p - clause, unit) && strpbrk_len (clause, p - clause, "0123456789"))
        add_clause (profile, clause, p - clause);
      if (*p == '\0')
        break;
      clause = g_utf8_next_char (p);
    }
}

/* The pairs of @heading and @text without @stop_words, weighed
 * by their rarity in @pool (or all alike without one). */
static void
profile_init (Profile            *profile,
              const Pool         *pool,
              const char         *heading,
              const char         *text,
              const char * const *stop_words,
              guint               n_stop_words)
{
  g_autoptr (GArray) in_heading = collect_masked (heading, stop_words, n_stop_words);
  g_autoptr (GArray) in_text = collect_masked (text, stop_words, n_stop_words);
  g_autoptr (GArray) all = g_array_new (FALSE, FALSE, sizeof (guint64));

  g_array_append_vals (all, in_heading->data, in_heading->len);
  g_array_append_vals (all, in_text->data, in_text->len);
  g_array_sort (all, compare_u64);

  profile->bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));
  profile->weights = g_array_new (FALSE, FALSE, sizeof (double));
  profile->total = 0;
  for (guint i = 0; i < all->len; i++)
    {
      guint64 bigram = g_array_index (all, guint64, i);
      double  weight = 1;

      if (i > 0 && bigram == g_array_index (all, guint64, i - 1))
        continue;
      if (pool != NULL)
        weight = log ((pool->n + 2) / (pool_frequency (pool, bigram) + 1.0));
      if (sorted_has (in_heading, bigram))
        weight *= HEADING_WEIGHT;
      g_array_append_val (profile->bigrams, bigram);
      g_array_append_val (profile->weights, weight);
      profile->total += weight;
    }

  profile->clauses = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  profile->covered = g_new0 (guint8, profile->bigrams->len + 1);
  profile->clause_min = pool != NULL ? CLAUSE_MIN_IDF * log (pool->n + 2) : G_MAXDOUBLE;
}

/* The share of @profile's weight that @bigrams (sorted) cover; at least
 * MATCH_CLAUSE when they cover one of its clauses. */
static double
profile_cover (const Profile *profile,
               const guint64 *bigrams,
               guint          n_bigrams)
{
  const guint64 *a = (const guint64 *) (gpointer) profile->bigrams->data;
  const double  *weights = (const double *) (gpointer) profile->weights->data;
  guint          i = 0, j = 0;
  double         covered = 0;
  double         score;

  if (profile->total <= 0)
    return 0;
  memset (profile->covered, 0, profile->bigrams->len);
  while (i < profile->bigrams->len && j < n_bigrams)
    {
      if (a[i] == bigrams[j])
        {
          covered += weights[i];
          profile->covered[i] = TRUE;
          i++, j++;
        }
      else if (a[i] < bigrams[j])
        i++;
      else
        j++;
    }
  score = covered / profile->total;

  for (guint c = 0; c < profile->clauses->len && score < MATCH_CLAUSE; c++)
    {
      GArray *clause = g_ptr_array_index (profile->clauses, c);
      double  clause_total = 0, clause_covered = 0;

      for (guint k = 0; k < clause->len; k++)
        {
          guint index = g_array_index (clause, guint, k);

          clause_total += weights[index];
          if (profile->covered[index])
            clause_covered += weights[index];
        }
      if (clause_covered >= CLAUSE_COVER * clause_total && clause_covered >= profile->clause_min)
        score = MATCH_CLAUSE;
    }
  return score;
}

static double
profile_cover_sentence (const Profile *profile,
                        const Pool    *pool,
                        guint          k)
{
  const SentenceInfo *info = pool_info (pool, k);

  return profile_cover (profile, &g_array_index (pool->bigrams, guint64, info->offset), info->length);
}

/* How much of a figure's subject is the target's own words. */
static double
subject_cover (const Profile *profile,
               FazhiFigure   *figure)
{
  g_autoptr (GArray) subject = collect (fazhi_figure_get_subject (figure));
  guint              common;

  if (subject->len == 0)
    return 0;
  common = _fazhi_bigrams_common ((const guint64 *) (gpointer) subject->data, subject->len,
                                  (const guint64 *) (gpointer) profile->bigrams->data, profile->bigrams->len);
  return (double) common / subject->len;
}

/* Matching sentences --------------------------------------------------- */

typedef struct
{
  guint  sentence;
  double score;
} Match;

static gint
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const Match *ma = a;
  const Match *mb = b;

  if (ma->score != mb->score)
    return ma->score > mb->score ? -1 : 1;
  return ma->sentence < mb->sentence ? -1 : ma->sentence > mb->sentence;
}

/* The evidence sentences scoring at least @threshold, best first. */
static GArray *
find_matches (const Pool    *pool,
              const Profile *profile,
              double         threshold)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (Match));

  for (guint k = 0; k < pool->sentences->len; k++)
    {
      Match match = { k, 0 };

      if (!pool_info (pool, k)->evidence)
        continue;
      match.score = profile_cover_sentence (profile, pool, k);
      if (match.score >= threshold)
        g_array_append_val (matches, match);
    }
  g_array_sort (matches, compare_matches);
  return matches;
}

/* Lines of the best matches, @lead's first: those close to the best. */
static void
add_evidence_lines (GArray      *lines,
                    const Pool  *pool,
                    GArray      *matches,
                    const Match *lead)
{
  double best = matches->len > 0 ? g_array_index (matches, Match, 0).score : 0;

  if (lead != NULL)
    {
      guint line = pool_sentence (pool, lead->sentence)->line;

      g_array_append_val (lines, line);
    }
  for (guint i = 0; i < matches->len && lines->len < MAX_EVIDENCE; i++)
    {
      const Match *match = &g_array_index (matches, Match, i);
      guint        line = pool_sentence (pool, match->sentence)->line;
      gboolean     seen = FALSE;

      if (match->score < best * EVIDENCE_RELATIVE)
        break;
      for (guint j = 0; j < lines->len; j++)
        seen |= g_array_index (lines, guint, j) == line;
      if (!seen)
        g_array_append_val (lines, line);
    }
}

/* Targets ------------------------------------------------------------ */

static gboolean
target_is_at_most (FazhiTarget *target)
{
  g_autofree char *text = _fazhi_normalize (fazhi_target_get_text (target), -1);

  return span_has_any (text, strlen (text), at_most_words, G_N_ELEMENTS (at_most_words));
}

/* How many times a year the target asks for its quantity: 4 for
 * "每季度开展1次", 1 for "每年开展4次" or "建成3个". The period counts
 * only in the clause of the quantity: "年底前建成10个站点，每月开展巡查"
 * asks for 10. */
static double
target_per_year (FazhiTarget *target)
{
  FazhiPeriod      period = fazhi_target_get_period (target);
  const char      *unit = fazhi_target_get_unit (target);
  g_autofree char *text = NULL;
  const char      *clause;

  if (period == FAZHI_PERIOD_NONE || period == FAZHI_PERIOD_YEAR || unit == NULL || *unit == '\0')
    return 1;
  text = _fazhi_normalize (fazhi_target_get_text (target), -1);
  clause = text;
  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      if (*p == '\0' || (((guchar) *p & 0xF0) == 0xE0 && is_clause_break (p)))
        {
          gsize length = p - clause;

          if (span_has (clause, length, unit))
            for (guint i = 0; i < G_N_ELEMENTS (period_words); i++)
              if (period_words[i].period == period && span_has (clause, length, period_words[i].word))
                return period_words[i].per_year;
          if (*p == '\0')
            break;
          clause = g_utf8_next_char (p);
        }
    }
  return 1;
}

/* How many times a year the clause of a figure counts: 4 for
 * "每季度开展1次", 1 for "全年开展4次". */
static double
clause_per_year (const Pool              *pool,
                 const FazhiPlacedFigure *placed)
{
  const FazhiSentence *sentence = pool_sentence (pool, placed->sentence);
  const char          *s = sentence->paragraph->text;
  gsize                start = sentence->start;
  gsize                end = MAX (placed->pos, sentence->start);

  for (gsize i = sentence->start; i + 3 <= end; i++)
    if (is_clause_break (s + i))
      start = i + 3;
  for (guint i = 0; i < G_N_ELEMENTS (period_words); i++)
    if (span_has (s + start, end - start, period_words[i].word))
      return period_words[i].per_year;
  return 1;
}

/* Whether a figure reaches the target, both counted per year: a target
 * of 每季度1次 asks 4 a year, and so does a figure of 每季度1次. */
static gboolean
quantity_met (const Pool              *pool,
              FazhiTarget             *target,
              const FazhiPlacedFigure *placed,
              double                   value,
              gboolean                 at_most)
{
  double               quantity = fazhi_target_get_quantity (target) * target_per_year (target);
  FazhiFigureQualifier qualifier = fazhi_figure_get_qualifier (placed->figure);

  value *= clause_per_year (pool, placed);
  if (at_most)
    return value < quantity + 1e-9 && qualifier != FAZHI_FIGURE_QUALIFIER_AT_LEAST;
  if (qualifier == FAZHI_FIGURE_QUALIFIER_AT_MOST)
    return value > quantity + 1e-9;
  return value > quantity - 1e-9;
}

/* "100%网上可办" is met by 全部网上可办. */
static gboolean
says_all (FazhiTarget         *target,
          const FazhiSentence *sentence)
{
  gsize       length;
  const char *text = sentence_text (sentence, &length);
  const char *unit = fazhi_target_get_unit (target);

  return unit != NULL && g_str_equal (unit, "%") && fazhi_target_get_quantity (target) >= 100 &&
         (span_has (text, length, "全部") || span_has (text, length, "全覆盖"));
}

/* The figure of the target's unit that best tells how much was done:
 * in the closest sentence, one counting the target's own thing first.
 * A sentence below MATCH_WEAK qualifies through such a figure. */
static gboolean
find_lead_figure (const Pool    *pool,
                  FazhiTarget   *target,
                  const Profile *profile,
                  GArray        *candidates,
                  Match         *lead,
                  gboolean      *met)
{
  gboolean at_most = target_is_at_most (target);
  double   best_relevance = -1;
  double   best_subject = 0;
  gboolean found = FALSE;

  for (guint i = 0; i < candidates->len; i++)
    {
      const Match        *match = &g_array_index (candidates, Match, i);
      const SentenceInfo *info = pool_info (pool, match->sentence);

      for (guint f = info->figures; f < info->figures + info->n_figures; f++)
        {
          const FazhiPlacedFigure *placed = &g_array_index (pool->figures, FazhiPlacedFigure, f);
          FazhiFigure             *figure = placed->figure;
          double                   value, subject, relevance;

          if (!same_measure (fazhi_target_get_unit (target), figure, &value))
            continue;
          subject = subject_cover (profile, figure);
          if (match->score < MATCH_WEAK && subject < SUBJECT_MATCH)
            continue;
          relevance = match->score + SUBJECT_MATCH * subject;
          if (relevance > best_relevance)
            {
              best_relevance = relevance;
              best_subject = subject;
              *lead = *match;
              found = TRUE;
              *met = quantity_met (pool, target, placed, value, at_most);
            }
        }
    }

  /* A figure that reaches the quantity in a sentence only loosely about
   * the target, and not counting its thing, is no proof. */
  if (found && *met && lead->score < MATCH_STRONG && best_subject < SUBJECT_MATCH)
    *met = FALSE;
  return found;
}

static FazhiTargetStatus
follow_target (const Pool  *pool,
               FazhiTarget *target,
               GArray      *lines)
{
  Profile            profile;
  g_autoptr (GArray) matches = NULL;
  FazhiTargetStatus  status = FAZHI_TARGET_STATUS_PARTLY;
  Match              lead = { 0, 0 };
  gboolean           have_lead = FALSE;
  gboolean           met = FALSE;

  profile_init (&profile, pool, fazhi_target_get_heading (target), fazhi_target_get_text (target), plan_words,
                G_N_ELEMENTS (plan_words));
  add_target_clauses (&profile, target);
  matches = find_matches (pool, &profile, MATCH_FIGURE);

  if (fazhi_target_get_has_quantity (target))
    have_lead = find_lead_figure (pool, target, &profile, matches, &lead, &met);

  /* Matches are best first. */
  while (matches->len > 0 && g_array_index (matches, Match, matches->len - 1).score < MATCH_WEAK)
    g_array_set_size (matches, matches->len - 1);

  if (have_lead)
    status = met ? FAZHI_TARGET_STATUS_MET : FAZHI_TARGET_STATUS_PARTLY;
  else if (matches->len == 0)
    status = FAZHI_TARGET_STATUS_NO_EVIDENCE;
  else
    {
      const Match         *best = &g_array_index (matches, Match, 0);
      const FazhiSentence *sentence = pool_sentence (pool, best->sentence);
      gsize                length;
      const char          *text = sentence_text (sentence, &length);

      /* Without a figure to measure by, a quantity is met only when
       * the sentence says all of it was done (100% → 全部). */
      if (best->score >= MATCH_STRONG &&
          (fazhi_target_get_has_quantity (target) ? says_all (target, sentence) : says_done (text, length)))
        status = FAZHI_TARGET_STATUS_MET;
    }

  add_evidence_lines (lines, pool, matches, have_lead ? &lead : NULL);
  profile_clear (&profile);
  return status;
}

/* Shortcomings ------------------------------------------------------- */

typedef struct
{
  GArray *bigrams;
  GArray *heading;
  guint   line;
} Passage;

static void
passage_clear (gpointer data)
{
  Passage *passage = data;

  g_clear_pointer (&passage->bigrams, g_array_unref);
  g_clear_pointer (&passage->heading, g_array_unref);
}

static char *
dup_item_text (FazhiSection *item)
{
  return g_strconcat (fazhi_section_get_heading (item) ? fazhi_section_get_heading (item) : "", "。",
                      fazhi_section_get_body (item) ? fazhi_section_get_body (item) : "", NULL);
}

/* This year's shortcomings, to tell a recurring one: the items of the
 * part, or its paragraphs when it has none. */
static GArray *
collect_shortcomings (FazhiReport     *report,
                      FazhiReportText *text)
{
  GArray                *passages = g_array_new (FALSE, FALSE, sizeof (Passage));
  FazhiSection          *part = fazhi_report_find_part (report, "shortcomings");
  g_autoptr (GListModel) items = NULL;

  g_array_set_clear_func (passages, passage_clear);
  if (part == NULL)
    return passages;

  items = fazhi_report_dup_items (report, part);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (FazhiSection) item = g_list_model_get_item (items, i);
      g_autofree char         *all = dup_item_text (item);
      Passage                  passage = {
                         collect (all),
                         collect (fazhi_section_get_heading (item)),
                         fazhi_section_get_line (item),
      };

      g_array_append_val (passages, passage);
    }

  if (passages->len == 0)
    {
      const FazhiParagraph *last = NULL;

      for (guint k = 0; k < text->sentences->len; k++)
        {
          const FazhiSentence *sentence = &g_array_index (text->sentences, FazhiSentence, k);
          const char          *slug = _fazhi_report_text_get_section (text, sentence->section)->part;
          Passage              passage = { NULL, NULL, sentence->line };

          if (sentence->paragraph == last || slug == NULL || !g_str_equal (slug, "shortcomings"))
            continue;
          last = sentence->paragraph;
          passage.bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));
          passage.heading = g_array_new (FALSE, FALSE, sizeof (guint64));
          _fazhi_bigrams_collect (last->text, last->length, passage.bigrams);
          passage.line = last->first_line;
          g_array_append_val (passages, passage);
        }
    }
  return passages;
}

static guint
find_recurrence (GArray       *passages,
                 FazhiSection *item)
{
  g_autofree char   *all = dup_item_text (item);
  g_autoptr (GArray) bigrams = collect (all);
  g_autoptr (GArray) heading = collect (fazhi_section_get_heading (item));
  double             best = 0;
  guint              line = 0;

  for (guint i = 0; i < passages->len; i++)
    {
      const Passage *passage = &g_array_index (passages, Passage, i);
      double         dice = _fazhi_bigrams_dice ((const guint64 *) (gpointer) bigrams->data, bigrams->len,
                                                 (const guint64 *) (gpointer) passage->bigrams->data, passage->bigrams->len);
      double         heading_dice = 0;

      /* A heading of a word or two says too little to be the same item. */
      if (heading->len >= 3 && passage->heading->len >= 3)
        heading_dice = _fazhi_bigrams_dice ((const guint64 *) (gpointer) heading->data, heading->len,
                                            (const guint64 *) (gpointer) passage->heading->data,
                                            passage->heading->len);
      if (heading_dice >= RECURRING_HEADING_DICE && dice >= RECURRING_BODY_DICE)
        dice = MAX (dice, RECURRING_DICE);
      if (dice >= RECURRING_DICE && dice > best)
        {
          best = dice;
          line = passage->line;
        }
    }
  return line;
}

/* The targets of last year's plans that answer @item: those sharing the
 * most pairs with it, at least ANSWER_MIN_COMMON. */
static void
find_answers (FazhiSection *item,
              GPtrArray    *target_profiles,
              GArray       *answers)
{
  Profile profile;
  guint   best = ANSWER_MIN_COMMON;

  profile_init (&profile, NULL, fazhi_section_get_heading (item), fazhi_section_get_body (item), problem_words,
                G_N_ELEMENTS (problem_words));
  for (guint t = 0; t < target_profiles->len; t++)
    {
      Profile *target = g_ptr_array_index (target_profiles, t);
      guint    common = _fazhi_bigrams_common ((const guint64 *) (gpointer) profile.bigrams->data, profile.bigrams->len,
                                               (const guint64 *) (gpointer) target->bigrams->data,
                                               target->bigrams->len);

      if (common > best)
        {
          best = common;
          g_array_set_size (answers, 0);
        }
      if (common == best)
        g_array_append_val (answers, t);
    }
  profile_clear (&profile);
}

static FazhiTargetStatus
better (FazhiTargetStatus a,
        FazhiTargetStatus b)
{
  /* MET < PARTLY < NO_EVIDENCE in the enum; UNKNOWN counts as nothing. */
  if (a == FAZHI_TARGET_STATUS_UNKNOWN)
    return b;
  if (b == FAZHI_TARGET_STATUS_UNKNOWN)
    return a;
  return MIN (a, b);
}

static void
append_lines (GArray      *lines,
              const guint *more,
              guint        n_more)
{
  for (guint i = 0; i < n_more && lines->len < MAX_EVIDENCE; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < lines->len; j++)
        seen |= g_array_index (lines, guint, j) == more[i];
      if (!seen)
        g_array_append_val (lines, more[i]);
    }
}

static FazhiTargetStatus
follow_shortcoming (const Pool   *pool,
                    FazhiSection *item,
                    GArray       *answered_by,
                    GArray       *items,
                    GArray       *lines)
{
  Profile            profile;
  g_autoptr (GArray) matches = NULL;
  g_autoptr (GArray) direct = g_array_new (FALSE, FALSE, sizeof (guint));
  FazhiTargetStatus  status = FAZHI_TARGET_STATUS_NO_EVIDENCE;
  FazhiTargetStatus  via_target = FAZHI_TARGET_STATUS_UNKNOWN;
  FazhiFollowup     *answer = NULL;

  profile_init (&profile, pool, fazhi_section_get_heading (item), fazhi_section_get_body (item), problem_words,
                G_N_ELEMENTS (problem_words));
  matches = find_matches (pool, &profile, SHORTCOMING_WEAK);
  if (matches->len > 0)
    {
      status = g_array_index (matches, Match, 0).score >= SHORTCOMING_STRONG ? FAZHI_TARGET_STATUS_MET
                                                                             : FAZHI_TARGET_STATUS_PARTLY;
      add_evidence_lines (direct, pool, matches, NULL);
    }

  /* A shortcoming is also dealt with when the target set against it was
   * met; its evidence is the best there is. */
  for (guint i = 0; i < answered_by->len; i++)
    {
      FazhiFollowup    *followup = g_array_index (items, FazhiFollowupItem, g_array_index (answered_by, guint, i)).followup;
      FazhiTargetStatus target_status = fazhi_followup_get_status (followup);

      if (target_status == FAZHI_TARGET_STATUS_NO_EVIDENCE)
        continue;
      if (better (via_target, target_status) != via_target)
        {
          via_target = better (via_target, target_status);
          answer = followup;
        }
    }

  if (answer != NULL && better (status, via_target) == via_target)
    {
      guint        n;
      const guint *evidence = fazhi_followup_get_evidence_lines (answer, &n);

      status = via_target;
      append_lines (lines, evidence, n);
    }
  append_lines (lines, (const guint *) (gpointer) direct->data, direct->len);

  profile_clear (&profile);
  return status;
}

/* The analysis ------------------------------------------------------- */

static void
clear_item (gpointer data)
{
  FazhiFollowupItem *item = data;

  g_clear_object (&item->followup);
}

GArray *
_fazhi_followup_analyse (FazhiReport     *report,
                         FazhiReportText *text,
                         FazhiReport     *previous,
                         FazhiReportText *previous_text)
{
  GArray                *items = g_array_new (FALSE, TRUE, sizeof (FazhiFollowupItem));
  GListModel            *targets;
  FazhiSection          *part;
  g_autoptr (GListModel) shortcomings = NULL;
  g_autoptr (GArray)     passages = NULL;
  g_autoptr (GPtrArray)  target_profiles = NULL;
  Pool                   pool = {
                      NULL,
  };

  g_return_val_if_fail (FAZHI_IS_REPORT (report), items);
  g_return_val_if_fail (FAZHI_IS_REPORT (previous), items);

  g_array_set_clear_func (items, clear_item);
  pool_init (&pool, text);

  targets = fazhi_report_get_targets (previous);
  target_profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) profile_free);
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr (FazhiTarget) target = g_list_model_get_item (targets, i);
      g_autoptr (GArray)      lines = g_array_new (FALSE, FALSE, sizeof (guint));
      FazhiFollowupItem       item = { NULL, 0 };
      Profile                *profile = g_new0 (Profile, 1);

      item.followup = fazhi_followup_new (FAZHI_FOLLOWUP_KIND_TARGET, fazhi_target_get_text (target),
                                          fazhi_target_get_line (target));
      fazhi_followup_set_heading (item.followup, fazhi_target_get_heading (target));
      fazhi_followup_set_status (item.followup, follow_target (&pool, target, lines));
      fazhi_followup_set_evidence_lines (item.followup, (const guint *) (gpointer) lines->data, lines->len);
      g_array_append_val (items, item);

      /* Unweighted, to pair the target with last year's shortcomings. */
      profile_init (profile, NULL, fazhi_target_get_heading (target), fazhi_target_get_text (target), plan_words,
                    G_N_ELEMENTS (plan_words));
      g_ptr_array_add (target_profiles, profile);
    }

  part = fazhi_report_find_part (previous, "shortcomings");
  passages = collect_shortcomings (report, text);
  if (part != NULL)
    shortcomings = fazhi_report_dup_items (previous, part);

  for (guint i = 0; shortcomings != NULL && i < g_list_model_get_n_items (shortcomings); i++)
    {
      g_autoptr (FazhiSection) shortcoming = g_list_model_get_item (shortcomings, i);
      g_autoptr (GArray)       lines = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr (GArray)       answered_by = g_array_new (FALSE, FALSE, sizeof (guint));
      const char              *body = fazhi_section_get_body (shortcoming);
      const char              *heading = fazhi_section_get_heading (shortcoming);
      FazhiFollowupItem        item = { NULL, 0 };

      item.followup = fazhi_followup_new (FAZHI_FOLLOWUP_KIND_SHORTCOMING,
                                          body != NULL && *body != '\0' ? body : heading,
                                          fazhi_section_get_line (shortcoming));
      fazhi_followup_set_heading (item.followup, heading);
      item.recurring_line = find_recurrence (passages, shortcoming);
      if (item.recurring_line > 0)
        {
          fazhi_followup_set_status (item.followup, FAZHI_TARGET_STATUS_NO_EVIDENCE);
          g_array_append_val (lines, item.recurring_line);
        }
      else
        {
          find_answers (shortcoming, target_profiles, answered_by);
          fazhi_followup_set_status (item.followup, follow_shortcoming (&pool, shortcoming, answered_by, items, lines));
        }
      fazhi_followup_set_evidence_lines (item.followup, (const guint *) (gpointer) lines->data, lines->len);
      g_array_append_val (items, item);
    }

  pool_clear (&pool);
  return items;
}
