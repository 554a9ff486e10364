/* fazhi-checker-private.h: what the checker's files share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "fazhi-check-result.h"
#include "fazhi-finding.h"
#include "fazhi-followup.h"
#include "fazhi-json-private.h"
#include "fazhi-summary.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/* ------------------------------------------------------------------ */
/* Results: findings, follow-up, summary (fazhi-finding.c,             */
/* fazhi-followup.c, fazhi-summary.c, fazhi-check-result.c)            */
/*                                                                     */
/* Only the checker makes results, so their constructors and mutators  */
/* are private; readers of a result see read-only objects. The JSON    */
/* readers take the place of each item ("findings[2]") so a malformed  */
/* value is reported as `<json>: findings[2].severity: …`.             */
/* ------------------------------------------------------------------ */

/* The version of the check result format that to_json writes. */
#define FAZHI_CHECK_RESULT_FORMAT 1

/* fazhi_finding_new() with its line, part and area set (NULL for none). */
FazhiFinding     *_fazhi_finding_new_at                (const char            *rule,
                                                         FazhiSeverity          severity,
                                                         const char            *message,
                                                         guint                  line,
                                                         const char            *part,
                                                         const char            *area);
/* The order of findings in a result: by line (0 first), severity
 * (errors first), rule id. */
int               _fazhi_finding_compare               (FazhiFinding          *a,
                                                         FazhiFinding          *b);
FazhiFinding     *_fazhi_finding_new_from_json_object  (const FazhiJsonScope  *scope,
                                                         JsonObject            *object,
                                                         const char            *where,
                                                         GError               **error);
FazhiFollowup    *_fazhi_followup_new_from_json_object (const FazhiJsonScope  *scope,
                                                         JsonObject            *object,
                                                         const char            *where,
                                                         GError               **error);
FazhiSummary     *_fazhi_summary_new_from_json_object  (const FazhiJsonScope  *scope,
                                                         JsonObject            *object,
                                                         const char            *where,
                                                         GError               **error);

/* Lists of source lines ("lines", "evidence"): 1-based, each once, in
 * the order given. Line 0 ("no particular line") is dropped. */
void              _fazhi_lines_set                     (GArray                *lines,
                                                         const guint           *values,
                                                         guint                  n_values);
gboolean          _fazhi_json_get_lines                (const FazhiJsonScope  *scope,
                                                         JsonObject            *object,
                                                         const char            *where,
                                                         const char            *member,
                                                         GArray                *lines,
                                                         GError               **error);
void              _fazhi_json_add_lines                (JsonBuilder           *builder,
                                                         const char            *member,
                                                         const guint           *lines,
                                                         guint                  n_lines);

/* NULL string vectors are empty; followup_rate < 0 means there was no
 * previous report. */
FazhiSummary     *_fazhi_summary_new                   (const char * const    *parts_present,
                                                         const char * const    *parts_missing,
                                                         const char * const    *areas_covered,
                                                         const char * const    *areas_missing,
                                                         const char * const    *duties_evidenced,
                                                         const char * const    *duties_missing,
                                                         guint                  n_targets,
                                                         guint                  n_measurable,
                                                         double                 followup_rate,
                                                         guint                  n_errors,
                                                         guint                  n_warnings,
                                                         guint                  n_infos,
                                                         double                 score);

FazhiCheckResult *_fazhi_check_result_new              (const char            *file);
void              _fazhi_check_result_add_finding      (FazhiCheckResult      *self,
                                                         FazhiFinding          *finding);
void              _fazhi_check_result_add_followup     (FazhiCheckResult      *self,
                                                         FazhiFollowup         *followup);
void              _fazhi_check_result_set_summary      (FazhiCheckResult      *self,
                                                         FazhiSummary          *summary);
/* Stable: by line (0, the whole report, first), then severity (errors
 * first), then rule id; findings equal in all three keep their order. */
void              _fazhi_check_result_sort             (FazhiCheckResult      *self);
/* Adds @findings, which it sorts as _fazhi_check_result_sort() would
 * sort them after the ones already there. */
void              _fazhi_check_result_add_sorted       (FazhiCheckResult      *self,
                                                         GPtrArray             *findings);

/* ------------------------------------------------------------------ */
/* End of results                                                      */
/* ------------------------------------------------------------------ */

/* clang-format on */

G_END_DECLS
