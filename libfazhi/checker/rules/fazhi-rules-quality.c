/* fazhi-rules-quality.c: mistakes in the text itself
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * missing-quantity, repeated-text, placeholder-text, implausible-figure,
 * truncated-text
 *
 * Real reports carry the slips of hurried writing and of copying from
 * templates and PDFs: a measure word whose number fell out, a passage
 * pasted under two areas, "XX万元" never filled in, a rate of 120%, a
 * sentence that stops at a page end. Each rule here looks for one of them
 * and is tuned to stay silent on well-formed reports: a reviewer stops
 * reading findings that are wrong more often than right.
 *
 * All of them read the report model (section headings and bodies with
 * their lines), never the source file, so a report read back from JSON is
 * checked exactly like one just parsed.
 */

#include "config.h"

#include <string.h>

#include "fazhi-document-private.h"
#include "fazhi-evidence-private.h"
#include "fazhi-rules-private.h"
#include "fazhi-util-private.h"

#if defined(__SSE2__) && defined(__GNUC__) && !defined(FAZHI_NO_SIMD)
#  include <emmintrin.h>
#endif

/* ------------------------------------------------------------------ */
/* Text helpers                                                        */
/* ------------------------------------------------------------------ */

static inline gboolean
is_alnum (gunichar c)
{
  return (c < 0x80 && g_ascii_isalnum (c)) || (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
         (c >= 0xFF41 && c <= 0xFF5A);
}

static inline gboolean
has_suffix (const char *start,
            const char *end,
            const char *word)
{
  gsize n = strlen (word);

  return (gsize) (end - start) >= n && memcmp (end - n, word, n) == 0;
}

/* Whether [start, end) holds one of @words. */
/* Whether any of @words occurs in [@start, @end); an empty or reversed
 * span holds none. */
static inline gboolean
contains_any (const char         *start,
              const char         *end,
              const char * const *words)
{
  return end > start && _fazhi_find_any (start, end - start, words);
}

/* The character before @p, or 0 at @start. */
static gunichar
char_before (const char *start,
             const char *p)
{
  const char *q = p > start ? g_utf8_find_prev_char (start, p) : NULL;

  return q != NULL ? g_utf8_get_char (q) : 0;
}

/* At most @max characters of @text, cut at the start or at the end. */
static char *
shorten (const char *text,
         glong       max,
         gboolean    keep_end)
{
  glong            n;
  g_autofree char *part = NULL;

  if (!keep_end)
    return _fazhi_rules_head (text, max);
  n = g_utf8_strlen (text, -1);
  if (n <= max)
    return g_strdup (text);
  part = g_utf8_substring (text, n - max, n);
  return g_strconcat ("…", part, NULL);
}

/* The original wording of [from, to) of a paragraph, for a message. */
static char *
quote_span (FazhiDocument        *document,
            const FazhiParagraph *paragraph,
            gsize                 from,
            gsize                 to,
            glong                 max,
            gboolean              keep_end)
{
  g_autofree char *original = _fazhi_paragraph_dup_original (document, paragraph, from, to);

  return shorten (g_strstrip (original), max, keep_end);
}

/* Normalised text ends, not counting spaces. */
static gsize
trim_end (const char *s,
          gsize       start,
          gsize       end)
{
  while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\n' || s[end - 1] == '\t'))
    end--;
  return end;
}

/* Clause delimiters of normalised text; full-width brackets have become
 * ASCII ones. */
static inline gsize
delimiter_at (const char *p,
              const char *end)
{
  const guchar *b = (const guchar *) p;

  if (p >= end)
    return 0;
  if (*p == ',' || *p == ';' || *p == ':' || *p == '(' || *p == ')' || *p == '[' || *p == ']')
    return 1;
  if (end - p < 3)
    return 0;
  /* 、。《》【】 are U+3001…U+3011, ！，：；？ are U+FF01…U+FF1F. */
  if (b[0] == 0xE3 && b[1] == 0x80)
    return b[2] == 0x81 || b[2] == 0x82 || b[2] == 0x8A || b[2] == 0x8B || b[2] == 0x90 || b[2] == 0x91 ? 3 : 0;
  if (b[0] == 0xEF && b[1] == 0xBC)
    return b[2] == 0x8C || b[2] == 0x9B || b[2] == 0x9A || b[2] == 0x81 || b[2] == 0x9F ? 3 : 0;
  return 0;
}

/* ------------------------------------------------------------------ */
/* missing-quantity                                                    */
/* ------------------------------------------------------------------ */

/* Measure words, longer ones first so that 人次 wins over 次, with their
 * lengths in bytes. */
/* clang-format off */
#define MEASURE(w) { w, sizeof (w) - 1 }
static const struct
{
  const char *word;
  gsize       length;
} measure_words[] = {
  MEASURE ("平方米"), MEASURE ("人次"), MEASURE ("场次"), MEASURE ("件次"), MEASURE ("户次"), MEASURE ("家次"),
  MEASURE ("批次"), MEASURE ("万元"), MEASURE ("亿元"), MEASURE ("万人"), MEASURE ("课时"), MEASURE ("学时"),
  MEASURE ("公里"), MEASURE ("名"), MEASURE ("家"), MEASURE ("项"), MEASURE ("个"), MEASURE ("件"),
  MEASURE ("次"), MEASURE ("人"), MEASURE ("卷"), MEASURE ("场"), MEASURE ("期"), MEASURE ("篇"),
  MEASURE ("条"), MEASURE ("份"), MEASURE ("起"), MEASURE ("户"), MEASURE ("所"), MEASURE ("座"),
  MEASURE ("台"), MEASURE ("辆"), MEASURE ("册"), MEASURE ("批"), MEASURE ("宗"), MEASURE ("笔"),
  MEASURE ("套"), MEASURE ("元"), MEASURE ("亩"), MEASURE ("张"), MEASURE ("轮"), MEASURE ("届"),
  MEASURE ("节"),
};
/* clang-format on */
#undef MEASURE

/* The measure words by the last two bytes of their last character: per
 * value, the first word with it + 1, and the next word's + 1 (the chains
 * run in the list's order). */
typedef struct
{
  guint8 head[4096];
  guint8 next[G_N_ELEMENTS (measure_words)];
} MeasureTable;

static const MeasureTable *
measure_table (void)
{
  static MeasureTable table;
  static gsize        initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      /* Backwards, so each slot's chain runs in the list's order. */
      for (guint i = G_N_ELEMENTS (measure_words); i-- > 0;)
        {
          const guchar *q = (const guchar *) measure_words[i].word + measure_words[i].length - 3;
          guint         slot = ((guint) (q[1] & 0x3F) << 6) | (q[2] & 0x3F);

          G_STATIC_ASSERT (G_N_ELEMENTS (measure_words) < G_MAXUINT8);
          g_assert (measure_words[i].length >= 3 && q[0] >= 0xE0);
          table.next[i] = table.head[slot];
          table.head[slot] = (guint8) (i + 1);
        }
      g_once_init_leave (&initialized, 1);
    }
  return &table;
}

/* Characters that stand for a quantity before a measure word: 10余项,
 * 多名, 数十家, 若干人, 半年. */
