/* fazhi-structure.c: front matter, headings, sections, run-in items
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A report reads: [web-page noise] title, [agency], addressee, body,
 * [agency] date. The body is a tree of headings marked the GB/T 9704 way
 * (一、 （一） 1. （1） ①) — though real reports mix half-width brackets,
 * skip levels and nest styles in their own order — plus run-in items
 * (一是…二是…) inside paragraphs. Everything here works on the
 * normalised lines of the document, so （一） and (一) are one style.
 */

#include "config.h"

#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__) && !defined(FAZHI_NO_SIMD)
#  include <emmintrin.h>
#endif

#include "fazhi-evidence-private.h"
#include "fazhi-reader-private.h"
#include "fazhi-util-private.h"

/* How far into the text a title may be found (web pages put menus first). */
#define MAX_TITLE_SEARCH_LINES 60
/* A heading longer than this carries its first sentence, not just a title. */
#define MAX_HEADING_BYTES (60 * 3)
/* How many lines from the end a signature and date may sit. */
#define MAX_SIGNATURE_SEARCH_LINES 12

static inline const char *
line_text (FazhiReadState *state,
           guint           index,
           gsize          *length)
{
  const FazhiLine *line = &state->lines[index];

  *length = line->norm_len;
  return state->norm + line->norm_start;
}

static inline gboolean
line_is_blank (FazhiReadState *state,
               guint           index)
{
  return (state->lines[index].flags & (FAZHI_LINE_BLANK | FAZHI_LINE_PAGE_NUMBER)) != 0;
}

static inline guint
line_number (FazhiReadState *state,
             guint           index)
{
  return state->first_line + index;
}

static inline guint
line_index (FazhiReadState *state,
            guint           line)
{
  return line - state->first_line;
}

static gboolean
has (const char *text,
     gsize       length,
     const char *needle)
{
  return _fazhi_find (text, length, needle) != NULL;
}

/* The bytes the scans below stop at, found 16 at a time where SSE2 is
 * there: @colons adds : and ; (3A 3B), @e2 the lead byte E2; E3 and EF
 * are always looked for. Returns the first such index at or after @i, or
 * @length. */
G_ALWAYS_INLINE static inline gsize
next_stop (const char *s,
           gsize       i,
           gsize       length,
           gboolean    colons,
           gboolean    e2)
{
#if defined(__SSE2__) && defined(__GNUC__) && !defined(FAZHI_NO_SIMD)
  const __m128i fe = _mm_set1_epi8 ((char) 0xFE);
  const __m128i ef = _mm_set1_epi8 ((char) 0xEF);
  const __m128i e3 = _mm_set1_epi8 ((char) 0xE3);
  const __m128i e2e3 = _mm_set1_epi8 ((char) 0xE2);
  const __m128i colon = _mm_set1_epi8 (0x3A);

  for (; i + 16 <= length; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (s + i));
      __m128i even = _mm_and_si128 (v, fe);
      __m128i hit = _mm_cmpeq_epi8 (v, ef);
      int     mask;

      hit = _mm_or_si128 (hit, e2 ? _mm_cmpeq_epi8 (even, e2e3) : _mm_cmpeq_epi8 (v, e3));
      if (colons)
        hit = _mm_or_si128 (hit, _mm_cmpeq_epi8 (even, colon));
      mask = _mm_movemask_epi8 (hit);
      if (mask != 0)
        return i + (guint) __builtin_ctz ((guint) mask);
    }
#endif
  for (; i < length; i++)
    {
      guchar b = (guchar) s[i];

      if (b == 0xEF || b == 0xE3 || (e2 && b == 0xE2) || (colons && (b == ':' || b == ';')))
        return i;
    }
  return length;
}

/* The first of several three-byte punctuation marks, all led by E3 or EF
 * (the marks 。；！？，：). Those bytes only ever lead a character, so
 * they are looked for byte by byte and the marks compared where found. */
static const char *
find_first_of (const char         *text,
               gsize               length,
               const char * const *marks,
               guint               n_marks)
{
  for (gsize i = next_stop (text, 0, length, FALSE, FALSE); i + 3 <= length;
       i = next_stop (text, i + 1, length, FALSE, FALSE))
    for (guint k = 0; k < n_marks; k++)
      if (memcmp (text + i, marks[k], 3) == 0)
        return text + i;
  return NULL;
}

static gboolean
ends_with (const char *text,
           gsize       length,
           const char *suffix)
{
  gsize n = strlen (suffix);

  return length >= n && memcmp (text + length - n, suffix, n) == 0;
}

static gboolean
starts_with (const char *text,
             gsize       length,
             const char *prefix)
{
  gsize n = strlen (prefix);

  return length >= n && memcmp (text, prefix, n) == 0;
}

