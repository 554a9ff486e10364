/* fazhi-followup-analysis-private.h: what became of last year's items
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "fazhi-followup.h"
#include "fazhi-report.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

typedef struct _FazhiReportText FazhiReportText;

typedef struct
{
  FazhiFollowup *followup;       /* kind, text, line (last year), status, evidence lines */
  guint          recurring_line; /* shortcomings: this year's line of the same one, or 0 */
} FazhiFollowupItem;

/* One item per target and per shortcoming of @previous, in its order;
 * the array clears its items. Evidence lines are this year's sentences
 * that show what became of the item, best first; a recurring shortcoming
 * has the status no-evidence and its recurrence as evidence. */
GArray *_fazhi_followup_analyse (FazhiReport     *report,
                                 FazhiReportText *text,
                                 FazhiReport     *previous,
                                 FazhiReportText *previous_text);

/* A figure of a report's prose and the sentence it is in. */
typedef struct
{
  FazhiFigure *figure;    /* owned */
  guint        sentence;  /* index in the text's sentences */
  gsize        pos;       /* where its number starts in the sentence's
                           * paragraph text (normalised) */
} FazhiPlacedFigure;

/* The figures of every sentence of @text, ordered by sentence and
 * position; the array clears its items. */
GArray     *_fazhi_followup_place_figures (FazhiReportText *text);

/* A unit without its leading 万, 亿, 千万…: "万件" is "件" and sets
 * @multiplier to 10000. Returns a pointer into @unit (or "" for NULL). */
const char *_fazhi_followup_base_unit     (const char      *unit,
                                           double          *multiplier);

/* clang-format on */

G_END_DECLS
