/* corpus.h: synthetic annual reports for the benchmarks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/* Layout quirks a generated report carries, so a run can say what mix
 * of inputs it measured. */
typedef enum
{
  CORPUS_STYLE_HALFWIDTH_PAREN = 1 << 0,  /* (一) rather than （一） */
  CORPUS_STYLE_NUMBERED_AREAS  = 1 << 1,  /* 1. / 1、 area headings */
  CORPUS_STYLE_PAGE_BREAKS     = 1 << 2,  /* page numbers, split words and numbers */
  CORPUS_STYLE_FULLWIDTH       = 1 << 3,  /* full-width digits */
  CORPUS_STYLE_HARD_WRAP       = 1 << 4,  /* lines broken at ~35 characters */
  CORPUS_STYLE_PDF_SPACES      = 1 << 5,  /* "2022 年", "1 286 件" */
  CORPUS_STYLE_CRLF            = 1 << 6,
  CORPUS_STYLE_BOM             = 1 << 7,
  CORPUS_STYLE_RESP_FIRST      = 1 << 8,  /* the responsibility part comes first */
  CORPUS_STYLE_GOVERNMENT      = 1 << 9,  /* a government, not a department */
  CORPUS_STYLE_CN_DATE         = 1 << 10, /* 二〇二一年一月二十八日 */
} CorpusStyle;

#define CORPUS_N_STYLES 11

typedef struct
{
  GBytes      *bytes;      /* the file contents, UTF-8 */
  int          year;       /* the year reported on */
  const char  *framework;  /* "outline-2015" or "outline-2021" */
  GPtrArray   *areas;      /* static slugs of the area sub-sections, in order */
  guint        n_figures;  /* numbers with a unit or rank that were written */
  CorpusStyle  style;
} CorpusReport;

/* Report @index of the corpus for @seed; the same pair always gives the
 * same bytes, whatever else was generated before. */
CorpusReport *corpus_report_generate   (guint64       seed,
                                        guint         index);
void          corpus_report_free       (CorpusReport *report);
const char   *corpus_style_name        (CorpusStyle   style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorpusReport, corpus_report_free)

/* clang-format on */

G_END_DECLS