/* clang-format off */
static const char * const org_suffixes[] = {
  "人民政府", "政府", "委员会", "办公室", "管理局", "局", "委", "办", "厅", "院", "部", "署",
  "中心", "室", "所", "处", "队", "站", "会", "公司", "集团", "管委会", "街道办事处", "镇", "乡",
};
/* clang-format on */

/* Agency names end with an organisational suffix and have no sentence
 * punctuation. */
static gboolean
looks_like_agency (const char *text,
                   gsize       length)
{
  if (length < 2 * 3 || length > 40 * 3)
    return FALSE;
  if (has (text, length, "。") || has (text, length, "，") || has (text, length, "：") ||
      has (text, length, ":") || has (text, length, "；"))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (org_suffixes); i++)
    if (ends_with (text, length, org_suffixes[i]))
      return TRUE;
  return FALSE;
}

/* clang-format off */
static const char * const noise_markers[] = {
  "首页", "发布时间", "发布日期", "来源：", "来源:", "字号", "打印本页", "关闭窗口", "分享到",
  "浏览次数", "阅读次数", "无障碍", "【打印", "【关闭", "扫一扫", "相关链接", "主办单位", "网站标识码",
  "ICP备", "当前位置", "您的位置", "索引号", ">", "|",
};
/* clang-format on */

static gboolean
looks_like_noise (const char *text,
                  gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (noise_markers); i++)
    if (has (text, length, noise_markers[i]))
      return TRUE;
  return FALSE;
}

/* clang-format off */
static const char * const title_genre_words[] = {
  "报告", "方案", "要点", "通知", "意见", "总结", "提纲", "指引", "要求", "计划", "情况",
};
/* clang-format on */

static gboolean
looks_like_title (const char *text,
                  gsize       length)
{
  gboolean genre = FALSE;

  if (length == 0 || length > 100 * 3)
    return FALSE;
  if (_fazhi_text_ends_sentence (text, length) && !ends_with (text, length, ")"))
    return FALSE;
  if (looks_like_noise (text, length))
    return FALSE;
  if (!has (text, length, "法治") && !has (text, length, "依法行政") && !has (text, length, "依法治"))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (title_genre_words); i++)
    if (has (text, length, title_genre_words[i]))
      genre = TRUE;
  /* A title is not a sentence: many commas mean body text. */
  return genre && !has (text, length, "，");
}

/* ------------------------------------------------------------------ */
/* Heading markers                                                     */
/* ------------------------------------------------------------------ */

/* The value of the Chinese digit 零…十 in the three bytes at @u, or -1.
 * Heading and run-in markers are looked for at the start of every line
 * and clause, so this is one switch on the bytes rather than a memcmp per
 * digit. */
static int
cn_digit (const guchar *u)
{
  switch (((guint32) u[0] << 16) | ((guint32) u[1] << 8) | u[2])
    {
    case 0xE99BB6: /* 零 */
      return 0;
    case 0xE4B880: /* 一 */
      return 1;
    case 0xE4BA8C: /* 二 */
      return 2;
    case 0xE4B889: /* 三 */
      return 3;
    case 0xE59B9B: /* 四 */
      return 4;
    case 0xE4BA94: /* 五 */
      return 5;
    case 0xE585AD: /* 六 */
      return 6;
    case 0xE4B883: /* 七 */
      return 7;
    case 0xE585AB: /* 八 */
      return 8;
    case 0xE4B99D: /* 九 */
      return 9;
    case 0xE58D81: /* 十 */
      return 10;
    default:
      return -1;
    }
}

/* Reads a Chinese number up to 99 (一, 十, 十二, 二十三) at @s. */
static gsize
read_cn_small_number (const char *s,
                      gsize       length,
                      guint      *value)
{
  guint digits[3];
  guint n = 0;
  gsize i = 0;

  while (n < 3 && i + 3 <= length)
    {
      int d = cn_digit ((const guchar *) s + i);

      if (d < 0)
        break;
      digits[n++] = d;
      i += 3;
    }

  if (n == 0)
    return 0;
  if (n == 1)
    *value = digits[0];
  else if (n == 2 && digits[0] == 10)
    *value = 10 + digits[1]; /* 十二 */
  else if (n == 2 && digits[1] == 10)
    *value = digits[0] * 10; /* 二十 */
  else if (n == 3 && digits[1] == 10)
    *value = digits[0] * 10 + digits[2]; /* 二十三 */
  else
    return 0;
  return *value > 0 && *value < 100 ? i : 0;
}

static gsize
read_ascii_small_number (const char *s,
                         gsize       length,
                         guint      *value)
{
  gsize i = 0;

  *value = 0;
  while (i < length && i < 2 && g_ascii_isdigit (s[i]))
    *value = *value * 10 + (s[i++] - '0');
  if (i < length && g_ascii_isdigit (s[i]))
    return 0;
  return *value > 0 ? i : 0;
}

/* Recognises a heading marker at the start of a normalised line; returns
 * the number of bytes it takes (including any 、 or space after it). */
