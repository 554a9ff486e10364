/* fazhi-check-result.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "fazhi-finding.h"
#include "fazhi-report.h"
#include "fazhi-summary.h"
#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

#define FAZHI_TYPE_CHECK_RESULT (fazhi_check_result_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiCheckResult, fazhi_check_result, FAZHI, CHECK_RESULT, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiCheckResult *fazhi_check_result_new_from_json_node (JsonNode          *node,
                                                         GError           **error);
FAZHI_AVAILABLE_IN_ALL
FazhiCheckResult *fazhi_check_result_new_from_json      (const char        *json,
                                                         gssize             length,
                                                         GError           **error);
FAZHI_AVAILABLE_IN_ALL
JsonNode         *fazhi_check_result_to_json_node       (FazhiCheckResult  *self);
FAZHI_AVAILABLE_IN_ALL
char             *fazhi_check_result_to_json            (FazhiCheckResult  *self,
                                                         FazhiJsonFlags     flags);

FAZHI_AVAILABLE_IN_ALL
const char       *fazhi_check_result_get_file           (FazhiCheckResult  *self);
FAZHI_AVAILABLE_IN_ALL
GListModel       *fazhi_check_result_get_findings       (FazhiCheckResult  *self);
FAZHI_AVAILABLE_IN_ALL
GListModel       *fazhi_check_result_get_followup       (FazhiCheckResult  *self);
FAZHI_AVAILABLE_IN_ALL
FazhiSummary     *fazhi_check_result_get_summary        (FazhiCheckResult  *self);
FAZHI_AVAILABLE_IN_ALL
gboolean          fazhi_check_result_has_errors         (FazhiCheckResult  *self);
FAZHI_AVAILABLE_IN_ALL
GListModel       *fazhi_check_result_dup_findings_for_rule (FazhiCheckResult *self,
                                                         const char        *rule);

/* clang-format on */

G_END_DECLS