static gboolean
is_quantity_at (const char *p)
{
  const guchar *u = (const guchar *) p;

  if (g_ascii_isdigit (*p) || *p == '%')
    return TRUE;
  if (u[0] < 0xE0 || u[0] >= 0xF0 || u[1] == 0 || u[2] == 0)
    return FALSE;
  if (_fazhi_cn_numeral (p) != FAZHI_CN_NONE)
    return TRUE;
  /* Approximate amounts: 余 多 几 数 干 半 双. */
  switch (_fazhi_utf8_3 (u))
    {
    case 0x4F59: /* 余 */
    case 0x591A: /* 多 */
    case 0x51E0: /* 几 */
    case 0x6570: /* 数 */
    case 0x5E72: /* 干 */
    case 0x534A: /* 半 */
    case 0x53CC: /* 双 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* Words that point at items without counting them: 这项, 各项, 每名,
 * 该件, 逐条, 单位 — never a lost number. */
static gboolean
is_determiner (gunichar c)
{
  /* clang-format off */
  static const gunichar determiners[] = {
    0x8FD9 /* 这 */, 0x90A3 /* 那 */, 0x5404 /* 各 */, 0x6BCF /* 每 */, 0x8BE5 /* 该 */, 0x6B64 /* 此 */,
    0x672C /* 本 */, 0x9010 /* 逐 */, 0x5355 /* 单 */, 0x9996 /* 首 */, 0x672B /* 末 */, 0x67D0 /* 某 */,
    0x540C /* 同 */, 0x5176 /* 其 */, 0x54EA /* 哪 */, 0x8BF8 /* 诸 */, 0x6574 /* 整 */, 0x5168 /* 全 */,
    0x53E6 /* 另 */, 0x4E0A /* 上 */, 0x4E0B /* 下 */, 0x524D /* 前 */, 0x540E /* 后 */, 0x5386 /* 历 */,
    0x5F53 /* 当 */, 0x5C11 /* 少 */, 0x4F17 /* 众 */, 0x7B2C /* 第 */, 0x8FDE /* 连 */, 0x7EA7 /* 级 */,
  };
  /* clang-format on */

  for (guint i = 0; i < G_N_ELEMENTS (determiners); i++)
    if (determiners[i] == c)
      return TRUE;
  return FALSE;
}

/* Words a measure character ends (当事人, 专家, 市场, 文件): after the
 * listed characters the measure character is part of a word. */
static const struct
{
  const char *measure;
  const char *before;
} word_endings[] = {
  { "人", "事责任系理请报诉法个他本家工证犯病老客众私成" },
  { "名", "姓署排提命报签点实知著有化罪书题地品域" },
  { "项", "事款立选强专弱要" },
  { "件", "文案条证信邮附部配硬软事物稿" },
  { "家", "专国大作画商农店东全回" },
  { "场", "市现广会剧球农赛考战立" },
  { "次", "层名档批班依" },
  { "期", "时学近定预到长短初" },
  { "条", "法规线便" },
  { "份", "身股省年月" },
  { "起", "发兴崛" },
  { "户", "住用窗门客账农商散" },
  { "所", "场处厕研务" },
  { "个", "整" },
  { "批", "审报" },
  { "张", "紧主扩开" },
};

static gboolean
is_word_ending (gunichar    before,
                const char *measure)
{
  char buffer[8] = { 0 };

  g_unichar_to_utf8 (before, buffer);
  for (guint i = 0; i < G_N_ELEMENTS (word_endings); i++)
    if (g_str_equal (word_endings[i].measure, measure))
      return strstr (word_endings[i].before, buffer) != NULL;
  return FALSE;
}

/* A bare item of a 、 list is no longer than this: 志愿者人次. */
#define LIST_ITEM_MAX_CHARS 6

typedef struct
{
  gsize       start; /* clause span in the paragraph */
  gsize       end;
  guint       ordinal; /* which clause of its sentence */
  gboolean    listed;  /* a 、 follows it */
  const char *measure; /* the measure word the clause ends with */
  gunichar    noun;    /* the character before the number, or before the measure word */
  gboolean    counted; /* a number stands before the measure word */
} Clause;

/* Whether the @n bytes at @p are those of @word: a few bytes, compared
 * inline rather than by a call to memcmp(). */
static inline gboolean
bytes_equal (const char *p,
             const char *word,
             gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (p[i] != word[i])
      return FALSE;
  return TRUE;
}

/* The start of the character before @p, or NULL when @p is at @text:
 * g_utf8_find_prev_char() inline. */
static inline const char *
prev_char (const char *text,
           const char *p)
{
  while (p > text)
    if ((*--p & 0xC0) != 0x80)
      return p;
  return NULL;
}

/* What a clause ends with: a measure word, and whether a number goes
 * with it. FALSE when it ends with no measure word or cannot be judged. */
static gboolean
read_clause (const char *s,
             gsize       start,
             gsize       end,
             Clause     *clause)
{
  const char *text = s + start;
  const char *stop;
  const char *p;
  gsize       measure_length = 0;

  end = trim_end (s, start, end);
  stop = s + end;
  clause->start = start;
  clause->end = end;
  clause->measure = NULL;

  /* Every measure word ends in a three-byte character; only those ending
   * in the clause's last character are tried, in the list's order. */
  if (stop - text >= 3 && (guchar) stop[-3] >= 0xE0)
    {
      const MeasureTable *table = measure_table ();
      const guchar       *u = (const guchar *) stop - 3;
      guint               slot = ((guint) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);

      for (guint i = table->head[slot]; i != 0; i = table->next[i - 1])
        {
          gsize n = measure_words[i - 1].length;

          if ((gsize) (stop - text) >= n && bytes_equal (stop - n, measure_words[i - 1].word, n))
            {
              clause->measure = measure_words[i - 1].word;
              measure_length = n;
              break;
            }
        }
    }
  if (clause->measure == NULL)
    return FALSE;

  p = stop - measure_length;
  if (p <= text)
    return FALSE;
  p = prev_char (text, p);
  if (p == NULL)
    return FALSE;

  clause->counted = is_quantity_at (p);
  if (!clause->counted)
    {
      clause->noun = _fazhi_get_char (p);
      return _fazhi_is_cjk (clause->noun) && !is_determiner (clause->noun);
    }

  /* Back over the number to what it counts: 二等奖|2名, 认证|4.8万人次. */
  while (p != NULL && p >= text && (is_quantity_at (p) || *p == '.' || *p == ','))
    p = prev_char (text, p);
  clause->noun = p != NULL ? _fazhi_get_char (p) : 0;
  return clause->noun != 0;
}

/* Whether @counted, a count of the same sentence, shows that @bare lost
 * its number. */
static gboolean
is_parallel (const char   *s,
             const Clause *bare,
             const Clause *counted)
{
  const Clause *first = counted->ordinal < bare->ordinal ? counted : bare;
  const Clause *second = first == bare ? counted : bare;

  if (!counted->counted || !g_str_equal (counted->measure, bare->measure))
    return FALSE;
  if (counted->noun == bare->noun)
    return TRUE;
  return first->listed && first->ordinal + 1 == second->ordinal &&
         g_utf8_strlen (s + bare->start, bare->end - bare->start) <= LIST_ITEM_MAX_CHARS &&
         !is_word_ending (bare->noun, bare->measure);
}

/* A high bit in each byte of @w that may start a delimiter: ASCII, E3 or
 * EF. Exact for the lowest (a borrow can only mark bytes above a hit). */
static inline guint64
may_start_delimiter (guint64 w)
{
  return (~w & _FAZHI_BYTES (0x80)) | _fazhi_word_has_byte (w, 0xE3) | _fazhi_word_has_byte (w, 0xEF);
}

/* The next clause delimiter of [@k, @end) and in @n its length, or @end
 * and 1. Delimiters are ASCII or start with E3 or EF, bytes that in UTF-8
 * only ever start a character; most characters are other CJK, so the text
 * is searched eight bytes at a time for those bytes. */
static gsize
next_delimiter (const char *s,
                gsize       k,
                gsize       end,
                gsize      *n)
{
  for (; k + 8 <= end; k += 8)
    {
      guint64 hits = may_start_delimiter (_fazhi_load_u64 (s + k));

#if G_BYTE_ORDER == G_LITTLE_ENDIAN && defined(__GNUC__)
      for (; hits != 0; hits &= hits - 1)
        {
          gsize j = k + (guint) __builtin_ctzll (hits) / 8;

          if ((*n = delimiter_at (s + j, s + end)) > 0)
            return j;
        }
#else
      for (gsize j = k; hits != 0 && j < k + 8; j++)
        if ((*n = delimiter_at (s + j, s + end)) > 0)
          return j;
#endif
    }
  for (; k < end; k++)
    if ((*n = delimiter_at (s + k, s + end)) > 0)
      return k;
  *n = 1;
  return end;
}

static void
check_missing_quantity (FazhiRule         *rule,
                        FazhiCheckContext *context,
                        gpointer           user_data)
{
  FazhiReportText   *text = _fazhi_check_context_get_text (context);
  g_autofree Clause *clauses = NULL;
  guint              n_clauses = 0;
  guint              size = 0;

  for (guint i = 0; i < text->sentences->len; i++)
    {
      const FazhiSentence  *sentence = &g_array_index (text->sentences, FazhiSentence, i);
      const FazhiParagraph *paragraph = sentence->paragraph;
      const char           *s = paragraph->text;
      gsize                 clause_start = sentence->start;
      guint                 ordinal = 0;

      n_clauses = 0;
      for (gsize k = sentence->start; k <= sentence->end;)
        {
          gsize  n;
          Clause clause;

          /* The clause up to the next delimiter, or the sentence end. */
          k = next_delimiter (s, k, sentence->end, &n);
          if (k > clause_start && read_clause (s, clause_start, k, &clause))
            {
              clause.ordinal = ordinal;
              clause.listed = k < sentence->end && _fazhi_has_word_at (s + k, s + sentence->end, "、");
              if (n_clauses == size)
                {
                  size = MAX (16, 2 * size);
                  clauses = g_renew (Clause, clauses, size);
                }
              clauses[n_clauses++] = clause;
            }
          ordinal++;
          k += n;
          clause_start = k;
        }

      /* A bare measure word is a lost number only next to counts of the
       * same measure written the same way: 二等奖2名，三等奖名 (the count
       * follows the same noun), or 学员260人次、志愿者人次 (a short item
       * of the same 、 list that does not end in a word like 当事人). */
      for (guint a = 0; a < n_clauses; a++)
        {
          const Clause    *bare = &clauses[a];
          FazhiDocument   *document = g_ptr_array_index (text->documents, sentence->section);
          g_autofree char *quote = NULL;
          g_autofree char *message = NULL;
          gboolean         parallel = FALSE;

          if (bare->counted)
            continue;
          for (guint b = 0; b < n_clauses && !parallel; b++)
            parallel = is_parallel (s, bare, &clauses[b]);
          if (!parallel)
            continue;

          quote = quote_span (document, paragraph, bare->start, bare->end, 20, TRUE);
          /* Translators: the first %s quotes the report ("三等奖名"), the
           * second is its measure word ("名"). */
          message = g_strdup_printf (_ ("“%s” has no number before the measure word “%s”"), quote, bare->measure);
          fazhi_check_context_add (context, _fazhi_paragraph_to_line (paragraph, bare->start), message);
        }
    }
}

/* ------------------------------------------------------------------ */
/* repeated-text                                                       */
/* ------------------------------------------------------------------ */

/* Sentences are compared as strings of characters (CJK, letters,
 * digits; punctuation dropped) through shingles of this many characters:
 * long enough that two reports' stock phrases rarely share one, short
 * enough that a passage copied with a word changed keeps most of its. */
#define SHINGLE_CHARS 8
/* Two 64-bit words hold a shingle's characters, sixteen bits each. */
G_STATIC_ASSERT (SHINGLE_CHARS == 8);

/* Sentences shorter than this never count as repeated. */
#define REPEAT_MIN_CHARS 15
/* Two sentences repeat each other when at least this many characters of
 * each lie in shared shingles, */
#define REPEAT_MIN_SHARED 16
/* with one stretch of at least this many characters copied verbatim —
 * stock phrases (县政府常务会议会前学法) are shorter — */
#define REPEAT_MIN_RUN 15
/* covering this share of the shorter sentence */
#define REPEAT_SHORT_SHARE 0.6
/* and this share of the longer one. */
#define REPEAT_LONG_SHARE 0.4
/* A shingle in more sentences than this is a stock phrase; it is not
 * used to pair sentences, which keeps the search linear. */
#define REPEAT_MAX_POSTINGS 16

/* Phrases every report may repeat under several headings; they are cut
 * out before comparing. */
/* clang-format off */
static const char * const stock_phrases[] = {
  "习近平新时代中国特色社会主义思想", "习近平法治思想", "习近平总书记", "中国特色社会主义", "全面依法治国",
  "党的十九大", "党的二十大", "十九届", "二十届", "全会精神", "重要讲话精神", "重要指示精神",
  "新理念新思想新战略", "法治政府建设", "依法行政", "尊法学法守法用法", "亲自部署", "亲自过问", "亲自协调",
  "亲自督办", "第一责任人", "党政主要负责人履行推进法治建设", "党中央、国务院", "省委、省政府", "市委、市政府",
  "区委、区政府", "县委、县政府", "实施纲要", "放管服", "中华人民共和国", "职能科学、权责法定、执法严明",
  "公开公正、廉洁高效、守法诚信", "公开公正、智能高效、廉洁诚信", "科学立法、严格执法、公正司法、全民守法",
  "行政执法公示", "执法全过程记录", "重大执法决定法制审核", "谁执法谁普法",
};
/* clang-format on */

/* The stock phrases by their first character, built once: a filter bit
 * per value of the character's two continuation bytes, then the phrases
 * themselves with their lengths. Most characters of a sentence start
 * none, and are rejected by the filter alone. */
typedef struct
{
  guint32 filter[4096 / 32];
  guint8  head[4096];                         /* per slot: the first phrase with it + 1, or 0 */
  guint8  next[G_N_ELEMENTS (stock_phrases)]; /* the next phrase in its slot + 1 */
  guint32 first[G_N_ELEMENTS (stock_phrases)];
  guint8  length[G_N_ELEMENTS (stock_phrases)];
} StockTable;

static inline guint
stock_slot (const guchar *p)
{
  return ((guint) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
}

static const StockTable *
stock_table (void)
{
  static StockTable table;
  static gsize      initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      /* Backwards, so each slot's chain runs in the list's order. */
      for (guint i = G_N_ELEMENTS (stock_phrases); i-- > 0;)
        {
          const guchar *q = (const guchar *) stock_phrases[i];
          guint         slot = stock_slot (q);

          G_STATIC_ASSERT (G_N_ELEMENTS (stock_phrases) < G_MAXUINT8);
          g_assert (q[0] >= 0xE0 && strlen (stock_phrases[i]) <= G_MAXUINT8);
          table.filter[slot / 32] |= 1u << (slot % 32);
          table.next[i] = table.head[slot];
          table.head[slot] = (guint8) (i + 1);
          table.first[i] = ((guint32) q[0] << 16) | ((guint32) q[1] << 8) | q[2];
          table.length[i] = (guint8) strlen (stock_phrases[i]);
        }
      g_once_init_leave (&initialized, 1);
    }
  return &table;
}

/* The length in bytes of the stock phrase at @p, or 0. @p starts a
 * character of at least three bytes before @end that passed the
 * filter. */
static gsize
stock_phrase_at (const StockTable *table,
                 const char       *p,
                 const char       *end)
{
  const guchar *u = (const guchar *) p;
  guint         slot = stock_slot (u);
  guint32       key;

  key = ((guint32) u[0] << 16) | ((guint32) u[1] << 8) | u[2];
  /* Only the phrases of this slot, in the list's order. */
  for (guint i = table->head[slot]; i != 0; i = table->next[i - 1])
    if (table->first[i - 1] == key && (gsize) (end - p) >= table->length[i - 1] &&
        memcmp (p, stock_phrases[i - 1], table->length[i - 1]) == 0)
      return table->length[i - 1];
  return 0;
}

/* Which three-byte characters are CJK ideographs, per 64 code points: a
 * mask per lead byte, a bit per value of the second byte's payload. The
 * ranges of _fazhi_is_cjk() start and end on multiples of 64, so the
 * first two bytes decide, without decoding the character. */
static const guint64 cjk_blocks[16] = {
  [0x3] = G_GUINT64_CONSTANT (0xFFFFFFFFFFFF0000), /* 3400–3FFF */
  [0x4] = G_GUINT64_CONSTANT (0xFF7FFFFFFFFFFFFF), /* 4000–4DBF, 4E00–4FFF */
  [0x5] = G_GUINT64_CONSTANT (0xFFFFFFFFFFFFFFFF),
  [0x6] = G_GUINT64_CONSTANT (0xFFFFFFFFFFFFFFFF),
  [0x7] = G_GUINT64_CONSTANT (0xFFFFFFFFFFFFFFFF),
  [0x8] = G_GUINT64_CONSTANT (0xFFFFFFFFFFFFFFFF),
  [0x9] = G_GUINT64_CONSTANT (0xFFFFFFFFFFFFFFFF), /* 5000–9FFF */
  [0xF] = G_GUINT64_CONSTANT (0x00000FF000000000), /* F900–FAFF */
};

/* The distinct shingles of a report, by value: eight characters, all in
 * the BMP, packed sixteen bits each into two words, so equal keys are
 * equal shingles (no hash can collide). An entry stands for its shingle
 * wherever it occurs, so that passages are paired and compared by entry
 * rather than by key. The entries are the slots of an open-addressing
 * table, all zero when unused: no character is 0, so no key is. */
typedef struct
{
  guint64 older;  /* the first four characters */
  guint64 newer;  /* the last four; 0 for an empty slot */
  guint   count;  /* passages with the shingle */
  guint   start;  /* a rare one's passages in the postings + 1, 0 until listed */
  guint   seen;   /* while counting, the last passage counted + 1; then how many are listed */
  guint   member; /* the stamp it was last marked with */
} ShingleEntry;

typedef struct
{
  ShingleEntry *entries;
  gsize         mask;  /* slots - 1 */
  guint         bits;  /* log2 (slots), at most 32 */
  gboolean      dirty; /* it holds entries of no shingle */
  gsize         n_used;
  guint        *postings; /* the passages of each rare shingle, in order */
  guint         stamp;    /* the last stamp handed out */
} ShingleTable;

/* The shingles of all passages of a report, in parallel arrays: a
 * passage's are a slice of them, so building one costs no allocation. */
typedef struct
{
  guint *positions; /* stream position of each shingle */
  guint *entries;   /* its entry in the ShingleTable */
  gsize  len;
  gsize  size;
} Shingles;

typedef struct
{
  guint sentence; /* index in the report text's sentences */
  guint group;    /* the section it is under, run-in items counting as their parent */
  guint n_chars;  /* characters compared */
  guint n_stream; /* stream positions, breaks included */
  guint first;    /* its first shingle in the Shingles */
  guint n_shingles;
} Passage;

static void
shingles_clear (Shingles *shingles)
{
  g_free (shingles->positions);
  g_free (shingles->entries);
}

/* The slots of a table kept for the next report checked on this thread,
 * all empty again, so they need no clearing — which would cost more than
 * filling them. Only those of ordinary reports are kept, so the memory
 * held stays small. */
typedef struct
{
  ShingleEntry *entries;
  guint         bits;
} ShingleScratch;

#define SHINGLE_SCRATCH_MAX_BITS 14

static void
shingle_scratch_free (gpointer data)
{
  ShingleScratch *scratch = data;

  g_free (scratch->entries);
  g_free (scratch);
}

static GPrivate shingle_scratch = G_PRIVATE_INIT (shingle_scratch_free);

static inline gsize
shingle_slot (const ShingleTable *table,
              guint64             older,
              guint64             newer)
{
  guint64 x = (newer ^ (older * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15))) * G_GUINT64_CONSTANT (0xD6E8FEB86659FD93);

  return (gsize) (x >> 32) & table->mask;
}

static void
shingle_table_set_bits (ShingleTable *table,
                        guint         bits)
{
  table->mask = ((gsize) 1 << bits) - 1;
  table->bits = bits;
}

/* Twice the slots; the entries move, and the @n_shingles shingles made
 * so far are pointed at them again. */
static void
shingle_table_grow (ShingleTable *table,
                    guint        *entries,
                    gsize         n_shingles)
{
  ShingleEntry *old = table->entries;
  gsize         n_old = table->mask + 1;

  table->entries = g_new0 (ShingleEntry, 2 * n_old);
  shingle_table_set_bits (table, table->bits + 1);
  for (gsize e = 0; e < n_old; e++)
    {
      gsize index;

      if (old[e].newer == 0)
        continue;
      index = shingle_slot (table, old[e].older, old[e].newer);
      while (table->entries[index].newer != 0)
        index = (index + 1) & table->mask;
      table->entries[index] = old[e];
      /* Where it went, for the shingles; the old slots go. */
      old[e].member = (guint) index;
    }
  for (gsize h = 0; h < n_shingles; h++)
    entries[h] = old[entries[h]].member;
  g_free (old);
}

static void
shingle_table_init (ShingleTable *table,
                    gsize         expected)
{
  ShingleScratch *scratch = g_private_get (&shingle_scratch);
  guint           bits = 4;

  /* Most shingles of a report are distinct, and fewer than expected. */
  while (((gsize) 1 << bits) < expected && bits < 32)
    bits++;
  if (scratch != NULL && scratch->entries != NULL && scratch->bits >= bits)
    {
      table->entries = g_steal_pointer (&scratch->entries);
      shingle_table_set_bits (table, scratch->bits);
      return;
    }
  table->entries = g_new0 (ShingleEntry, (gsize) 1 << bits);
  shingle_table_set_bits (table, bits);
}

/* Frees the table, or empties it and keeps it: its used slots are those
 * of the @n_shingles shingles at @entries. */
static void
shingle_table_clear (ShingleTable *table,
                     const guint  *entries,
                     gsize         n_shingles)
{
  ShingleScratch *scratch = g_private_get (&shingle_scratch);
  guint           bits = table->bits;

  g_free (table->postings);
  if (bits > SHINGLE_SCRATCH_MAX_BITS || table->dirty)
    {
      g_free (table->entries);
      return;
    }
  if (scratch == NULL)
    {
      scratch = g_new0 (ShingleScratch, 1);
      g_private_set (&shingle_scratch, scratch);
    }
  /* Fewer stores than slots: most slots are never used. */
  for (gsize h = 0; h < n_shingles; h++)
    memset (&table->entries[entries[h]], 0, sizeof (ShingleEntry));
  g_free (scratch->entries);
  scratch->entries = table->entries;
  scratch->bits = bits;
}

/* Reads a sentence as a stream of characters and enters its shingles
 * into @table as those of passage number @n_passages; TRUE if it is long
 * enough to be a passage, otherwise FALSE with @shingles and @table as
 * they were. */
/* Not inlined: alone, its loop keeps its state in registers. */
static G_GNUC_NO_INLINE gboolean
passage_init (Passage             *passage,
              const FazhiSentence *sentence,
              Shingles            *shingles,
              ShingleTable        *table,
              guint                n_passages)
{
  const char       *s = sentence->paragraph->text + sentence->start;
  gsize             length = sentence->end - sentence->start;
  const char       *end = s + length;
  const StockTable *stock = stock_table ();
  const guint       p1 = n_passages + 1;
  /* The table in locals, which the stores below cannot alias. */
  ShingleEntry *slots = table->entries;
  gsize         mask = table->mask;
  gsize         n_used = table->n_used;
  gboolean      after_break = FALSE;
  gboolean      grown = FALSE;
  guint         run = 0;
  guint64       older = 0, newer = 0;
  guint        *positions;
  guint        *entries;
  gsize         n_shingles = 0;
  guint         n_chars = 0;
  guint         n_stream = 0;

  /* At most one shingle per byte. */
  if (shingles->size - shingles->len < length)
    {
      shingles->size = MAX (2 * shingles->size, shingles->len + length);
      shingles->positions = g_renew (guint, shingles->positions, shingles->size);
      shingles->entries = g_renew (guint, shingles->entries, shingles->size);
    }
  positions = shingles->positions + shingles->len;
  entries = shingles->entries + shingles->len;

  /* One pass builds the stream of characters and shifts each into the
   * key, which so holds the last SHINGLE_CHARS of them. Compared are CJK
   * ideographs, all of them three-byte characters, and ASCII letters and
   * digits, all in the BMP; the other characters are skipped without
   * being decoded. */
  for (const char *p = s; p < end;)
    {
      const guchar *u = (const guchar *) p;
      gunichar      c;
      guint         i;

      if (u[0] < 0x80)
        {
          c = u[0];
          p++;
          if (!g_ascii_isalnum (c))
            continue;
        }
      else if ((u[0] & 0xF0) == 0xE0)
        {
          guint low;

          p += 3;
          if (((cjk_blocks[u[0] & 0x0F] >> (u[1] & 0x3F)) & 1) == 0)
            continue;
          /* The low twelve bits of the code point: the stock phrases'
           * filter, and with the lead byte's four the character. */
          low = ((guint) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);
          /* Stock phrases, which all start with an ideograph, become
           * breaks. Punctuation is skipped — a copied passage runs on
           * across it — so only they break the stream, and a run of them
           * makes one break. */
          if (G_UNLIKELY ((stock->filter[low / 32] >> (low % 32)) & 1))
            {
              gsize n = stock_phrase_at (stock, (const char *) u, end);

              if (n > 0)
                {
                  if (n_stream == 0 || !after_break)
                    {
                      n_stream++;
                      after_break = TRUE;
                    }
                  run = 0;
                  p = (const char *) u + n;
                  continue;
                }
            }
          c = ((gunichar) (u[0] & 0x0F) << 12) | low;
        }
      else
        {
          /* Two- and four-byte characters are never ideographs here. */
          p = g_utf8_next_char (p);
          continue;
        }

      after_break = FALSE;
      i = n_stream++;
      n_chars++;
      /* Characters of before a break are shifted out by the time the
       * run is long enough for a shingle. */
      older = (older << 16) | (newer >> 48);
      newer = (newer << 16) | c;
      if (++run < SHINGLE_CHARS)
        continue;

      /* Into the table at once, taken out again below if the sentence
       * is too short. */
      {
        guint64 x = (newer ^ (older * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15))) *
                    G_GUINT64_CONSTANT (0xD6E8FEB86659FD93);
        gsize         index = (gsize) (x >> 32) & mask;
        ShingleEntry *entry;

        for (;;)
          {
            entry = &slots[index];
            if (entry->newer == newer && entry->older == older)
              break;
            if (entry->newer == 0)
              {
                entry->older = older;
                entry->newer = newer;
                n_used++;
                break;
              }
            index = (index + 1) & mask;
          }
        /* A shingle twice in one passage counts once. */
        if (entry->seen != p1)
          {
            entry->seen = p1;
            entry->count++;
          }
        entries[n_shingles] = (guint) index;
        positions[n_shingles] = i + 1 - SHINGLE_CHARS;
        n_shingles++;
        /* At most half full, so probes stay short. */
        if (G_UNLIKELY (2 * n_used > mask + 1))
          {
            table->n_used = n_used;
            shingle_table_grow (table, shingles->entries, shingles->len + n_shingles);
            slots = table->entries;
            mask = table->mask;
            grown = TRUE;
          }
      }
    }

  table->n_used = n_used;
  passage->first = shingles->len;
  passage->n_shingles = n_shingles;
  passage->n_chars = n_chars;
  passage->n_stream = n_stream;
  if (n_chars >= REPEAT_MIN_CHARS && n_chars >= SHINGLE_CHARS && n_shingles > 0)
    {
      shingles->len += n_shingles;
      return TRUE;
    }

  /* Not a passage: its counts are taken back, and the entries it made,
   * the last ones made, are emptied again — which leaves the table as it
   * was, since no probe of an older entry ran over them. Unless the
   * entries moved meanwhile: then they stay, counting no passage, and the
   * table is not kept for another report. */
  for (gsize h = 0; h < n_shingles; h++)
    {
      ShingleEntry *entry = &table->entries[entries[h]];

      if (entry->seen != p1)
        continue;
      entry->seen = 0;
      if (--entry->count == 0 && !grown)
        {
          memset (entry, 0, sizeof *entry);
          table->n_used--;
        }
    }
  table->dirty |= grown;
  return FALSE;
}