static gsize
parse_marker (const char *s,
              gsize       length,
              FazhiMark  *mark,
              guint      *number)
{
  gsize n;

  if ((n = read_cn_small_number (s, length, number)) > 0)
    {
      if (starts_with (s + n, length - n, "、"))
        {
          *mark = FAZHI_MARK_CN_COMMA;
          return n + 3;
        }
      return 0;
    }

  if (starts_with (s, length, "第"))
    {
      n = read_cn_small_number (s + 3, length - 3, number);
      if (n > 0)
        {
          const char *after = s + 3 + n;
          gsize       rest = length - 3 - n;

          if (starts_with (after, rest, "部分"))
            n += 6;
          else if (starts_with (after, rest, "章") || starts_with (after, rest, "篇"))
            n += 3;
          else
            return 0;
          *mark = FAZHI_MARK_CHAPTER;
          n += 3;
          if (starts_with (s + n, length - n, "、") || starts_with (s + n, length - n, "："))
            n += 3;
          else if (n < length && s[n] == ' ')
            n++;
          return n;
        }
      return 0;
    }

  if (length > 2 && s[0] == '(')
    {
      if ((n = read_cn_small_number (s + 1, length - 1, number)) > 0 && n + 1 < length && s[n + 1] == ')')
        *mark = FAZHI_MARK_CN_PAREN;
      else if ((n = read_ascii_small_number (s + 1, length - 1, number)) > 0 && n + 1 < length && s[n + 1] == ')')
        *mark = FAZHI_MARK_NUM_PAREN;
      else
        return 0;
      n += 2;
      if (starts_with (s + n, length - n, "、"))
        n += 3;
      return n;
    }

  if (g_ascii_isdigit (s[0]))
    {
      n = read_ascii_small_number (s, length, number);
      if (n == 0 || n >= length)
        return 0;
      if (s[n] == '.' && (n + 1 >= length || !g_ascii_isdigit (s[n + 1])))
        {
          *mark = FAZHI_MARK_NUM_DOT;
          return n + 1;
        }
      if (starts_with (s + n, length - n, "、"))
        {
          *mark = FAZHI_MARK_NUM_DOT;
          return n + 3;
        }
      return 0;
    }

  /* ① … ⑳ are U+2460 … U+2473: E2 91 A0 … E2 91 B3 */
  if (length >= 3 && (guchar) s[0] == 0xE2 && (guchar) s[1] == 0x91 &&
      (guchar) s[2] >= 0xA0 && (guchar) s[2] <= 0xB3)
    {
      *mark = FAZHI_MARK_CIRCLED;
      *number = (guchar) s[2] - 0xA0 + 1;
      return 3;
    }

  return 0;
}

/* Where the heading text of a marked line ends: at the first full stop or
 * semicolon of a line that carries its first sentence, at a final colon,
 * or at the end of the line. Returns the heading's end and sets @body to
 * where the body starts on this line (or the line's end). */
static gsize
split_heading (const char *s,
               gsize       length,
               gsize       start,
               gsize      *body)
{
  static const char * const stops[] = { "。", "；", "！", "？" };
  const char               *found = find_first_of (s + start, length - start, stops, G_N_ELEMENTS (stops));
  gsize                     best = found != NULL ? (gsize) (found - s) : length;

  if (best < length)
    {
      *body = best + 3;
      /* A very long "first sentence" is a paragraph that happens to start
       * with a number: keep only its first clause as the heading. */
      if (best - start > MAX_HEADING_BYTES)
        {
          const char *comma = _fazhi_find (s + start, best - start, "，");

          if (comma != NULL && (gsize) (comma - s) - start <= MAX_HEADING_BYTES)
            {
              *body = comma - s + 3;
              return comma - s;
            }
        }
      return best;
    }

  *body = length;
  if (ends_with (s, length, "："))
    return length - 3;
  if (length > 0 && s[length - 1] == ':')
    return length - 1;

  if (length - start > MAX_HEADING_BYTES)
    {
      const char *comma = _fazhi_find (s + start, length - start, "，");

      if (comma != NULL && (gsize) (comma - s) - start <= MAX_HEADING_BYTES)
        {
          *body = comma - s + 3;
          return comma - s;
        }
    }
  return length;
}

/* ------------------------------------------------------------------ */
/* Front matter and signature                                          */
/* ------------------------------------------------------------------ */

static int
next_text_line (FazhiReadState *state,
                guint           from,
                guint           limit)
{
  for (guint i = from; i < state->n_lines && i < limit; i++)
    if (!line_is_blank (state, i))
      return i;
  return -1;
}

static int
prev_text_line (FazhiReadState *state,
                int             from)
{
  for (int i = from; i >= 0; i--)
    if (!line_is_blank (state, i))
      return i;
  return -1;
}

