/* fazhi-followup.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <json-glib/json-glib.h>

#include "fazhi-target.h"
#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/**
 * FazhiFollowupKind:
 * @FAZHI_FOLLOWUP_KIND_TARGET: one of last year's targets (plans items)
 * @FAZHI_FOLLOWUP_KIND_SHORTCOMING: one of last year's shortcomings
 *
 * What a [class@Fazhi.Followup] follows up.
 */
typedef enum
{
  FAZHI_FOLLOWUP_KIND_TARGET,
  FAZHI_FOLLOWUP_KIND_SHORTCOMING,
} FazhiFollowupKind;

#define FAZHI_TYPE_FOLLOWUP (fazhi_followup_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiFollowup, fazhi_followup, FAZHI, FOLLOWUP, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiFollowup     *fazhi_followup_new                (FazhiFollowupKind   kind,
                                                      const char         *text,
                                                      guint               line);
FAZHI_AVAILABLE_IN_ALL
FazhiFollowup     *fazhi_followup_new_from_json_node (JsonNode           *node,
                                                      GError            **error);
FAZHI_AVAILABLE_IN_ALL
JsonNode          *fazhi_followup_to_json_node       (FazhiFollowup      *self);

FAZHI_AVAILABLE_IN_ALL
FazhiFollowupKind  fazhi_followup_get_kind           (FazhiFollowup      *self);
FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_followup_get_text           (FazhiFollowup      *self);
FAZHI_AVAILABLE_IN_ALL
const char        *fazhi_followup_get_heading        (FazhiFollowup      *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_followup_set_heading        (FazhiFollowup      *self,
                                                      const char         *heading);
FAZHI_AVAILABLE_IN_ALL
guint              fazhi_followup_get_line           (FazhiFollowup      *self);
FAZHI_AVAILABLE_IN_ALL
FazhiTargetStatus  fazhi_followup_get_status         (FazhiFollowup      *self);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_followup_set_status         (FazhiFollowup      *self,
                                                      FazhiTargetStatus   status);
FAZHI_AVAILABLE_IN_ALL
const guint       *fazhi_followup_get_evidence_lines (FazhiFollowup      *self,
                                                      guint              *n_lines);
FAZHI_AVAILABLE_IN_ALL
void               fazhi_followup_set_evidence_lines (FazhiFollowup      *self,
                                                      const guint        *lines,
                                                      guint               n_lines);

/* clang-format on */

G_END_DECLS
