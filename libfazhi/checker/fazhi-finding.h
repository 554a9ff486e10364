/* fazhi-finding.h
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
 * FazhiSeverity:
 * @FAZHI_SEVERITY_INFO: worth knowing; no action needed
 * @FAZHI_SEVERITY_WARNING: a reviewer should look at it
 * @FAZHI_SEVERITY_ERROR: the report does not meet an obligation
 *
 * How serious a [class@Fazhi.Finding] is.
 */
typedef enum
{
  FAZHI_SEVERITY_INFO,
  FAZHI_SEVERITY_WARNING,
  FAZHI_SEVERITY_ERROR,
} FazhiSeverity;

#define FAZHI_TYPE_FINDING (fazhi_finding_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiFinding, fazhi_finding, FAZHI, FINDING, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiFinding  *fazhi_finding_new                (const char     *rule,
                                                 FazhiSeverity   severity,
                                                 const char     *message);
FAZHI_AVAILABLE_IN_ALL
FazhiFinding  *fazhi_finding_new_from_json_node (JsonNode       *node,
                                                 GError        **error);
FAZHI_AVAILABLE_IN_ALL
JsonNode      *fazhi_finding_to_json_node       (FazhiFinding   *self);

FAZHI_AVAILABLE_IN_ALL
const char    *fazhi_finding_get_rule           (FazhiFinding   *self);
FAZHI_AVAILABLE_IN_ALL
FazhiSeverity  fazhi_finding_get_severity       (FazhiFinding   *self);
FAZHI_AVAILABLE_IN_ALL
void           fazhi_finding_set_severity       (FazhiFinding   *self,
                                                 FazhiSeverity   severity);
FAZHI_AVAILABLE_IN_ALL
const char    *fazhi_finding_get_message        (FazhiFinding   *self);
FAZHI_AVAILABLE_IN_ALL
guint          fazhi_finding_get_line           (FazhiFinding   *self);
FAZHI_AVAILABLE_IN_ALL
void           fazhi_finding_set_line           (FazhiFinding   *self,
                                                 guint           line);
FAZHI_AVAILABLE_IN_ALL
const guint   *fazhi_finding_get_lines          (FazhiFinding   *self,
                                                 guint          *n_lines);
FAZHI_AVAILABLE_IN_ALL
void           fazhi_finding_set_lines          (FazhiFinding   *self,
                                                 const guint    *lines,
                                                 guint           n_lines);
FAZHI_AVAILABLE_IN_ALL
const char    *fazhi_finding_get_part           (FazhiFinding   *self);
FAZHI_AVAILABLE_IN_ALL
void           fazhi_finding_set_part           (FazhiFinding   *self,
                                                 const char     *part);
FAZHI_AVAILABLE_IN_ALL
const char    *fazhi_finding_get_area           (FazhiFinding   *self);
FAZHI_AVAILABLE_IN_ALL
void           fazhi_finding_set_area           (FazhiFinding   *self,
                                                 const char     *area);

/* clang-format on */

G_END_DECLS