static char *
dup_line_original (FazhiReadState *state,
                   guint           index)
{
  g_autofree char *raw = fazhi_document_dup_line (state->document, line_number (state, index));

  return g_strstrip (g_steal_pointer (&raw));
}

/* A title's agency prefix, in the title's own wording: "青岚县人民政府关于…",
 * "北塘市生态环境局2021年度…", "青岚县应急管理局法治政府建设…". */
static char *
agency_from_title (const char *title)
{
  const char      *cut = strstr (title, "关于");
  g_autofree char *prefix = NULL;
  g_autofree char *normalized = NULL;

  if (cut == NULL)
    {
      for (const char *p = title; *p; p++)
        if (g_ascii_isdigit (*p) || g_str_has_prefix (p, "法治") || g_str_has_prefix (p, "依法") ||
            (g_str_has_prefix (p, "\xEF\xBC") && (guchar) p[2] >= 0x90 && (guchar) p[2] <= 0x99))
          {
            cut = p;
            break;
          }
    }
  if (cut == NULL || cut == title)
    return NULL;

  prefix = g_strstrip (g_strndup (title, cut - title));
  normalized = _fazhi_normalize (prefix, -1);
  if (!looks_like_agency (normalized, strlen (normalized)))
    return NULL;
  return g_steal_pointer (&prefix);
}

static void
find_signature (FazhiReadState *state,
                guint           lower_bound)
{
  int   last = prev_text_line (state, (int) state->n_lines - 1);
  guint seen = 0;

  for (int i = last; i >= (int) lower_bound && seen < MAX_SIGNATURE_SEARCH_LINES; i--)
    {
      gsize       length;
      const char *text;
      gsize       consumed = 0;
      GDate      *date;

      if (line_is_blank (state, i))
        continue;
      seen++;
      text = line_text (state, i, &length);
      date = _fazhi_parse_date (text, length, &consumed);
      if (date != NULL && consumed >= length - 1)
        {
          int before;

          state->date = date;
          state->date_line = line_number (state, i);
          before = prev_text_line (state, i - 1);
          if (before >= (int) lower_bound)
            {
              text = line_text (state, before, &length);
              if (looks_like_agency (text, length))
                state->signature_line = line_number (state, before);
            }
          return;
        }
      g_clear_pointer (&date, g_date_free);
    }

  /* No date: an agency name on the last text line still signs the report. */
  if (last >= (int) lower_bound)
    {
      gsize       length;
      const char *text = line_text (state, last, &length);

      if (looks_like_agency (text, length))
        state->signature_line = line_number (state, last);
    }
}