/* Whether an entry pairs passages: shared by some, but not so many that it
 * is a stock phrase — which keeps the pairing linear. */
static inline gboolean
is_rare (const ShingleEntry *entry)
{
  return entry->count >= 2 && entry->count <= REPEAT_MAX_POSTINGS;
}

/* A new stamp, which no entry has yet. */
static inline guint
shingle_table_stamp (ShingleTable *table)
{
  return ++table->stamp;
}

/* How many characters of @a lie in shingles that @b has too, and the
 * longest stretch of them. */
static guint
covered_chars (const Passage  *a,
               const Passage  *b,
               const Shingles *shingles,
               ShingleTable   *table,
               GArray         *marks,
               guint          *longest)
{
  guint stamp = shingle_table_stamp (table);
  guint covered = 0;
  guint run = 0;

  for (guint h = b->first; h < b->first + b->n_shingles; h++)
    table->entries[shingles->entries[h]].member = stamp;

  g_array_set_size (marks, a->n_stream);
  memset (marks->data, 0, a->n_stream);
  for (guint h = a->first; h < a->first + a->n_shingles; h++)
    if (table->entries[shingles->entries[h]].member == stamp)
      memset (marks->data + shingles->positions[h], 1, SHINGLE_CHARS);
  *longest = 0;
  for (guint i = 0; i < a->n_stream; i++)
    {
      covered += marks->data[i];
      run = marks->data[i] ? run + 1 : 0;
      *longest = MAX (*longest, run);
    }
  return covered;
}

