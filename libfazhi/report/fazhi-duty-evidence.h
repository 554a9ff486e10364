/* fazhi-duty-evidence.h
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

#define FAZHI_TYPE_DUTY_EVIDENCE (fazhi_duty_evidence_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiDutyEvidence, fazhi_duty_evidence, FAZHI, DUTY_EVIDENCE, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiDutyEvidence *fazhi_duty_evidence_new                (const char         *duty,
                                                           const char         *text,
                                                           guint               line);
FAZHI_AVAILABLE_IN_ALL
FazhiDutyEvidence *fazhi_duty_evidence_new_from_json_node (JsonNode           *node,
                                                           GError            **error);
FAZHI_AVAILABLE_IN_ALL
JsonNode          *fazhi_duty_evidence_to_json_node       (FazhiDutyEvidence  *self);

FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_duty_evidence_get_duty           (FazhiDutyEvidence  *self);
FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_duty_evidence_get_text           (FazhiDutyEvidence  *self);
FAZHI_AVAILABLE_IN_ALL
guint              fazhi_duty_evidence_get_line           (FazhiDutyEvidence  *self);

/* clang-format on */

G_END_DECLS