void
_fazhi_read_front_matter (FazhiReadState *state)
{
  guint       title_index = G_MAXUINT;
  guint       after_front = 0;
  gsize       length;
  const char *text;

  for (guint i = 0; i < state->n_lines && i < MAX_TITLE_SEARCH_LINES; i++)
    {
      FazhiMark mark;
      guint     number;

      if (line_is_blank (state, i))
        continue;
      text = line_text (state, i, &length);
      if (parse_marker (text, length, &mark, &number) > 0)
        break;
      if (looks_like_title (text, length))
        {
          title_index = i;
          break;
        }
    }

  if (title_index != G_MAXUINT)
    {
      int                 prev = prev_text_line (state, (int) title_index - 1);
      int                 next = next_text_line (state, title_index + 1, state->n_lines);
      g_autoptr (GString) title = g_string_new (NULL);
      g_autofree char    *first = dup_line_original (state, title_index);

      state->title_line = state->title_last_line = line_number (state, title_index);
      g_string_append (title, first);

      /* "关于2020年度" / "法治政府建设情况的报告": the title started a line early. */
      if (prev >= 0)
        {
          const char *prev_text = line_text (state, prev, &length);

          if (starts_with (prev_text, length, "关于") && !_fazhi_text_ends_sentence (prev_text, length))
            {
              g_autofree char *head = dup_line_original (state, prev);

              g_string_prepend (title, head);
              state->title_line = line_number (state, prev);
              prev = prev_text_line (state, prev - 1);
            }
        }

      /* "…法治政府建设" / "情况的报告": or it ends a line late. */
      text = line_text (state, title_index, &length);
      if (next >= 0 && !ends_with (text, length, "报告") && !ends_with (text, length, "方案") &&
          !ends_with (text, length, "通知") && !ends_with (text, length, ")"))
        {
          gsize       next_length;
          const char *next_text = line_text (state, next, &next_length);

          if (next_length <= 30 * 3 && !_fazhi_text_ends_sentence (next_text, next_length) &&
              (ends_with (next_text, next_length, "报告") || ends_with (next_text, next_length, "总结")))
            {
              g_autofree char *tail = dup_line_original (state, next);

              g_string_append (title, tail);
              state->title_last_line = line_number (state, next);
            }
        }

      state->title = g_string_free (g_steal_pointer (&title), FALSE);
      state->title_year = _fazhi_find_report_year (state->norm + state->lines[line_index (state, state->title_line)].norm_start,
                                                   state->lines[line_index (state, state->title_last_line)].norm_start +
                                                     state->lines[line_index (state, state->title_last_line)].norm_len -
                                                     state->lines[line_index (state, state->title_line)].norm_start);

      if (prev >= 0)
        {
          text = line_text (state, prev, &length);
          if (looks_like_agency (text, length) && !looks_like_noise (text, length))
            {
              state->agency_line = line_number (state, prev);
              state->agency = dup_line_original (state, prev);
            }
        }
      if (state->agency == NULL)
        state->agency = agency_from_title (state->title);

      after_front = line_index (state, state->title_last_line) + 1;
    }
  else
    {
      /* No title: skip web-page noise at the top. */
      for (guint i = 0; i < state->n_lines && i < MAX_TITLE_SEARCH_LINES; i++)
        {
          if (line_is_blank (state, i))
            continue;
          text = line_text (state, i, &length);
          if (!looks_like_noise (text, length))
            {
              after_front = i;
              break;
            }
        }
    }

  /* The addressee: a short line ending in a colon right after the title. */
  {
    int next = next_text_line (state, after_front, after_front + 6);

    if (next >= 0)
      {
        FazhiMark mark;
        guint     number;

        text = line_text (state, next, &length);
        if (length <= 40 * 3 && (ends_with (text, length, "：") || (length > 0 && text[length - 1] == ':')) &&
            !has (text, length, "。") && parse_marker (text, length, &mark, &number) == 0)
          {
            g_autofree char *original = dup_line_original (state, next);
            gsize            n = strlen (original);

            if (g_str_has_suffix (original, "："))
              original[n - strlen ("：")] = '\0';
            else if (g_str_has_suffix (original, ":"))
              original[n - 1] = '\0';
            state->addressee = g_strdup (g_strstrip (original));
            state->addressee_line = line_number (state, next);
            after_front = next + 1;
          }
      }
  }

  find_signature (state, after_front);

  state->body_first_line = line_number (state, MIN (after_front, state->n_lines - 1));
  {
    guint end = state->signature_line ? state->signature_line : state->date_line;

    if (end > state->body_first_line)
      state->body_last_line = end - 1;
    else if (end == 0)
      state->body_last_line = line_number (state, state->n_lines - 1);
    else
      state->body_last_line = state->body_first_line;
  }

  if (state->agency == NULL && state->signature_line != 0)
    state->agency = dup_line_original (state, line_index (state, state->signature_line));
}

/* ------------------------------------------------------------------ */
/* Sections                                                            */
/* ------------------------------------------------------------------ */

static gsize
body_end_offset (FazhiReadState *state)
{
  const FazhiLine *last = &state->lines[line_index (state, state->body_last_line)];

  return last->norm_start + last->norm_len;
}

/* Unmarked part headings ("存在的问题", "下一步工作打算") stand on a line of
 * their own, short and without sentence punctuation. */
static gboolean
is_unmarked_part_heading (FazhiReadState *state,
                          const char     *text,
                          gsize           length)
{
  /* clang-format off */
  static const char * const words[] = {
    "主要举措", "主要做法", "工作成效", "存在的问题", "存在的不足", "存在问题", "不足和原因",
    "第一责任人", "下一步", "下一年度", "工作打算", "工作思路", "工作安排", "工作计划",
  };
  /* clang-format on */

  if (length > 24 * 3 || _fazhi_text_ends_sentence (text, length) || has (text, length, "，"))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (has (text, length, words[i]))
      return TRUE;
  return FALSE;
}

static void
add_section (FazhiReadState *state,
             FazhiMark       mark,
             guint           number,
             guint           index,
             gsize           heading_start,
             gsize           heading_end,
             gsize           body_start)
{
  FazhiReaderSection section = { 0 };

  section.mark = mark;
  section.number = number;
  section.line = line_number (state, index);
  section.parent = -1;
  section.heading_start = heading_start;
  section.heading_end = heading_end;
  section.body_start = body_start;
  g_array_append_val (state->sections, section);
}

/* Nesting: unmarked part headings are always on top; other styles nest in
 * the order a report first uses them, which follows GB/T 9704 in most
 * reports and the author's own order in the rest. */