static gboolean
passages_repeat (const Passage  *a,
                 const Passage  *b,
                 const Shingles *shingles,
                 ShingleTable   *table,
                 GArray         *marks)
{
  const Passage *shorter = a->n_chars <= b->n_chars ? a : b;
  const Passage *longer = shorter == a ? b : a;
  guint          run_a, run_b;
  guint          in_a, in_b;
  guint          in_shorter, in_longer;

  in_a = covered_chars (a, b, shingles, table, marks, &run_a);
  in_b = covered_chars (b, a, shingles, table, marks, &run_b);
  in_shorter = shorter == a ? in_a : in_b;
  in_longer = shorter == a ? in_b : in_a;

  return MIN (in_a, in_b) >= REPEAT_MIN_SHARED && MIN (run_a, run_b) >= REPEAT_MIN_RUN &&
         in_shorter >= REPEAT_SHORT_SHARE * shorter->n_chars &&
         in_longer >= REPEAT_LONG_SHARE * longer->n_chars;
}

static int
compare_passages (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* Lists passage @later among the passages of each of its rare shingles,
 * and the earlier passages under other sections already listed there
 * (which share that shingle with it), in order, into @touched, with the
 * number of rare shingles each shares in @shared (which is left at zero
 * elsewhere). Passages are listed in order, so the postings of a shingle
 * are laid out (counting sort) on its first passage. Returns how many. */
static guint
list_and_find_earlier (guint           later,
                       const Passage  *passages,
                       const Shingles *shingles,
                       ShingleTable   *table,
                       guint          *n_postings,
                       guint          *shared,
                       guint          *touched)
{
  const Passage *passage = &passages[later];
  guint          n = 0;

  for (guint h = passage->first; h < passage->first + passage->n_shingles; h++)
    {
      ShingleEntry *entry = &table->entries[shingles->entries[h]];

      if (!is_rare (entry))
        continue;
      if (entry->start == 0)
        {
          entry->start = *n_postings + 1;
          entry->seen = 0;
          *n_postings += entry->count;
        }
      else if (table->postings[entry->start - 1 + entry->seen - 1] == later)
        continue; /* each rare shingle once */
      for (guint k = entry->start - 1; k < entry->start - 1 + entry->seen; k++)
        {
          guint earlier = table->postings[k];

          if (passages[earlier].group == passage->group)
            continue;
          if (shared[earlier]++ == 0)
            touched[n++] = earlier;
        }
      table->postings[entry->start - 1 + entry->seen++] = later;
    }

  /* In order: mostly few, and then sorted by insertion. */
  if (n > 32)
    g_qsort_with_data (touched, n, sizeof (guint), compare_passages, NULL);
  else
    for (guint i = 1; i < n; i++)
      {
        guint value = touched[i];
        guint k = i;

        for (; k > 0 && touched[k - 1] > value; k--)
          touched[k] = touched[k - 1];
        touched[k] = value;
      }
  return n;
}

static const char *
section_heading (FazhiReportText *text,
                 guint            index)
{
  const char *heading = _fazhi_report_text_get_section (text, index)->heading;

  return heading != NULL ? heading : "";
}

/* The pairs of sections a finding was made for: a bit per pair when there
 * are few sections, a hash table otherwise. */
#define REPORTED_BITMAP_MAX 256

typedef struct
{
  guint       n;
  guint8     *bits;
  GHashTable *table;
} Reported;

static gboolean
reported_contains (Reported *reported,
                   guint     earlier,
                   guint     later)
{
  guint64 pair = ((guint64) earlier << 32) | later;

  if (reported->bits != NULL)
    {
      gsize bit = (gsize) earlier * reported->n + later;

      return (reported->bits[bit / 8] >> (bit % 8)) & 1;
    }
  return g_hash_table_contains (reported->table, &pair);
}

/* Whether the pair was reported already; marks it as reported. */
static gboolean
reported_test_and_set (Reported *reported,
                       guint     earlier,
                       guint     later)
{
  guint64 pair = ((guint64) earlier << 32) | later;

  if (reported_contains (reported, earlier, later))
    return TRUE;
  if (reported->bits != NULL)
    {
      gsize bit = (gsize) earlier * reported->n + later;

      reported->bits[bit / 8] |= 1 << (bit % 8);
    }
  else
    g_hash_table_add (reported->table, g_memdup2 (&pair, sizeof pair));
  return FALSE;
}

static void
check_repeated_text (FazhiRule         *rule,
                     FazhiCheckContext *context,
                     gpointer           user_data)
{
  FazhiReportText     *text = _fazhi_check_context_get_text (context);
  guint                n_sections = text->sections->len;
  g_autofree guint    *groups = g_new0 (guint, MAX (n_sections, 1));
  g_autofree gboolean *compared = g_new0 (gboolean, MAX (n_sections, 1));
  gboolean             any_measures = FALSE;
  g_autofree Passage  *passages = g_new (Passage, MAX (text->sentences->len, 1));
  guint                n_passages = 0;
  Shingles             shingles = { 0 };
  ShingleTable         table = { 0 };
  g_autofree guint    *shared = NULL;
  g_autofree guint    *touched = NULL;
  guint                n_postings = 0;
  Reported             reported = { n_sections, NULL, NULL };
  g_autoptr (GArray)   marks = g_array_new (FALSE, FALSE, 1);
  const char          *format = NULL;

  /* Run-in items (一是…二是…) are part of the section they run in. */
  for (guint i = 0; i < n_sections; i++)
    {
      const FazhiSectionView *section = _fazhi_report_text_get_section (text, i);

      groups[i] = i > 0 && section->run_in ? groups[i - 1] : i;
      compared[i] = g_strcmp0 (section->part, "measures") == 0;
      any_measures |= compared[i];
    }
  /* Only the measures are compared: the leader's duties restate the
   * leadership area and the plans answer the shortcomings in their words,
   * by design. A report whose parts were not recognised is compared
   * whole. */
  for (guint i = 0; i < n_sections && !any_measures; i++)
    compared[i] = TRUE;

  /* Mostly three-byte characters: a shingle per three bytes, rarely more,
   * so the arrays are seldom grown. */
  for (guint i = 0; i < text->sentences->len; i++)
    {
      const FazhiSentence *sentence = &g_array_index (text->sentences, FazhiSentence, i);

      if (compared[sentence->section])
        shingles.size += (sentence->end - sentence->start) / 3;
    }
  shingles.positions = g_new (guint, shingles.size);
  shingles.entries = g_new (guint, shingles.size);
  /* Most shingles of a report are distinct. */
  shingle_table_init (&table, shingles.size);

  for (guint i = 0; i < text->sentences->len; i++)
    {
      const FazhiSentence *sentence = &g_array_index (text->sentences, FazhiSentence, i);
      Passage             *passage = &passages[n_passages];

      passage->sentence = i;
      passage->group = groups[sentence->section];
      if (compared[sentence->section] && passage_init (passage, sentence, &shingles, &table, n_passages))
        n_passages++;
    }

  /* Pairs of passages under different sections that share a rare
   * shingle, found through the shingles' passages: linear. */
  table.postings = g_new (guint, MAX (shingles.len, 1));
  shared = g_new0 (guint, MAX (n_passages, 1));
  touched = g_new (guint, MAX (n_passages, 1));
  if (n_sections <= REPORTED_BITMAP_MAX)
    reported.bits = g_malloc0 (((gsize) n_sections * n_sections + 7) / 8 + 1);
  else
    reported.table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint l = 0; l < n_passages; l++)
    {
      guint n_touched = list_and_find_earlier (l, passages, &shingles, &table, &n_postings, shared, touched);

      for (guint t = 0; t < n_touched; t++)
        {
          guint                e = touched[t];
          guint                n_shared = shared[e];
          Passage             *later = &passages[l];
          Passage             *earlier = &passages[e];
          const FazhiSentence *first;
          const FazhiSentence *second;
          guint                earlier_line;
          g_autofree char     *original = NULL;
          g_autofree char     *quote = NULL;
          g_autofree char     *message = NULL;
          FazhiFinding        *finding;

          shared[e] = 0;
          /* One finding per pair of sections; too few shared shingles
           * cannot cover REPEAT_MIN_SHARED characters. */
          if (n_shared + SHINGLE_CHARS - 1 < REPEAT_MIN_SHARED ||
              reported_contains (&reported, earlier->group, later->group) ||
              !passages_repeat (later, earlier, &shingles, &table, marks))
            continue;
          reported_test_and_set (&reported, earlier->group, later->group);

          first = &g_array_index (text->sentences, FazhiSentence, earlier->sentence);
          second = &g_array_index (text->sentences, FazhiSentence, later->sentence);
          earlier_line = first->line;
          original = _fazhi_report_text_dup_original (text, second);
          quote = shorten (original, 30, FALSE);
          if (format == NULL)
            /* Translators: the first two %s are section headings, %u is the
             * line of the earlier passage, the last %s quotes the later one. */
            format = _ ("Text under “%s” repeats, almost word for word, text under “%s” (line %u): “%s”");
          message = g_strdup_printf (format, section_heading (text, later->group),
                                     section_heading (text, earlier->group), first->line, quote);
          finding = fazhi_check_context_add (context, second->line, message);
          fazhi_finding_set_lines (finding, &earlier_line, 1);
        }
    }

  shingle_table_clear (&table, shingles.entries, shingles.len);
  shingles_clear (&shingles);
  g_free (reported.bits);
  g_clear_pointer (&reported.table, g_hash_table_unref);
}

