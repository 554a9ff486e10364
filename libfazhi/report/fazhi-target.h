/* fazhi-target.h
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

/**
 * FazhiPeriod:
 * @FAZHI_PERIOD_NONE: no recurrence stated
 * @FAZHI_PERIOD_WEEK: every week (每周)
 * @FAZHI_PERIOD_MONTH: every month (每月)
 * @FAZHI_PERIOD_QUARTER: every quarter (每季度)
 * @FAZHI_PERIOD_HALF_YEAR: every half year (每半年)
 * @FAZHI_PERIOD_YEAR: every year (每年)
 *
 * How often a [class@Fazhi.Target] recurs.
 */
typedef enum
{
  FAZHI_PERIOD_NONE,
  FAZHI_PERIOD_WEEK,
  FAZHI_PERIOD_MONTH,
  FAZHI_PERIOD_QUARTER,
  FAZHI_PERIOD_HALF_YEAR,
  FAZHI_PERIOD_YEAR,
} FazhiPeriod;

/**
 * FazhiTargetStatus:
 * @FAZHI_TARGET_STATUS_UNKNOWN: not followed up (no later report compared)
 * @FAZHI_TARGET_STATUS_MET: the later report shows the target was met
 * @FAZHI_TARGET_STATUS_PARTLY: the later report shows part of it
 * @FAZHI_TARGET_STATUS_NO_EVIDENCE: the later report says nothing of it
 *
 * What became of a target, as judged against the next year's report.
 */
typedef enum
{
  FAZHI_TARGET_STATUS_UNKNOWN,
  FAZHI_TARGET_STATUS_MET,
  FAZHI_TARGET_STATUS_PARTLY,
  FAZHI_TARGET_STATUS_NO_EVIDENCE,
} FazhiTargetStatus;

#define FAZHI_TYPE_TARGET (fazhi_target_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiTarget, fazhi_target, FAZHI, TARGET, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiTarget       *fazhi_target_new                (const char         *text);
FAZHI_AVAILABLE_IN_ALL
FazhiTarget       *fazhi_target_new_from_json_node (JsonNode           *node,
                                                    GError            **error);
FAZHI_AVAILABLE_IN_ALL
JsonNode          *fazhi_target_to_json_node       (FazhiTarget        *self);

FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_target_get_text           (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_target_set_text           (FazhiTarget        *self,
                                                    const char         *text);
FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_target_get_heading        (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_target_set_heading        (FazhiTarget        *self,
                                                    const char         *heading);
FAZHI_AVAILABLE_IN_ALL
gboolean           fazhi_target_get_has_quantity   (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
double             fazhi_target_get_quantity       (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_target_set_quantity       (FazhiTarget        *self,
                                                    double              quantity);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_target_clear_quantity     (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_target_get_unit           (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_target_set_unit           (FazhiTarget        *self,
                                                    const char         *unit);
FAZHI_AVAILABLE_IN_ALL
FazhiPeriod        fazhi_target_get_period         (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_target_set_period         (FazhiTarget        *self,
                                                    FazhiPeriod         period);
FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_target_get_owner          (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_target_set_owner          (FazhiTarget        *self,
                                                    const char         *owner);
FAZHI_AVAILABLE_IN_ALL
const GDate       *fazhi_target_get_due            (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_target_set_due            (FazhiTarget        *self,
                                                    const GDate        *due);
FAZHI_AVAILABLE_IN_ALL
gboolean           fazhi_target_get_measurable     (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_target_set_measurable     (FazhiTarget        *self,
                                                    gboolean            measurable);
FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_target_get_area           (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_target_set_area           (FazhiTarget        *self,
                                                    const char         *area);
FAZHI_AVAILABLE_IN_ALL
guint              fazhi_target_get_line           (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_target_set_line           (FazhiTarget        *self,
                                                    guint               line);
FAZHI_AVAILABLE_IN_ALL
FazhiTargetStatus  fazhi_target_get_status         (FazhiTarget        *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_target_set_status         (FazhiTarget        *self,
                                                    FazhiTargetStatus   status);

/* clang-format on */

G_END_DECLS
