/* fazhi-check-context.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <glib-object.h>

#include "fazhi-catalog.h"
#include "fazhi-finding.h"
#include "fazhi-policy.h"
#include "fazhi-report.h"
#include "fazhi-rule.h"
#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

#define FAZHI_TYPE_CHECK_CONTEXT (fazhi_check_context_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiCheckContext, fazhi_check_context, FAZHI, CHECK_CONTEXT, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiReport   *fazhi_check_context_get_report      (FazhiCheckContext *self);
FAZHI_AVAILABLE_IN_ALL
FazhiReport   *fazhi_check_context_get_previous    (FazhiCheckContext *self);
FAZHI_AVAILABLE_IN_ALL
FazhiPolicy   *fazhi_check_context_get_policy      (FazhiCheckContext *self);
FAZHI_AVAILABLE_IN_ALL
FazhiCatalog  *fazhi_check_context_get_framework   (FazhiCheckContext *self);
FAZHI_AVAILABLE_IN_ALL
FazhiRule     *fazhi_check_context_get_rule        (FazhiCheckContext *self);
FAZHI_AVAILABLE_IN_ALL
FazhiFinding  *fazhi_check_context_add             (FazhiCheckContext *self,
                                                    guint              line,
                                                    const char        *message);
FAZHI_AVAILABLE_IN_ALL
void           fazhi_check_context_add_finding     (FazhiCheckContext *self,
                                                    FazhiFinding      *finding);

/* clang-format on */

G_END_DECLS