/* ------------------------------------------------------------------ */
/* placeholder-text                                                    */
/* ------------------------------------------------------------------ */

/* Surnames that make 某某 an anonymised name (王某某), not a blank. */
static const char surnames[] =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
  "卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

/* What template instructions in brackets start with: （此处填写…）. */
static const char * const instruction_starts[] = { "此处", "请填", "请在", "填写", "待补", "待填", NULL };

static gboolean
is_x_char (gunichar c)
{
  return c == 'X' || c == 'x' || c == 0xFF38 || c == 0xFF58 || c == 0x00D7;
}

static gboolean
is_cn_digit (gunichar c)
{
  char buffer[8] = { 0 };

  if (c == 0x25CB /* ○ */ || c == 0x5E74 /* 年 */)
    return TRUE;
  g_unichar_to_utf8 (c, buffer);
  return c >= 0x3000 && _fazhi_cn_numeral (buffer) != FAZHI_CN_NONE;
}

static gunichar
closing_bracket (gunichar open)
{
  switch (open)
    {
    /* clang-format off */
    case 0x3010: return 0x3011; /* 【】 */
    case '[': return ']';
    case 0xFF3B: return 0xFF3D; /* ［］ */
    case 0xFF08: return 0xFF09; /* （） */
    case '(': return ')';
    case 0x300A: return 0x300B; /* 《》 */
    case 0x3014: return 0x3015; /* 〔〕 */
    default: return 0;
      /* clang-format on */
    }
}

/* Length of the placeholder at @p (within [line, end) of one line), or 0. */
static gsize
placeholder_at (const char *line,
                const char *p,
                const char *end)
{
  guchar      b = (guchar) *p;
  gunichar    c;
  gunichar    closing;
  const char *q = p;
  guint       run = 0;

  /* Most characters are ideographs, and 某 is the only one that starts a
   * placeholder: tell them from the first bytes, without decoding. */
  if (b >= 0xE4 && b <= 0xE9)
    {
      if (!(b == 0xE6 && (guchar) p[1] == 0x9F && (guchar) p[2] == 0x90)) /* 某 */
        return 0;
    }
  c = g_utf8_get_char (p);

  /* ***, ＿＿＿, ○○, □□ */
  if (c == '*' || c == 0xFF0A || c == '_' || c == 0xFF3F || c == 0x25CB || c == 0x25A1)
    {
      gboolean star = c == '*' || c == 0xFF0A;
      gboolean line_char = c == '_' || c == 0xFF3F;

      while (q < end)
        {
          gunichar d = g_utf8_get_char (q);

          if (star ? (d != '*' && d != 0xFF0A) : (line_char ? (d != '_' && d != 0xFF3F) : d != c))
            break;
          q = g_utf8_next_char (q);
          run++;
        }
      if (run < 2)
        return 0;
      /* 二○○八年 writes its zeros with ○. */
      if (c == 0x25CB && (is_cn_digit (char_before (line, p)) || (q < end && is_cn_digit (g_utf8_get_char (q)))))
        return 0;
      return q - p;
    }

  /* XX科, XX万元, X月X日, ××单位 — but not OTC, XML, 7×24 or X光. */
  if (is_x_char (c))
    {
      gunichar before = char_before (line, p);
      gunichar after;
      gboolean latin = FALSE;

      while (q < end && is_x_char (g_utf8_get_char (q)))
        {
          latin |= g_utf8_get_char (q) != 0x00D7;
          q = g_utf8_next_char (q);
          run++;
        }
      after = q < end ? g_utf8_get_char (q) : 0;
      if (is_alnum (before) || is_alnum (after) || is_x_char (before))
        return 0;
      if (run == 1 && !_fazhi_is_cjk (before) && !_fazhi_is_cjk (after))
        return 0;
      if (run == 1 && latin && (after == 0x5149 /* 光 */ || after == 0x5C04 /* 射 */ || after == 0x7EBF /* 线 */))
        return 0;
      return q - p;
    }

  /* 某某 as a blank; 王某某 is a person kept anonymous. */
  if (_fazhi_has_word_at (p, end, "某某"))
    {
      gunichar before = char_before (line, p);
      char     buffer[8] = { 0 };

      if (char_before (line, p) == 0x67D0 /* 某 */)
        return 0;
      g_unichar_to_utf8 (before, buffer);
      if (before != 0 && _fazhi_is_cjk (before) && strstr (surnames, buffer) != NULL)
        return 0;
      q = p + strlen ("某某");
      while (_fazhi_has_word_at (q, end, "某"))
        q += strlen ("某");
      return q - p;
    }

  /* 【】, [ ], （ ）, 《》 and （此处…） */
  closing = closing_bracket (c);
  if (closing != 0)
    {
      q = g_utf8_next_char (p);
      while (q < end && (*q == ' ' || _fazhi_has_word_at (q, end, "\u3000")))
        q = g_utf8_next_char (q);
      if (q < end && g_utf8_get_char (q) == closing)
        return g_utf8_next_char (q) - p;
      for (guint i = 0; instruction_starts[i] != NULL; i++)
        if (_fazhi_has_word_at (q, end, instruction_starts[i]))
          {
            guint chars = 0;

            while (q < end && g_utf8_get_char (q) != closing && chars++ < 30)
              q = g_utf8_next_char (q);
            return (q < end ? g_utf8_next_char (q) : q) - p;
          }
    }

  return 0;
}

static gboolean
is_clause_stop (gunichar c)
{
  switch (c)
    {
    /* clang-format off */
    case 0xFF0C: case 0x3001: case 0xFF1B: case 0x3002: case 0xFF1A: case 0xFF01: case 0xFF1F: /* ，、；。：！？ */
    case ',': case ';': case ':': case '!': case '?':
      return TRUE;
    /* clang-format on */
    default:
      return FALSE;
    }
}

/* Characters of the clause kept either side of a placeholder. */
#define QUOTE_BEFORE 8
#define QUOTE_AFTER  6

/* The placeholder in its clause, cut to a few characters either side:
 * "由XX科牵头", "…稳岗返还资金XX万元". */
static char *
placeholder_quote (const char *line,
                   const char *p,
                   const char *q,
                   const char *end)
{
  const char *from = p;
  const char *to = q;
  guint       i;

  for (i = 0; from > line; i++)
    {
      const char *prev = g_utf8_find_prev_char (line, from);

      if (prev == NULL || is_clause_stop (g_utf8_get_char (prev)) || i == QUOTE_BEFORE)
        break;
      from = prev;
    }
  {
    gboolean            cut_start = from > line && !is_clause_stop (char_before (line, from));
    g_autoptr (GString) quote = g_string_new (cut_start ? "…" : "");

    for (i = 0; to < end && !is_clause_stop (g_utf8_get_char (to)) && i < QUOTE_AFTER; i++)
      to = g_utf8_next_char (to);
    g_string_append_len (quote, from, to - from);
    if (to < end && !is_clause_stop (g_utf8_get_char (to)))
      g_string_append (quote, "…");
    return g_strstrip (g_string_free (g_steal_pointer (&quote), FALSE));
  }
}

/* How many bytes a character that starts with a byte can be skipped by,
 * as one that starts no placeholder (see placeholder_at()): ideographs
 * other than 某 (E6 9F 90, looked at apart), ASCII other than * _ X x [ (
 * and continuation bytes; 0 for the bytes to look at: the others, LF and
 * the terminating NUL. */