static void
assign_levels (FazhiReadState *state)
{
  int depth_of_mark[FAZHI_MARK_RUN_IN + 1];
  /* The open sections; at most one per section, so sized once rather
   * than grown and shrunk a GArray call at a time. */
  g_autofree int *stack = g_new (int, state->sections->len + 1);
  guint           depth_open = 0;

  for (guint m = 0; m <= FAZHI_MARK_RUN_IN; m++)
    depth_of_mark[m] = 0;
  depth_of_mark[FAZHI_MARK_NONE] = 0;

  for (guint i = 0; i < state->sections->len; i++)
    {
      FazhiReaderSection *section = &g_array_index (state->sections, FazhiReaderSection, i);
      int                 depth;

      if (section->mark == FAZHI_MARK_NONE)
        depth = 0;
      else
        {
          if (depth_of_mark[section->mark] == 0)
            {
              /* First use: one deeper than whatever is open now. */
              int open = 0;

              if (depth_open > 0)
                {
                  FazhiReaderSection *top = &g_array_index (state->sections, FazhiReaderSection, stack[depth_open - 1]);
                  open = depth_of_mark[top->mark];
                }
              depth_of_mark[section->mark] = open + 1;
            }
          depth = depth_of_mark[section->mark];
        }

      while (depth_open > 0)
        {
          FazhiReaderSection *top = &g_array_index (state->sections, FazhiReaderSection, stack[depth_open - 1]);
          int                 top_depth = top->mark == FAZHI_MARK_NONE ? 0 : depth_of_mark[top->mark];

          if (top_depth >= depth)
            depth_open--;
          else
            break;
        }

      section->parent = depth_open > 0 ? stack[depth_open - 1] : -1;
      section->level = section->parent >= 0
                         ? g_array_index (state->sections, FazhiReaderSection, section->parent).level + 1
                         : 1;
      stack[depth_open++] = i;
    }
}

static void
collect_body_paragraphs (FazhiReadState     *state,
                         FazhiReaderSection *section)
{
  if (section->paragraphs == NULL)
    section->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
  else
    g_ptr_array_set_size (section->paragraphs, 0);
  _fazhi_document_collect_paragraphs (state->document, section->body_start, section->body_end, section->paragraphs);
}

static guint
last_text_line_in (FazhiReadState *state,
                   gsize           start,
                   gsize           end,
                   guint           fallback)
{
  guint first = _fazhi_document_norm_to_line (state->document, start);
  guint last = _fazhi_document_norm_to_line (state->document, end > start ? end - 1 : start);

  for (guint line = last; line >= first && line >= state->first_line; line--)
    {
      if (!line_is_blank (state, line_index (state, line)))
        return line;
      if (line == 0)
        break;
    }
  return fallback;
}

typedef enum
{
  RUN_IN_NONE,
  RUN_IN_SHI,     /* 一是 二是 */
  RUN_IN_CIRCLED, /* ① ② inside a paragraph */
  RUN_IN_DI,      /* 第一， 第二， */
} RunInKind;

/* Whether the three bytes at @u are 。；，：！, after which a run-in
 * marker may stand. */
static inline gboolean
is_clause_mark (const guchar *u)
{
  /* 。 E3 80 82; ； EF BC 9B, ， EF BC 8C, ： EF BC 9A, ！ EF BC 81 */
  if (u[0] == 0xEF)
    return u[1] == 0xBC && (u[2] == 0x9B || u[2] == 0x8C || u[2] == 0x9A || u[2] == 0x81);
  return u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82;
}

/* Inside a clause, only : ; and the characters led by E2 (① …), E3 (。)
 * and EF (；，：！) can start a clause or stand for a marker. These bytes
 * are never part of another character, so the scan below looks for them
 * byte by byte (next_stop). */

/* Whether a run-in marker may start at the three bytes at @u: a circled
 * number, 第, or a Chinese digit. Most clauses start with none of these,
 * which the last byte of the character tells apart from most others. */
static inline gboolean
may_start_run_in (const guchar *u)
{
  /* The last bytes' low six bits of 零一二三四五六七八九十 and 第 */
  static const guint64 last_bytes = (G_GUINT64_CONSTANT (1) << 0x36) | (G_GUINT64_CONSTANT (1) << 0x00) |
                                    (G_GUINT64_CONSTANT (1) << 0x0C) | (G_GUINT64_CONSTANT (1) << 0x09) |
                                    (G_GUINT64_CONSTANT (1) << 0x1B) | (G_GUINT64_CONSTANT (1) << 0x14) |
                                    (G_GUINT64_CONSTANT (1) << 0x2D) | (G_GUINT64_CONSTANT (1) << 0x03) |
                                    (G_GUINT64_CONSTANT (1) << 0x2B) | (G_GUINT64_CONSTANT (1) << 0x1D) |
                                    (G_GUINT64_CONSTANT (1) << 0x01) | (G_GUINT64_CONSTANT (1) << 0x2C);

  if (u[0] == 0xE2)
    return u[1] == 0x91;
  return (last_bytes & (G_GUINT64_CONSTANT (1) << (u[2] & 0x3F))) != 0;
}

