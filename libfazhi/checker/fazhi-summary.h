/* fazhi-summary.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <json-glib/json-glib.h>

#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

#define FAZHI_TYPE_SUMMARY (fazhi_summary_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiSummary, fazhi_summary, FAZHI, SUMMARY, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiSummary       *fazhi_summary_new_from_json_node     (JsonNode      *node,
                                                          GError       **error);
FAZHI_AVAILABLE_IN_ALL
JsonNode           *fazhi_summary_to_json_node           (FazhiSummary  *self);

FAZHI_AVAILABLE_IN_ALL
const char * const *fazhi_summary_get_parts_present      (FazhiSummary  *self);
FAZHI_AVAILABLE_IN_ALL
const char * const *fazhi_summary_get_parts_missing      (FazhiSummary  *self);
FAZHI_AVAILABLE_IN_ALL
const char * const *fazhi_summary_get_areas_covered      (FazhiSummary  *self);
FAZHI_AVAILABLE_IN_ALL
const char * const *fazhi_summary_get_areas_missing      (FazhiSummary  *self);
FAZHI_AVAILABLE_IN_ALL
const char * const *fazhi_summary_get_duties_evidenced   (FazhiSummary  *self);
FAZHI_AVAILABLE_IN_ALL
const char * const *fazhi_summary_get_duties_missing     (FazhiSummary  *self);
FAZHI_AVAILABLE_IN_ALL
guint               fazhi_summary_get_n_targets          (FazhiSummary  *self);
FAZHI_AVAILABLE_IN_ALL
guint               fazhi_summary_get_n_measurable       (FazhiSummary  *self);
FAZHI_AVAILABLE_IN_ALL
double              fazhi_summary_get_followup_rate      (FazhiSummary  *self);
FAZHI_AVAILABLE_IN_ALL
guint               fazhi_summary_get_n_errors           (FazhiSummary  *self);
FAZHI_AVAILABLE_IN_ALL
guint               fazhi_summary_get_n_warnings         (FazhiSummary  *self);
FAZHI_AVAILABLE_IN_ALL
guint               fazhi_summary_get_n_infos            (FazhiSummary  *self);
FAZHI_AVAILABLE_IN_ALL
double              fazhi_summary_get_score              (FazhiSummary  *self);

/* clang-format on */

G_END_DECLS