static const guint8 *
placeholder_skips (void)
{
  static guint8 skips[256];
  static gsize  initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint b = 0; b < 0x80; b++)
        skips[b] = strchr ("*_Xx[(\n", b) == NULL && b != '\0' ? 1 : 0;
      for (guint b = 0x80; b < 0xC0; b++)
        skips[b] = 1;
      for (guint b = 0xE4; b <= 0xE9; b++)
        skips[b] = 3;
      g_once_init_leave (&initialized, 1);
    }
  return skips;
}

/* Records the placeholders of @text, which starts at @line, by line:
 * line → GPtrArray of quotes. */
static void
scan_placeholders (GHashTable *found,
                   const char *text,
                   guint       line)
{
  const guint8 *skips = placeholder_skips ();
  const char   *line_start = text;
  const char   *line_end = NULL; /* of the line of line_start, once looked for */

  if (text == NULL)
    return;

  for (const char *q = text; *q != '\0';)
    {
      guchar     b = (guchar) *q;
      gsize      n = skips[b];
      GPtrArray *quotes;
      char      *quote;

      /* Most characters start no placeholder, which their first bytes
       * tell. */
      if (n != 0 && !(b == 0xE6 && (guchar) q[1] == 0x9F && (guchar) q[2] == 0x90)) /* 某 */
        {
          q += n;
          continue;
        }
      if (b == '\n')
        {
          line_start = ++q;
          line_end = NULL;
          line++;
          continue;
        }
      /* Nor does full-width punctuation other than 【《〔 (E3 80 90,
       * 8A, 94) and ＊＿Ｘ［（ ｘ (EF BC 8A, BF, B8, BB, 88; EF BD 98). */
      if ((b == 0xE3 && !((guchar) q[1] == 0x80 &&
                          ((guchar) q[2] == 0x90 || (guchar) q[2] == 0x8A || (guchar) q[2] == 0x94))) ||
          (b == 0xEF &&
           !(((guchar) q[1] == 0xBC && ((guchar) q[2] == 0x8A || (guchar) q[2] == 0xBF || (guchar) q[2] == 0xB8 ||
                                        (guchar) q[2] == 0xBB || (guchar) q[2] == 0x88)) ||
             ((guchar) q[1] == 0xBD && (guchar) q[2] == 0x98))))
        {
          q += 3;
          continue;
        }
      if (line_end == NULL)
        {
          line_end = strchr (q, '\n');
          if (line_end == NULL)
            line_end = q + strlen (q);
        }
      n = placeholder_at (line_start, q, line_end);
      if (n == 0)
        {
          q = g_utf8_next_char (q);
          continue;
        }
      quotes = g_hash_table_lookup (found, GUINT_TO_POINTER (line));
      if (quotes == NULL)
        {
          quotes = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (found, GUINT_TO_POINTER (line), quotes);
        }
      quote = placeholder_quote (line_start, q, q + n, line_end);
      if (!g_ptr_array_find_with_equal_func (quotes, quote, g_str_equal, NULL))
        g_ptr_array_add (quotes, quote);
      else
        g_free (quote);
      q += n;
    }
}

/* The line of the document where a front-matter property is written, or
 * 0 when the report has no document (read back from JSON without it). */
static guint
property_line (FazhiReport *report,
               const char  *value)
{
  FazhiDocument *document = fazhi_report_get_document (report);
  const char    *text;
  const char    *found;
  gsize          length;

  if (document == NULL || value == NULL || *value == '\0')
    return 0;
  text = fazhi_document_get_text (document, &length);
  found = _fazhi_find (text, length, value);
  return found != NULL ? fazhi_document_get_line_at_offset (document, found - text) : 0;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  guint x = GPOINTER_TO_UINT (a);
  guint y = GPOINTER_TO_UINT (b);

  return x < y ? -1 : x > y;
}

static void
check_placeholder_text (FazhiRule         *rule,
                        FazhiCheckContext *context,
                        gpointer           user_data)
{
  FazhiReport *report = fazhi_check_context_get_report (context);
  GListModel  *sections = fazhi_report_get_sections (report);
  const char  *properties[] = {
     fazhi_report_get_title (report),
     fazhi_report_get_agency (report),
     fazhi_report_get_addressee (report),
  };
  g_autoptr (GHashTable) found = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GList)      lines = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    if (properties[i] != NULL && strchr (properties[i], '\n') == NULL)
      scan_placeholders (found, properties[i], property_line (report, properties[i]));

  for (guint i = 0, n = g_list_model_get_n_items (sections); i < n; i++)
    {
      FazhiSectionView section;

      _fazhi_section_view_init (&section, sections, i);
      scan_placeholders (found, section.heading, section.line);
      scan_placeholders (found, section.body, section.body_line != 0 ? section.body_line : section.line);
    }

  lines = g_list_sort (g_hash_table_get_keys (found), compare_lines);
  for (GList *l = lines; l != NULL; l = l->next)
    {
      GPtrArray          *quotes = g_hash_table_lookup (found, l->data);
      g_autoptr (GString) list = g_string_new (NULL);
      g_autofree char    *message = NULL;

      for (guint k = 0; k < quotes->len; k++)
        g_string_append_printf (list, "%s“%s”", k > 0 ? ", " : "", (char *) g_ptr_array_index (quotes, k));
      /* Translators: %s lists quoted pieces of the report such as
       * “资金XX万元”, “补助***万元”. */
      message = g_strdup_printf (_ ("Template placeholders were never filled in: %s"), list->str);
      fazhi_check_context_add (context, GPOINTER_TO_UINT (l->data), message);
    }
}

/* ------------------------------------------------------------------ */
/* implausible-figure                                                  */
/* ------------------------------------------------------------------ */

/* A percentage is a share of a whole when its subject says so. */
static const char * const rate_words[] = { "率", "比例", "占比", "比重", "覆盖", NULL };
/* … unless it measures a change, which may pass 100%. */
/* clang-format off */
static const char * const change_words[] = {
  "增", "涨", "提高", "提升", "上升", "下降", "降低", "减少", "翻", "同比", "环比", "较上", "比上",
  "完成", "超", "目标", NULL,
};
/* clang-format on */
/* What makes a count the new part (_fazhi_new_words) or the total. */
/* clang-format off */
const char * const _fazhi_new_words[] = {
  "新增", "新培育", "新建", "新设", "新登记", "新发放", "新认定", "新引进", "新发展", "新挂牌", "新招", "新录",
  "新聘", "新入驻", "新认证", "新评", "新创建", "新纳入", "新成立", "新注册", "新开通", "新命名", NULL,
};
static const char * const total_words[] = {
  "总量", "总数", "总额", "累计", "共有", "总计", "合计", "总共", "共计", "一共", NULL,
};
/* clang-format on */
/* A figure after 其中 with one of these starts something else. */
/* clang-format off */
static const char * const not_part_words[] = {
  "累计", "总量", "总数", "总额", "总计", "总共", "共有", "共计", "一共", "合计", "另", "此外", "同比", "较",
  "增长", "比上", "占", NULL,
};
/* clang-format on */

typedef struct
{
  FazhiFigure *figure;
  gsize        start; /* span of its number and unit in the paragraph */
  gsize        end;
  gsize        clause_start; /* the clause it is in */
  gsize        sentence;     /* where its sentence starts */
  gboolean     bracketed;    /* inside （…） */
  double       scale;        /* 万 and 亿 folded out of the unit */
  const char  *base_unit;
} Located;

static gboolean
is_sentence_end_at (const char *p,
                    const char *end)
{
  return end - p >= 3 && _fazhi_is_sentence_end (p);
}

/* Where the clause holding @from starts, not before @limit. */
static gsize
clause_start_before (const char *s,
                     gsize       from,
                     gsize       limit)
{
  const char *p = s + from;

  while (p > s + limit)
    {
      const char *prev = g_utf8_find_prev_char (s + limit, p);

      if (prev == NULL)
        break;
      if (delimiter_at (prev, p) > 0)
        return p - s;
      p = prev;
    }
  return limit;
}

/* Finds the figures of a paragraph in its text: each figure's wording,
 * normalised, is in the paragraph after the previous one — or at the same
 * place for "办结率、满意率均为100%", which gives one figure per rate. */
static void
locate_figures (const FazhiParagraph *paragraph,
                GPtrArray            *figures,
                GArray               *located)
{
  const char      *s = paragraph->text;
  const char      *end = s + paragraph->length;
  gsize            cursor = 0;
  gsize            previous_start = 0;
  g_autofree char *previous_text = NULL;
  /* Sentence start and bracket depth, worked out as the scan goes. */
  gsize scanned = 0;
  gsize sentence = 0;
  int   depth = 0;

  for (guint i = 0; i < figures->len; i++)
    {
      FazhiFigure     *figure = g_ptr_array_index (figures, i);
      const char      *wording = fazhi_figure_get_text (figure);
      const char      *subject = fazhi_figure_get_subject (figure);
      const char      *unit = fazhi_figure_get_unit (figure);
      g_autofree char *normalised = wording != NULL ? _fazhi_normalize (wording, -1) : NULL;
      const char      *found = NULL;
      Located          entry = { figure, 0, 0, 0, 0, FALSE, 1.0, unit != NULL ? unit : "" };

      if (normalised == NULL || *normalised == '\0')
        continue;
      if (previous_text != NULL && g_str_equal (previous_text, normalised) && subject != NULL)
        {
          gsize from = clause_start_before (s, previous_start, 0);

          /* The subject before the shared number: the same place. */
          if (_fazhi_find (s + from, previous_start - from, subject) != NULL)
            found = s + previous_start;
        }
      if (found == NULL)
        found = _fazhi_find (s + cursor, end - (s + cursor), normalised);
      if (found == NULL)
        continue;

      entry.start = found - s;
      entry.end = entry.start + strlen (normalised);
      for (; scanned < entry.start; scanned = g_utf8_next_char (s + scanned) - s)
        {
          if (is_sentence_end_at (s + scanned, end))
            sentence = scanned + 3, depth = 0;
          if (s[scanned] == '(')
            depth++;
          else if (s[scanned] == ')' && depth > 0)
            depth--;
        }
      entry.sentence = sentence;
      entry.bracketed = depth > 0;
      entry.clause_start = clause_start_before (s, entry.start, sentence);
      if (g_str_has_prefix (entry.base_unit, "万") && entry.base_unit[strlen ("万")] != '\0')
        entry.scale = 1e4, entry.base_unit += strlen ("万");
      else if (g_str_has_prefix (entry.base_unit, "亿") && entry.base_unit[strlen ("亿")] != '\0')
        entry.scale = 1e8, entry.base_unit += strlen ("亿");
      else if (g_str_equal (entry.base_unit, "万") && fazhi_figure_get_kind (figure) == FAZHI_FIGURE_KIND_MONEY)
        entry.scale = 1e4, entry.base_unit = "元";
      g_array_append_val (located, entry);

      cursor = entry.end;
      previous_start = entry.start;
      g_free (previous_text);
      previous_text = g_steal_pointer (&normalised);
    }
}

