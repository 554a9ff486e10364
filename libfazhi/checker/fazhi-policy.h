/* fazhi-policy.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <gio/gio.h>

#include "fazhi-report.h"
#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/**
 * FazhiDeadline:
 * @FAZHI_DEADLINE_REPORT: the report must reach the bodies it is
 *   addressed to
 * @FAZHI_DEADLINE_PUBLISH: the report must be made public
 *
 * The deadlines a [class@Fazhi.Policy] sets for each level.
 */
typedef enum
{
  FAZHI_DEADLINE_REPORT,
  FAZHI_DEADLINE_PUBLISH,
} FazhiDeadline;

/**
 * FazhiRuleMode:
 * @FAZHI_RULE_MODE_DEFAULT: the policy says nothing; the rule runs as it
 *   was defined
 * @FAZHI_RULE_MODE_OFF: the rule does not run
 * @FAZHI_RULE_MODE_ON: the rule runs at its default severity, even if it
 *   is off by default
 * @FAZHI_RULE_MODE_INFO: the rule's findings are information
 * @FAZHI_RULE_MODE_WARNING: the rule's findings are warnings
 * @FAZHI_RULE_MODE_ERROR: the rule's findings are errors
 *
 * What a [class@Fazhi.Policy] says about one rule.
 */
typedef enum
{
  FAZHI_RULE_MODE_DEFAULT,
  FAZHI_RULE_MODE_OFF,
  FAZHI_RULE_MODE_ON,
  FAZHI_RULE_MODE_INFO,
  FAZHI_RULE_MODE_WARNING,
  FAZHI_RULE_MODE_ERROR,
} FazhiRuleMode;

#define FAZHI_TYPE_POLICY (fazhi_policy_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiPolicy, fazhi_policy, FAZHI, POLICY, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiPolicy   *fazhi_policy_new                  (void);
FAZHI_AVAILABLE_IN_ALL
FazhiPolicy   *fazhi_policy_new_from_file        (const char        *path,
                                                  GError           **error);
FAZHI_AVAILABLE_IN_ALL
FazhiPolicy   *fazhi_policy_new_from_bytes       (GBytes            *bytes,
                                                  const char        *name,
                                                  GError           **error);
FAZHI_AVAILABLE_IN_ALL
gboolean       fazhi_policy_merge_bytes          (FazhiPolicy       *self,
                                                  GBytes            *bytes,
                                                  const char        *name,
                                                  GError           **error);

FAZHI_AVAILABLE_IN_ALL
const char    *fazhi_policy_get_name             (FazhiPolicy       *self);
FAZHI_AVAILABLE_IN_ALL
const char    *fazhi_policy_get_description      (FazhiPolicy       *self);

FAZHI_AVAILABLE_IN_ALL
GDate         *fazhi_policy_dup_deadline         (FazhiPolicy       *self,
                                                  FazhiReportLevel   level,
                                                  FazhiDeadline      deadline,
                                                  int                year);
FAZHI_AVAILABLE_IN_ALL
void           fazhi_policy_set_deadline         (FazhiPolicy       *self,
                                                  FazhiReportLevel   level,
                                                  FazhiDeadline      deadline,
                                                  GDateMonth         month,
                                                  GDateDay           day,
                                                  gboolean           inclusive);
FAZHI_AVAILABLE_IN_ALL
char          *fazhi_policy_describe_deadline    (FazhiPolicy       *self,
                                                  FazhiReportLevel   level,
                                                  FazhiDeadline      deadline);

FAZHI_AVAILABLE_IN_ALL
gboolean       fazhi_policy_is_area_optional     (FazhiPolicy       *self,
                                                  const char        *area);
FAZHI_AVAILABLE_IN_ALL
void           fazhi_policy_set_area_optional    (FazhiPolicy       *self,
                                                  const char        *area,
                                                  gboolean           optional);
FAZHI_AVAILABLE_IN_ALL
char         **fazhi_policy_dup_optional_areas   (FazhiPolicy       *self);

FAZHI_AVAILABLE_IN_ALL
FazhiRuleMode  fazhi_policy_get_rule_mode        (FazhiPolicy       *self,
                                                  const char        *rule_id);
FAZHI_AVAILABLE_IN_ALL
void           fazhi_policy_set_rule_mode        (FazhiPolicy       *self,
                                                  const char        *rule_id,
                                                  FazhiRuleMode      mode);
FAZHI_AVAILABLE_IN_ALL
char         **fazhi_policy_dup_rule_ids         (FazhiPolicy       *self);

/* clang-format on */

G_END_DECLS
