/* fazhi-rule.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <glib-object.h>

#include "fazhi-finding.h"
#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

typedef struct _FazhiCheckContext FazhiCheckContext;

#define FAZHI_TYPE_RULE (fazhi_rule_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiRule, fazhi_rule, FAZHI, RULE, GObject)

/**
 * FazhiRuleFunc:
 * @rule: the rule being run
 * @context: the report being checked, and where findings go
 * @user_data: the data given to [ctor@Fazhi.Rule.new]
 *
 * Checks a report. It adds findings with
 * [method@Fazhi.CheckContext.add]; adding none means the report passes.
 */
typedef void (*FazhiRuleFunc) (FazhiRule         *rule,
                               FazhiCheckContext *context,
                               gpointer           user_data);

FAZHI_AVAILABLE_IN_ALL
FazhiRule     *fazhi_rule_new                  (const char     *id,
                                                FazhiSeverity   severity,
                                                const char     *summary,
                                                FazhiRuleFunc   func,
                                                gpointer        user_data,
                                                GDestroyNotify  destroy);
FAZHI_AVAILABLE_IN_ALL
const char    *fazhi_rule_get_id               (FazhiRule      *self);
FAZHI_AVAILABLE_IN_ALL
FazhiSeverity  fazhi_rule_get_severity         (FazhiRule      *self);
FAZHI_AVAILABLE_IN_ALL
const char    *fazhi_rule_get_summary          (FazhiRule      *self);
FAZHI_AVAILABLE_IN_ALL
const char    *fazhi_rule_get_family           (FazhiRule      *self);
FAZHI_AVAILABLE_IN_ALL
gboolean       fazhi_rule_get_needs_previous   (FazhiRule      *self);
FAZHI_AVAILABLE_IN_ALL
void           fazhi_rule_set_needs_previous   (FazhiRule      *self,
                                                gboolean        needs_previous);
FAZHI_AVAILABLE_IN_ALL
gboolean       fazhi_rule_get_enabled          (FazhiRule      *self);
FAZHI_AVAILABLE_IN_ALL
void           fazhi_rule_set_enabled          (FazhiRule      *self,
                                                gboolean        enabled);

/* clang-format on */

G_END_DECLS