static double
located_value (const Located *entry)
{
  return fazhi_figure_get_value (entry->figure) * entry->scale;
}

static gboolean
is_amount (const Located *entry)
{
  FazhiFigureKind kind = fazhi_figure_get_kind (entry->figure);

  return kind == FAZHI_FIGURE_KIND_COUNT || kind == FAZHI_FIGURE_KIND_MONEY || kind == FAZHI_FIGURE_KIND_AREA;
}

static char *
format_amount (double      value,
               const char *unit)
{
  return g_strdup_printf ("%.10g%s", value, unit);
}

static void
check_rate (FazhiCheckContext    *context,
            FazhiDocument        *document,
            const FazhiParagraph *paragraph,
            const Located        *entry)
{
  const char      *s = paragraph->text;
  const char      *subject = fazhi_figure_get_subject (entry->figure);
  const char      *unit = fazhi_figure_get_unit (entry->figure);
  g_autofree char *quote = NULL;
  g_autofree char *message = NULL;

  if (fazhi_figure_get_kind (entry->figure) != FAZHI_FIGURE_KIND_PERCENTAGE || g_strcmp0 (unit, "%") != 0 ||
      fazhi_figure_get_value (entry->figure) <= 100.0 || subject == NULL)
    return;
  if (!contains_any (subject, subject + strlen (subject), rate_words) ||
      contains_any (subject, subject + strlen (subject), change_words) ||
      contains_any (s + entry->clause_start, s + entry->start, change_words))
    return;

  quote = quote_span (document, paragraph, entry->clause_start, entry->end, 24, TRUE);
  /* Translators: %s quotes the report ("结案率达到120%"). */
  message = g_strdup_printf (_ ("“%s” gives a rate above 100%%"), quote);
  fazhi_check_context_add (context, fazhi_figure_get_line (entry->figure), message);
}

/* Whether the clause of a figure, up to its number, has one of @words;
 * not its subject, which may come from the clause before
 * (新培育企业1005家，总量达2905家 gives 2905 the subject 新培育企业总量). */
static gboolean
clause_says (const char         *s,
             const Located      *entry,
             const char * const *words)
{
  return contains_any (s + entry->clause_start, s + entry->start, words);
}

/* Words a total's clause may hold besides its noun: 全区总数达到. */
/* clang-format off */
static const char * const total_fillers[] = {
  "总量", "总数", "总额", "累计", "共有", "总计", "合计", "总共", "共计", "一共", "达到", "增至", "增加到",
  "已经", "目前", "现有", "全区", "全市", "全县", "全省", "全镇", "全国", "达", "为", "已", "共", "有", NULL,
};
/* clang-format on */

/* Whether the total counts what the new figure counts: its clause names
 * nothing else (总量达到48家), or names the new figure's noun
 * (新认定高新技术企业64家，全区高新技术企业总数达到58家). 新增城镇就业
 * 12000人，累计帮助困难人员就业3000人 counts two things. */
static gboolean
total_counts_same (const char    *s,
                   const Located *part,
                   const Located *total)
{
  const char *clause = s + total->clause_start;
  const char *clause_end = s + total->start;
  const char *noun = s + part->clause_start;
  const char *noun_end = s + part->start;
  const char *head;
  char        needle[32];
  guint       left = 0;

  for (const char *p = clause; p < clause_end;)
    {
      gboolean filler = FALSE;

      for (guint i = 0; total_fillers[i] != NULL && !filler; i++)
        if (_fazhi_has_word_at (p, clause_end, total_fillers[i]))
          {
            p += strlen (total_fillers[i]);
            filler = TRUE;
          }
      if (!filler)
        {
          left += _fazhi_is_cjk (g_utf8_get_char (p));
          p = g_utf8_next_char (p);
        }
    }
  if (left <= 2)
    return TRUE;

  /* The head of the new figure's noun: the last four characters before
   * its number, after the word that makes it new. */
  for (guint i = 0; _fazhi_new_words[i] != NULL; i++)
    {
      const char *found = _fazhi_find (noun, noun_end - noun, _fazhi_new_words[i]);

      if (found != NULL)
        noun = MAX (noun, found + strlen (_fazhi_new_words[i]));
    }
  head = noun_end;
  for (guint chars = 0; chars < 4 && head > noun; chars++)
    head = g_utf8_find_prev_char (noun, head);
  if (noun_end - head < 6 || (gsize) (noun_end - head) >= sizeof needle)
    return FALSE;
  memcpy (needle, head, noun_end - head);
  needle[noun_end - head] = '\0';
  return _fazhi_find (clause, clause_end - clause, needle) != NULL;
}

/* 新增56家，总量达到48家: the total cannot be smaller than what it adds. */
static void
check_total_below_new (FazhiCheckContext    *context,
                       FazhiDocument        *document,
                       const FazhiParagraph *paragraph,
                       const Located        *entries,
                       guint                 n)
{
  const char *s = paragraph->text;

  for (guint t = 0; t < n; t++)
    {
      const Located       *total = &entries[t];
      FazhiFigureQualifier tq = fazhi_figure_get_qualifier (total->figure);

      if (!is_amount (total) || total->bracketed || !clause_says (s, total, total_words) ||
          tq == FAZHI_FIGURE_QUALIFIER_AT_LEAST || tq == FAZHI_FIGURE_QUALIFIER_APPROXIMATE)
        continue;

      for (guint k = t; k-- > 0;)
        {
          const Located       *part = &entries[k];
          FazhiFigureQualifier pq = fazhi_figure_get_qualifier (part->figure);
          g_autofree char     *total_quote = NULL;
          g_autofree char     *part_quote = NULL;
          g_autofree char     *message = NULL;

          if (part->bracketed || !g_str_equal (part->base_unit, total->base_unit) ||
              fazhi_figure_get_kind (part->figure) != fazhi_figure_get_kind (total->figure))
            continue;
          /* The nearest figure of the same unit before the total is the
           * one it sums up; it must say it is new. */
          if (!clause_says (s, part, _fazhi_new_words) || clause_says (s, part, total_words))
            break;
          if (pq == FAZHI_FIGURE_QUALIFIER_AT_MOST || pq == FAZHI_FIGURE_QUALIFIER_APPROXIMATE ||
              located_value (total) >= located_value (part) || !total_counts_same (s, part, total))
            break;

          total_quote = quote_span (document, paragraph, total->clause_start, total->end, 20, TRUE);
          part_quote = quote_span (document, paragraph, part->clause_start, part->end, 20, TRUE);
          /* Translators: both %s quote the report: the total ("总量达到48家")
           * and the new part ("新增56家"). */
          message = g_strdup_printf (_ ("The total “%s” is smaller than the new part “%s”"), total_quote, part_quote);
          fazhi_check_context_add (context, fazhi_figure_get_line (total->figure), message);
          break;
        }
    }
}

/* 受理3264件，其中已办结2987件、正在办理315件: the parts listed after
 * 其中 cannot add up to more than the whole. */
static void
check_parts_above_total (FazhiCheckContext    *context,
                         FazhiDocument        *document,
                         const FazhiParagraph *paragraph,
                         const Located        *entries,
                         guint                 n)
{
  const char *s = paragraph->text;
  gsize       sentence = entries[0].sentence;
  gsize       sentence_end = entries[n - 1].end;
  const char *end = s + paragraph->length;

  while (s + sentence_end < end && !is_sentence_end_at (s + sentence_end, end))
    sentence_end = g_utf8_next_char (s + sentence_end) - s;

  for (const char *p = s + sentence; (p = _fazhi_find (p, s + sentence_end - p, "其中")) != NULL; p += 6)
    {
      gsize            at = p - s;
      const Located   *total = NULL;
      double           sum = 0;
      guint            n_parts = 0;
      int              depth = 0;
      g_autofree char *quote = NULL;
      g_autofree char *sum_text = NULL;
      g_autofree char *message = NULL;

      for (const char *q = s + sentence; q < p; q++)
        depth += *q == '(' ? 1 : (*q == ')' && depth > 0 ? -1 : 0);
      if (depth > 0)
        continue;

      for (guint k = 0; k < n && entries[k].end <= at; k++)
        if (!entries[k].bracketed)
          total = &entries[k];
      if (total == NULL || !is_amount (total) ||
          fazhi_figure_get_qualifier (total->figure) != FAZHI_FIGURE_QUALIFIER_EXACT)
        continue;

      for (guint k = 0; k < n; k++)
        {
          const Located       *part = &entries[k];
          FazhiFigureQualifier pq = fazhi_figure_get_qualifier (part->figure);
          const char          *again;

          if (part->start < at || part->bracketed)
            continue;
          again = _fazhi_find (p + 6, s + part->start - (p + 6), "其中");
          if (again != NULL || !g_str_equal (part->base_unit, total->base_unit) ||
              fazhi_figure_get_kind (part->figure) != fazhi_figure_get_kind (total->figure) ||
              contains_any (s + MAX (part->clause_start, at + 6), s + part->start, not_part_words))
            break;
          if (pq == FAZHI_FIGURE_QUALIFIER_AT_MOST || pq == FAZHI_FIGURE_QUALIFIER_APPROXIMATE)
            {
              n_parts = 0;
              break;
            }
          sum += located_value (part);
          n_parts++;
        }

      if (n_parts == 0 || sum <= located_value (total) * (1 + 1e-9))
        continue;

      quote = quote_span (document, paragraph, total->clause_start, total->end, 20, TRUE);
      sum_text = format_amount (sum / total->scale, fazhi_figure_get_unit (total->figure));
      /* Translators: the first %s is a sum with its unit ("3302件"), the
       * second quotes the total in the report ("受理市民投诉举报3264件"). */
      message = g_strdup_printf (_ ("The parts listed after “其中” add up to %s, more than the total “%s”"),
                                 sum_text, quote);
      fazhi_check_context_add (context, fazhi_figure_get_line (total->figure), message);
    }
}

/* Whether the character at @u, before @end, is 其中 (TRUE) or 新 (sets
 * @has_new). */
static inline gboolean
is_qizhong_or_new (const guchar *u,
                   const guchar *end,
                   gboolean     *has_new)
{
  if (u[0] == 0xE5 && u + 6 <= end && u[1] == 0x85 && u[2] == 0xB6 && u[3] == 0xE4 && u[4] == 0xB8 && u[5] == 0xAD)
    return TRUE;
  *has_new |= u[0] == 0xE6 && u + 3 <= end && u[1] == 0x96 && u[2] == 0xB0;
  return FALSE;
}