/* A run-in marker at @s: its kind, number and length, or 0. */
static gsize
read_run_in_marker (const char *s,
                    gsize       length,
                    RunInKind  *kind,
                    guint      *number)
{
  gsize n;

  if (length >= 3 && (guchar) s[0] == 0xE2 && (guchar) s[1] == 0x91 &&
      (guchar) s[2] >= 0xA0 && (guchar) s[2] <= 0xB3)
    {
      *kind = RUN_IN_CIRCLED;
      *number = (guchar) s[2] - 0xA0 + 1;
      return 3;
    }
  if (starts_with (s, length, "第"))
    {
      n = read_cn_small_number (s + 3, length - 3, number);
      if (n > 0 && (starts_with (s + 3 + n, length - 3 - n, "，") || starts_with (s + 3 + n, length - 3 - n, "、")))
        {
          *kind = RUN_IN_DI;
          return 3 + n + 3;
        }
      return 0;
    }
  n = read_cn_small_number (s, length, number);
  if (n > 0 && starts_with (s + n, length - n, "是"))
    {
      *kind = RUN_IN_SHI;
      return n + 3;
    }
  return 0;
}

/* Run-in items: "一是…。二是…。", "①…；②…", "第一，…第二，…" inside the body
 * of a section. Only a sequence of one kind that starts at 1 and goes on
 * to 2 counts, each marker at the start of a clause (circled numbers,
 * which mean nothing else, anywhere). */
static void
split_run_in (FazhiReadState     *state,
              FazhiReaderSection *section,
              guint               section_index,
              GArray             *items,
              GArray             *starts)
{
  RunInKind sequence = RUN_IN_NONE;
  guint     expected = 1;
  guint     parent_level = section->level;
  gsize     body_end = section->body_end;

  g_array_set_size (starts, 0);

  for (guint p = 0; p < section->paragraphs->len; p++)
    {
      const FazhiParagraph *paragraph = g_ptr_array_index (section->paragraphs, p);
      const char           *s = paragraph->text;
      gsize                 length = paragraph->length;
      gboolean              clause_start = TRUE;

      /* One pass, character by character; a marker is only looked for at
       * the start of a clause, or where a circled number stands. This runs
       * over every byte of the body, so the common characters (CJK,
       * three bytes) take a couple of byte tests and nothing else. */
      for (gsize i = 0; i < length;)
        {
          guchar b;

          /* Most of the text is the inside of clauses: skip it whole. */
          if (!clause_start)
            {
              i = next_stop (s, i, length, TRUE, TRUE);
              if (i >= length)
                break;
            }

          b = (guchar) s[i];
          if (b < 0x80)
            {
              clause_start = b == ':' || b == ';';
              i++;
              continue;
            }
          if (b < 0xE0 || b >= 0xF0)
            {
              /* No marker starts with these; they end no clause either. */
              clause_start = FALSE;
              i += b < 0xE0 ? 2 : 4;
              continue;
            }
          if (i + 3 > length)
            break; /* a cut character: no marker, and the paragraph ends */

          if ((clause_start || (b == 0xE2 && (guchar) s[i + 1] == 0x91)) && may_start_run_in ((const guchar *) s + i))
            {
              RunInKind kind = RUN_IN_NONE;
              guint     number = 0;
              gsize     n = read_run_in_marker (s + i, length - i, &kind, &number);

              if (n > 0 && number == expected && (sequence == RUN_IN_NONE || kind == sequence) &&
                  (kind == RUN_IN_CIRCLED || clause_start))
                {
                  gsize offset = _fazhi_paragraph_to_norm (paragraph, i);

                  g_array_append_val (starts, offset);
                  sequence = kind;
                  expected++;
                  i += n;
                  clause_start = FALSE;
                  continue;
                }
            }

          clause_start = is_clause_mark ((const guchar *) s + i);
          i += 3;
        }
    }

  if (starts->len < 2)
    return;

  section->body_end = g_array_index (starts, gsize, 0);
  section->end_line = last_text_line_in (state, section->body_start, section->body_end, section->line);
  collect_body_paragraphs (state, section);

  for (guint k = 0; k < starts->len; k++)
    {
      gsize                     start = g_array_index (starts, gsize, k);
      gsize                     end = k + 1 < starts->len ? g_array_index (starts, gsize, k + 1) : body_end;
      FazhiReaderSection        item = { 0 };
      const char               *s = state->norm + start;
      RunInKind                 kind;
      guint                     number;
      gsize                     marker = read_run_in_marker (s, end - start, &kind, &number);
      static const char * const stops[] = { "。", "；", "，", "：" };
      const char               *found = find_first_of (s + marker, end - start - marker, stops, G_N_ELEMENTS (stops));
      gsize                     heading_end = found != NULL ? (gsize) (found - s) : end - start;

      if (heading_end - marker > MAX_HEADING_BYTES)
        heading_end = marker + MAX_HEADING_BYTES;
      while (heading_end > marker && ((guchar) s[heading_end] & 0xC0) == 0x80)
        heading_end--;

      item.mark = FAZHI_MARK_RUN_IN;
      item.number = number;
      item.level = parent_level + 1;
      item.parent = section_index;
      item.line = _fazhi_document_norm_to_line (state->document, start);
      item.heading_start = start + marker;
      item.heading_end = start + heading_end;
      item.body_start = MIN (start + heading_end + (heading_end < end - start ? 3 : 0), end);
      item.body_end = end;
      item.end_line = last_text_line_in (state, start, end, item.line);
      collect_body_paragraphs (state, &item);
      g_array_append_val (items, item);
    }
}

