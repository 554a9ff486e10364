/* fazhi-checker.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <gio/gio.h>

#include "fazhi-catalog.h"
#include "fazhi-check-result.h"
#include "fazhi-policy.h"
#include "fazhi-report.h"
#include "fazhi-rule.h"
#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

#define FAZHI_TYPE_CHECKER (fazhi_checker_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiChecker, fazhi_checker, FAZHI, CHECKER, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiChecker     *fazhi_checker_new          (FazhiPolicy         *policy);
FAZHI_AVAILABLE_IN_ALL
FazhiPolicy      *fazhi_checker_get_policy   (FazhiChecker        *self);
FAZHI_AVAILABLE_IN_ALL
void              fazhi_checker_set_policy   (FazhiChecker        *self,
                                              FazhiPolicy         *policy);
FAZHI_AVAILABLE_IN_ALL
GListModel       *fazhi_checker_get_rules    (FazhiChecker        *self);
FAZHI_AVAILABLE_IN_ALL
FazhiRule        *fazhi_checker_lookup_rule  (FazhiChecker        *self,
                                              const char          *id);
FAZHI_AVAILABLE_IN_ALL
gboolean          fazhi_checker_add_rule     (FazhiChecker        *self,
                                              FazhiRule           *rule,
                                              GError             **error);
FAZHI_AVAILABLE_IN_ALL
void              fazhi_checker_add_outline  (FazhiChecker        *self,
                                              FazhiCatalog        *outline);
FAZHI_AVAILABLE_IN_ALL
FazhiCheckResult *fazhi_checker_check        (FazhiChecker        *self,
                                              FazhiReport         *report,
                                              FazhiReport         *previous);
FAZHI_AVAILABLE_IN_ALL
void              fazhi_checker_check_async  (FazhiChecker        *self,
                                              FazhiReport         *report,
                                              FazhiReport         *previous,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
FAZHI_AVAILABLE_IN_ALL
FazhiCheckResult *fazhi_checker_check_finish (FazhiChecker        *self,
                                              GAsyncResult        *result,
                                              GError             **error);

/* clang-format on */

G_END_DECLS