/* Whether [@s, @end) has 其中; sets @has_new when it has 新 before any
 * 其中. Lead bytes start characters only, so the bytes are searched
 * without walking the characters: sixteen places at a time for a lead
 * byte followed by the right second byte, where SSE2 is at hand. */
static gboolean
find_qizhong_or_new (const char *s,
                     const char *end,
                     gboolean   *has_new)
{
  const guchar *u = (const guchar *) s;
  const guchar *stop = (const guchar *) end;

#if defined(__SSE2__) && defined(__GNUC__) && !defined(FAZHI_NO_SIMD)
  const __m128i qi = _mm_set1_epi8 ((char) 0xE5), qi2 = _mm_set1_epi8 ((char) 0x85);
  const __m128i xin = _mm_set1_epi8 ((char) 0xE6), xin2 = _mm_set1_epi8 ((char) 0x96);

  for (; stop - u >= 17; u += 16)
    {
      __m128i a = _mm_loadu_si128 ((const __m128i *) (gconstpointer) u);
      __m128i b = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (u + 1));
      __m128i hit = _mm_or_si128 (_mm_and_si128 (_mm_cmpeq_epi8 (a, qi), _mm_cmpeq_epi8 (b, qi2)),
                                  _mm_and_si128 (_mm_cmpeq_epi8 (a, xin), _mm_cmpeq_epi8 (b, xin2)));
      guint   mask = (guint) _mm_movemask_epi8 (hit);

      for (; mask != 0; mask &= mask - 1)
        if (is_qizhong_or_new (u + __builtin_ctz (mask), stop, has_new))
          return TRUE;
    }
#endif
  for (; u < stop; u++)
    if (is_qizhong_or_new (u, stop, has_new))
      return TRUE;
  return FALSE;
}

/* Whether a paragraph can hold an implausible figure at all: a percentage
 * above 100, 其中, or a total next to something new. Reading figures
 * costs as much as parsing; most paragraphs are spared it. */
static gboolean
may_be_implausible (const FazhiParagraph *paragraph)
{
  const char *s = paragraph->text;
  const char *end = s + paragraph->length;

  gboolean has_new = FALSE;

  /* 其中 (E5 85 B6 E4 B8 AD) or 新 (E6 96 B0) with a total word: one
   * search finds both, where memmem() took two passes with a costly
   * set-up for a needle of three bytes. */
  if (find_qizhong_or_new (s, end, &has_new))
    return TRUE;
  if (has_new && contains_any (s, end, total_words))
    return TRUE;
  for (const char *p = s; (p = memchr (p, '%', end - p)) != NULL; p++)
    {
      const char *q = p;

      while (q > s && (g_ascii_isdigit (q[-1]) || q[-1] == '.'))
        q--;
      if (p - q >= 3 && g_ascii_strtod (q, NULL) > 100.0)
        return TRUE;
    }
  return FALSE;
}

static void
check_implausible_figure (FazhiRule         *rule,
                          FazhiCheckContext *context,
                          gpointer           user_data)
{
  FazhiReportText      *text = _fazhi_check_context_get_text (context);
  g_autoptr (GPtrArray) figures = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GArray)    located = g_array_new (FALSE, FALSE, sizeof (Located));

  for (guint i = 0; i < text->sections->len; i++)
    {
      FazhiDocument *document = g_ptr_array_index (text->documents, i);

      for (guint p = text->first_paragraph[i]; p < text->first_paragraph[i + 1]; p++)
        {
          const FazhiParagraph *paragraph = g_ptr_array_index (text->paragraphs, p);

          if (!may_be_implausible (paragraph))
            continue;
          g_ptr_array_set_size (figures, 0);
          g_array_set_size (located, 0);
          _fazhi_extract_figures (document, paragraph, figures);
          locate_figures (paragraph, figures, located);

          for (guint k = 0; k < located->len; k++)
            check_rate (context, document, paragraph, &g_array_index (located, Located, k));

          /* Sentence by sentence. */
          for (guint k = 0; k < located->len;)
            {
              guint first = k;

              while (k < located->len &&
                     g_array_index (located, Located, k).sentence == g_array_index (located, Located, first).sentence)
                k++;
              check_total_below_new (context, document, paragraph, &g_array_index (located, Located, first),
                                     k - first);
              check_parts_above_total (context, document, paragraph, &g_array_index (located, Located, first),
                                       k - first);
            }
        }
    }
}

/* ------------------------------------------------------------------ */
/* truncated-text                                                      */
/* ------------------------------------------------------------------ */

/* Words a sentence cannot stop at: they want what follows (二是加强,
 * 对…的, 通过). */
/* clang-format off */
static const char * const dangling_words[] = {
  "加强", "推进", "推动", "加大", "加快", "抓好", "做好", "开展", "实施", "实行", "推行", "贯彻", "围绕", "聚焦",
  "构建", "制定", "修订", "进行", "坚持", "通过", "根据", "按照", "针对", "关于", "以及", "并且", "进一步",
  "不断", "积极", "认真", "切实", "着力", "扎实", "大力", "努力", "继续", "持续", "的", "和", "与", "及", "或",
  "对", "把", "将", "被", "从", "向", "以", "按", "并", "且", "而", "但", "使", "即",
  "，", "、", ",", NULL,
};
/* clang-format on */
/* A verb after these ends a sentence well: 有待加强, 不断推进. */
static const char modal_chars[] = "待需要应须断以予得必";

static gboolean
ends_dangling (const char *text,
               gsize       length)
{
  const char *end = text + length;

  for (guint i = 0; dangling_words[i] != NULL; i++)
    {
      gsize    n = strlen (dangling_words[i]);
      gunichar before;
      char     buffer[8] = { 0 };

      if (!has_suffix (text, end, dangling_words[i]))
        continue;
      if (n < 6)
        return TRUE;
      before = char_before (text, end - n);
      g_unichar_to_utf8 (before, buffer);
      return before == 0 || strstr (modal_chars, buffer) == NULL;
    }
  return FALSE;
}

/* A closing quote or bracket ends a text well enough: 详见附件）,
 * 让群众少跑腿”. */
static gboolean
ends_closed (const char *text,
             gsize       length)
{
  static const char * const closers[] = { "”", "’", "」", "』", "》", "】", ")", "\"", NULL };

  for (guint i = 0; closers[i] != NULL; i++)
    if (has_suffix (text, text + length, closers[i]))
      return TRUE;
  return FALSE;
}

/* Short lines without a comma, like signatures and dates, and lines
 * that start with a label (附件：, 联系电话：) need no full stop. */
#define LABEL_MAX_CHARS      20
#define LABEL_NAME_MAX_CHARS 6

static gboolean
is_label (const char *text,
          gsize       length)
{
  const char *colon = _fazhi_find (text, length, "：");

  if (colon == NULL)
    colon = memchr (text, ':', length);
  if (colon != NULL && g_utf8_strlen (text, colon - text) <= LABEL_NAME_MAX_CHARS)
    return TRUE;
  return g_utf8_strlen (text, length) <= LABEL_MAX_CHARS && _fazhi_find (text, length, "，") == NULL;
}

static void
check_truncated_text (FazhiRule         *rule,
                      FazhiCheckContext *context,
                      gpointer           user_data)
{
  FazhiReportText *text = _fazhi_check_context_get_text (context);
  guint            n = text->sections->len;

  for (guint i = 0; i < n; i++)
    {
      const FazhiSectionView *section = _fazhi_report_text_get_section (text, i);
      const FazhiSectionView *next = i + 1 < n ? _fazhi_report_text_get_section (text, i + 1) : NULL;
      guint                   n_paragraphs = text->first_paragraph[i + 1] - text->first_paragraph[i];
      FazhiDocument          *document = g_ptr_array_index (text->documents, i);
      g_autofree char        *quote = NULL;
      g_autofree char        *message = NULL;
      gboolean                item = FALSE;
      guint                   line;

      /* Only text that runs into a heading can be cut off there; before
       * a run-in item (…，二是…) a text goes on. */
      if (next != NULL && next->run_in)
        continue;

      if (n_paragraphs > 0)
        {
          const FazhiParagraph *last = g_ptr_array_index (text->paragraphs, text->first_paragraph[i + 1] - 1);
          gsize                 end = trim_end (last->text, 0, last->length);

          if (end == 0 || _fazhi_text_ends_sentence (last->text, end) || ends_closed (last->text, end) ||
              has_suffix (last->text, last->text + end, "特此报告"))
            continue;
          if (!ends_dangling (last->text, end) && is_label (last->text, end))
            continue;
          quote = quote_span (document, last, 0, end, 20, TRUE);
          line = _fazhi_paragraph_to_line (last, end - 1);
        }
      else if (section->run_in)
        {
          /* The last of 一是…二是… with nothing after its words: only the
           * words tell whether they stop short (二是加强). */
          const char      *heading = section->heading;
          g_autofree char *normalised = heading != NULL ? _fazhi_normalize (heading, -1) : NULL;
          gsize            end;

          if (normalised == NULL)
            continue;
          end = trim_end (normalised, 0, strlen (normalised));
          if (end == 0 || !ends_dangling (normalised, end))
            continue;
          {
            g_autofree char *trimmed = g_strstrip (g_strdup (heading));

            quote = shorten (trimmed, 20, TRUE);
          }
          line = section->line;
          for (const char *c = heading; *c != '\0'; c++)
            line += *c == '\n';
          item = TRUE;
        }
      else
        continue;

      if (item)
        /* Translators: %s quotes the words of the last 一是…二是… item
         * ("加强"). */
        message = g_strdup_printf (_ ("The last item of an enumeration breaks off: “%s”"), quote);
      else
        /* Translators: %s quotes the end of the cut-off text ("…其中"). */
        message = g_strdup_printf (_ ("The text breaks off in mid-sentence: “%s”"), quote);
      fazhi_check_context_add (context, line, message);
    }
}

/* ------------------------------------------------------------------ */

static const FazhiRuleSpec rules[] = {
  { "missing-quantity", FAZHI_SEVERITY_WARNING, N_ ("A measure word has lost its number"), check_missing_quantity,
    FALSE },
  { "repeated-text", FAZHI_SEVERITY_WARNING, N_ ("The same passage appears under two sections"), check_repeated_text,
    FALSE },
  { "placeholder-text", FAZHI_SEVERITY_WARNING, N_ ("Template placeholders were left in the report"),
    check_placeholder_text, FALSE },
  { "implausible-figure", FAZHI_SEVERITY_WARNING,
    N_ ("A figure cannot be right: a rate over a hundred percent, or a total below its parts"), check_implausible_figure,
    FALSE },
  { "truncated-text", FAZHI_SEVERITY_WARNING, N_ ("A sentence breaks off before its end"), check_truncated_text, FALSE },
};

void
_fazhi_rules_add_quality (GPtrArray *out)
{
  _fazhi_rules_add_table (out, "quality", rules, G_N_ELEMENTS (rules));
}