void
_fazhi_read_sections (FazhiReadState *state)
{
  guint first = line_index (state, state->body_first_line);
  guint last = line_index (state, state->body_last_line);
  gsize preamble_end;
  guint n_marked;

  if (state->n_lines == 0 || state->body_last_line < state->body_first_line)
    return;

  for (guint i = first; i <= last; i++)
    {
      gsize       length;
      const char *text;
      FazhiMark   mark = FAZHI_MARK_NONE;
      guint       number = 0;
      gsize       marker;
      gsize       heading_end;
      gsize       body = 0;
      gsize       base = state->lines[i].norm_start;

      if (line_is_blank (state, i))
        continue;
      text = line_text (state, i, &length);
      marker = parse_marker (text, length, &mark, &number);
      if (marker == 0)
        {
          if (!is_unmarked_part_heading (state, text, length))
            continue;
          mark = FAZHI_MARK_NONE;
        }
      while (marker < length && text[marker] == ' ')
        marker++;
      heading_end = split_heading (text, length, marker, &body);
      if (heading_end <= marker)
        continue;
      add_section (state, mark, number, i, base + marker, base + heading_end, base + body);
    }

  n_marked = state->sections->len;

  /* Bodies run to the next heading line. */
  preamble_end = body_end_offset (state);
  for (guint k = 0; k < n_marked; k++)
    {
      FazhiReaderSection *section = &g_array_index (state->sections, FazhiReaderSection, k);
      gsize               end = body_end_offset (state);

      if (k + 1 < n_marked)
        {
          FazhiReaderSection *next = &g_array_index (state->sections, FazhiReaderSection, k + 1);

          end = state->lines[line_index (state, next->line)].norm_start;
        }
      if (k == 0)
        preamble_end = state->lines[line_index (state, section->line)].norm_start;
      section->body_end = MAX (end, section->body_start);
      section->end_line = last_text_line_in (state, section->heading_start, section->body_end, section->line);
      collect_body_paragraphs (state, section);
    }

  state->preamble = g_ptr_array_new_with_free_func ((GDestroyNotify) _fazhi_paragraph_free);
  _fazhi_document_collect_paragraphs (state->document, state->lines[first].norm_start, preamble_end, state->preamble);

  assign_levels (state);

  /* Run-in items go in right after their section. */
  {
    /* Room for about one run-in item per section, which is what reports
     * have, so the array seldom grows. */
    GArray            *merged = g_array_sized_new (FALSE, TRUE, sizeof (FazhiReaderSection), 2 * n_marked + 16);
    g_autoptr (GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize)); /* norm offsets of markers */

    for (guint k = 0; k < n_marked; k++)
      {
        FazhiReaderSection section = g_array_index (state->sections, FazhiReaderSection, k);
        guint              index = merged->len;

        /* The section's place goes first and is filled in after its items
         * are appended, which costs less than inserting it before them. */
        g_array_set_size (merged, index + 1);
        split_run_in (state, &section, index, merged, starts);
        g_array_index (merged, FazhiReaderSection, index) = section;
      }
    g_array_unref (state->sections);
    state->sections = merged;
  }

  /* Parents moved with the insertions: recompute them from the levels,
   * keeping the open ancestors on a stack. */
  {
    g_autofree int *open = g_new (int, state->sections->len + 1);
    guint           n_open = 0;

    for (guint k = 0; k < state->sections->len; k++)
      {
        FazhiReaderSection *section = &g_array_index (state->sections, FazhiReaderSection, k);

        while (n_open > 0 &&
               g_array_index (state->sections, FazhiReaderSection, open[n_open - 1]).level >= section->level)
          n_open--;
        section->parent = n_open > 0 ? open[n_open - 1] : -1;
        open[n_open++] = k;
      }
  }

  /* A section ends where its last sub-section ends. */
  for (int k = (int) state->sections->len - 1; k >= 0; k--)
    {
      FazhiReaderSection *section = &g_array_index (state->sections, FazhiReaderSection, k);

      if (section->parent >= 0)
        {
          FazhiReaderSection *parent = &g_array_index (state->sections, FazhiReaderSection, section->parent);

          parent->end_line = MAX (parent->end_line, section->end_line);
        }
    }
}

char *
_fazhi_section_dup_heading (FazhiReadState           *state,
                            const FazhiReaderSection *section)
{
  return g_strndup (state->norm + section->heading_start, section->heading_end - section->heading_start);
}
