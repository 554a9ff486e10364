/* fazhi-evidence-private.h: what the reader extracts from paragraphs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The extractors work on repaired, normalised paragraphs (see
 * fazhi-document-private.h) and return model objects that quote the
 * original text and name the original line.
 */

#pragma once

#include "fazhi-document-private.h"
#include "fazhi-figure.h"
#include "fazhi-report-private.h"
#include "fazhi-target.h"
#include "fazhi-util-private.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/* Numerals ---------------------------------------------------------- */

/* Parses a number at @s (normalised text): ASCII digits with an optional
 * decimal part and ',' grouping ("1,286", "75.46"), or a Chinese numeral
 * ("两", "十二", "二十五", "一百零五", "三千", "1.2万" is 1.2 followed by
 * 万 — the 万 is left to the unit). Returns FALSE if there is no number
 * at @s. @is_chinese tells which kind was read.
 *
 * A Chinese numeral reads its 万 and 亿 (一万二千 is 12000, 三万 is
 * 30000); it must start with a digit, 零/〇 or 十, never with 百, 千, 万
 * or 亿 (百姓, 千方百计, 万家). Three or more bare digits (二〇二一)
 * and two with a zero read digit by digit; 三四十 reads only 三. */
gboolean _fazhi_parse_number (const char *s,
                              gsize       length,
                              gsize      *consumed,
                              double     *value,
                              gboolean   *is_chinese);

/* Parses a date at @s: "2021年1月28日", "二〇二一年一月二十八日",
 * "2021-01-28", "2021.1.28", "2021/1/28". NULL if none. */
GDate   *_fazhi_parse_date   (const char *s,
                              gsize       length,
                              gsize      *consumed);

/* What one Chinese numeral character means: a digit 0-9 (零 and 〇 are
 * 0), 两 (2, kept apart because it never appears in digit-by-digit
 * years), a multiplier, or FAZHI_CN_NONE. */
enum
{
  FAZHI_CN_NONE = -1,
  FAZHI_CN_LIANG = 12,
  FAZHI_CN_TEN = 20,
  FAZHI_CN_HUNDRED,
  FAZHI_CN_THOUSAND,
  FAZHI_CN_TEN_THOUSAND,
  FAZHI_CN_HUNDRED_MILLION,
};

/* Classifies the character at @s, which must have three readable bytes.
 * Inline because the figure scan asks it of every CJK character. */
static inline int
_fazhi_cn_numeral (const char *s)
{
  const guchar *p = (const guchar *) s;
  gunichar c;

  if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
    return FAZHI_CN_NONE;
  c = _fazhi_utf8_3 (p);

  switch (c)
    {
    case 0x96F6: /* 零 */
    case 0x3007: /* 〇 */
      return 0;
    case 0x4E00: return 1;                        /* 一 */
    case 0x4E8C: return 2;                        /* 二 */
    case 0x4E24: return FAZHI_CN_LIANG;           /* 两 */
    case 0x4E09: return 3;                        /* 三 */
    case 0x56DB: return 4;                        /* 四 */
    case 0x4E94: return 5;                        /* 五 */
    case 0x516D: return 6;                        /* 六 */
    case 0x4E03: return 7;                        /* 七 */
    case 0x516B: return 8;                        /* 八 */
    case 0x4E5D: return 9;                        /* 九 */
    case 0x5341: return FAZHI_CN_TEN;             /* 十 */
    case 0x767E: return FAZHI_CN_HUNDRED;         /* 百 */
    case 0x5343: return FAZHI_CN_THOUSAND;        /* 千 */
    case 0x4E07: return FAZHI_CN_TEN_THOUSAND;    /* 万 */
    case 0x4EBF: return FAZHI_CN_HUNDRED_MILLION; /* 亿 */
    default:     return FAZHI_CN_NONE;
    }
}

/* The year a title or heading names as the year reported on: the one
 * written "2020年度", else the first "20xx年"; 0 if none. @s is
 * normalised text. */
int      _fazhi_find_report_year (const char *s,
                                  gsize       length);

/* Figures ----------------------------------------------------------- */

/* Appends the figures found in @paragraph (FazhiFigure, full reference)
 * to @figures, in text order; figures already in @figures are left
 * alone. Each has:
 *  - value and unit as written after the number, normalised ("1.2万件"
 *    is 1.2 "万件", "2600余人次" is 2600 "人次" at least); ranks have no
 *    unit; a ratio "1:3" (or 1∶3, 1比3) is value 1, unit ":3";
 *  - text: the original wording of number and unit ("７５．４６ 亿元",
 *    "1 286 件", "十余场", "全市第一"), without line breaks, so that
 *    normalising it gives the span in @paragraph->text;
 *  - line: the source line where the number starts;
 *  - subject: the noun phrase counted, normalised, or NULL when the
 *    clause names none.
 * "办结率、满意率均为100%" gives one figure per rate, with the same text
 * and line. */
void     _fazhi_extract_figures (FazhiDocument        *document,
                                 const FazhiParagraph *paragraph,
                                 GPtrArray            *figures);
/* The same as plain records (FazhiFigureRecord) with the offset of each
 * number in the paragraph; the reader hands them to the report's lazy
 * list, which makes the objects only when asked. */
void     _fazhi_extract_figure_records (FazhiDocument        *document,
                                        const FazhiParagraph *paragraph,
                                        GArray               *figures);

/* Targets ----------------------------------------------------------- */

/* Fills in what a plans item says: quantity and unit, period, owner, due
 * date (resolved in @plan_year) and whether it is measurable. The caller
 * has set the target's text, heading, line and area. @heading is the
 * item's normalised short heading or NULL, found at @heading_offset of
 * the document's normalised text (G_MAXSIZE: search for it); @paragraphs
 * are its body's paragraphs (FazhiParagraph). */
void     _fazhi_fill_target     (FazhiDocument        *document,
                                 FazhiTarget          *target,
                                 const char           *heading,
                                 gsize                 heading_offset,
                                 GPtrArray            *paragraphs,
                                 int                   plan_year);

/* clang-format on */

G_END_DECLS
